"""A call with a known name, number and disclosure goes through the whole system; no log line,
metric or span carries any of the three.

The call is a scripted ``simulate`` call on the offline brain (the same call core the voice
worker runs), so it is answered, takes the caller's name and callback number, and raises a
safeguarding escalation while the call is live. Then the outbox dispatcher delivers the
notifications to the leads (offline senders), and the web app serves the call list, the
call, the escalation queue and the case, the health probes and ``/metrics``. Everything is
captured as it leaves the process: every rendered log line (JSON, DEBUG level, all
loggers), the full Prometheus exposition, and every exported span with its attributes and
events. The test first proves the secrets really went in (the name and number are stored
and readable through an audited read; the escalation exists), so it cannot pass vacuously.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import logging
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from prometheus_client import REGISTRY, generate_latest
from sqlalchemy import Engine, select

from receptionist.observability.logging import configure_logging
from receptionist.observability.tracing import configure_tracing
from receptionist.settings import Settings

NAME_FIRST, NAME_LAST = "Bartholomew", "Quincey-Fairweather"
NUMBER_SPOKEN = "07700 900418"
DISCLOSURE = "my stepdad hits me and I'm scared to go home tonight"
# Every way the three could show up in text.
NEEDLES = [
    NAME_FIRST, NAME_LAST, NAME_FIRST.lower(), NAME_LAST.lower(),
    "07700900418", "7700900418", "+447700900418", "07700 900418", "900418",
    "stepdad hits me", "scared to go home", "hits me",
]
CALLER_ID = "+447700900999"  # the line's own caller ID (withheld from telemetry too)
NEEDLES += [CALLER_ID, CALLER_ID[1:], "7700900999"]
# A past Monday morning: the school office is open, and everything the call queued is due.
OPEN = "2026-11-16T10:00+00:00"


@pytest.fixture
def captured_logs() -> Iterator[io.StringIO]:
    """Every log line the process emits, rendered exactly as production renders it."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    stream = io.StringIO()
    configure_logging(Settings(log_format="json", log_level="DEBUG"), stream=stream)
    try:
        yield stream
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved_handlers:
            root.addHandler(handler)
        root.setLevel(saved_level)


@pytest.fixture(scope="module")
def spans() -> InMemorySpanExporter:
    """Every span exported by the process's tracer provider (ours and LiveKit's)."""
    exporter = InMemorySpanExporter()
    configure_tracing(Settings(service_name="pii-test"), exporter=exporter)
    return exporter


def _store(engine: Engine, tmp_path: Path) -> Any:
    from receptionist.store.keys_local import LocalKeyProvider
    from receptionist.store.service import Store

    return Store(engine, LocalKeyProvider.from_file(tmp_path / "master.key", create=True))


def _token(store: Any, tenant_id: str, role: str, scopes: list[str]) -> str:
    from receptionist.store.models import ApiToken, User

    token = "rcp_" + secrets.token_urlsafe(32)
    with store.sessions.begin() as session:
        user = User(tenant_id=tenant_id, email=f"{role}@example.org", role=role, password_hash="x")
        session.add(user)
        session.flush()
        session.add(ApiToken(user_id=user.id, token_hash=hashlib.sha256(token.encode()).hexdigest(),
                             name="pii-test", scopes=scopes))
    return token


def _total(name: str, **labels: str) -> float:
    """Sum of the process's samples called ``name`` whose labels include ``labels``."""
    return sum(
        sample.value
        for family in REGISTRY.collect()
        for sample in family.samples
        if sample.name == name and labels.items() <= sample.labels.items()
    )


def _span_text(exporter: InMemorySpanExporter) -> str:
    parts = []
    for span in exporter.get_finished_spans():
        parts.append(span.name)
        parts.append(json.dumps(dict(span.attributes or {}), default=str))
        for ev in span.events:
            parts.append(ev.name + json.dumps(dict(ev.attributes or {}), default=str))
        parts.append(span.status.description or "")
        parts.append(json.dumps(dict(span.resource.attributes), default=str))
    return "\n".join(parts)


def test_no_personal_data_in_logs_metrics_or_spans(
    sqlite_engine: Engine, tmp_path: Path, captured_logs: io.StringIO, spans: InMemorySpanExporter
) -> None:
    from receptionist.cli.simulate import clock_from
    from receptionist.core.runtime import brain_from_settings
    from receptionist.core.script import parse_script, read_result, run_script
    from receptionist.core.tenants import TenantRepository
    from receptionist.outbox.wiring import build_dispatcher
    from receptionist.privacy.engine import default_engine
    from receptionist.store.models import Escalation, OutboxMessage, Tenant
    from receptionist.web.app import create_app

    settings = Settings(data_dir=tmp_path / "data", _env_file=None)  # type: ignore[call-arg]
    store = _store(sqlite_engine, tmp_path)
    with store.sessions.begin() as session:
        TenantRepository().ensure_demo_tenants(session)
        tenant_id = session.scalar(select(Tenant.id).where(Tenant.slug == "school"))
    assert tenant_id is not None

    # 1. The call: name, callback number, then a disclosure.
    engine = default_engine()
    script = parse_script({
        "tenant": "school",
        "caller_number": CALLER_ID,
        "turns": [
            "Hello, I'd like to leave a message for the office please",
            f"My name is {NAME_FIRST} {NAME_LAST}",
            f"You can call me back on {NUMBER_SPOKEN}",
            f"It's about my son, {DISCLOSURE}",
            "Thank you, goodbye",
        ],
    })
    call_id = asyncio.run(run_script(store, script, brain_from_settings(settings, engine), engine=engine,
                                     clock=clock_from(OPEN)))

    # 2. The dispatcher delivers what the call queued (escalation notifications first).
    # The call was last Monday, so the leads' window has passed: deputies are alerted too.
    worker = build_dispatcher(settings, store, worker_id="pii-test")
    worker.check_overdue_once()
    for _ in range(3):
        asyncio.run(worker.dispatcher.run_once())

    # 3. The web app: probes, metrics, staff and safeguarding-lead reads.
    app = create_app(settings, store)
    staff = _token(store, tenant_id, "staff", ["calls:read"])
    lead = _token(store, tenant_id, "safeguarding_lead", ["escalations:read", "escalations:write"])

    async def browse() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            out = [await client.get(p) for p in ("/healthz", "/readyz", "/metrics")]
            auth = {"Authorization": f"Bearer {staff}"}
            out.append(await client.get("/api/v1/calls", headers=auth))
            out.append(await client.get(f"/api/v1/calls/{call_id}", headers=auth))
            auth = {"Authorization": f"Bearer {lead}"}
            queue = await client.get("/api/v1/escalations", headers=auth)
            out.append(queue)
            if queue.status_code == 200:
                for item in queue.json().get("items", []):
                    case = f"/api/v1/escalations/{item['id']}"
                    out.append(await client.post(f"{case}/open", headers=auth, json={"reason": "assessing the case"}))
                    out.append(await client.post(f"{case}/ack", headers=auth))
            return out

    responses = asyncio.run(browse())
    assert [r.status_code for r in responses] == [200] * len(responses), [r.text[:200] for r in responses]
    assert len(responses) >= 8, "the escalation queue was empty"

    # The secrets really went in: stored, readable through an audited read, escalation raised.
    record = read_result(store, call_id)
    stored = json.dumps(record, ensure_ascii=False)
    assert NAME_LAST in stored and "7700900418" in stored.replace(" ", "")
    with store.sessions() as session:
        escalations = session.scalars(select(Escalation).where(Escalation.call_id == call_id)).all()
        assert escalations, "the disclosure did not raise an escalation"
        sent = session.scalars(select(OutboxMessage).where(OutboxMessage.call_id == call_id)).all()
        assert sent and all(m.status in ("delivered", "dead", "suppressed") for m in sent), [
            (m.kind, m.status, m.next_attempt_at, m.last_error) for m in sent]

    # The telemetry is really there: the call, its turns, the escalation, its notifications
    # and the acknowledgement were all counted under the tenant's slug.
    assert _total("receptionist_turns_total", tenant="school", channel="simulate") >= 5
    assert _total("receptionist_escalations_raised_total", tenant="school") >= 1
    assert _total("receptionist_escalations_acknowledged_total", tenant="school", channel="app") >= 1
    assert _total("receptionist_outbox_deliveries_total", channel="escalation_sms", outcome="delivered") >= 1
    assert "receptionist_calls_total" in generate_latest(REGISTRY).decode()
    assert spans.get_finished_spans(), "no span was recorded"

    # Nothing personal left the process as telemetry.
    logs = captured_logs.getvalue()
    metrics = generate_latest(REGISTRY).decode() + responses[2].text
    traces = _span_text(spans)
    assert logs.strip(), "no log line was captured at all"
    for needle in NEEDLES:
        assert needle not in logs, f"{needle!r} appears in the logs"
        assert needle not in metrics, f"{needle!r} appears in the metrics"
        assert needle not in traces, f"{needle!r} appears in a span"
    store.close()
