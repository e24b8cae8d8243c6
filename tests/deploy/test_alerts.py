"""deploy/prometheus/alerts.yml names only metrics the app exports, with labels they carry."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from receptionist.observability import metrics as m
from receptionist.observability.database_gauges import DatabaseGauges
from receptionist.store.models import Call, DeletionRecord, Escalation, OutboxMessage, Tenant

ALERTS = Path(__file__).resolve().parents[2] / "deploy" / "prometheus" / "alerts.yml"
RULES: list[dict[str, Any]] = [r for g in yaml.safe_load(ALERTS.read_text())["groups"] for r in g["rules"]]


def _seed(engine: Engine) -> None:
    """One row of each kind the database gauges read, so every gauge has a sample."""
    now = datetime.now(UTC)
    with Session(engine) as s, s.begin():
        tenant = Tenant(slug="school", name="Oakfield")
        s.add(tenant)
        s.flush()
        call = Call(tenant_id=tenant.id, reference="R1")
        s.add(call)
        s.flush()
        for i, status in enumerate(("pending", "dead")):
            s.add(OutboxMessage(tenant_id=tenant.id, kind="escalation_sms", target="x", idempotency_key=f"k{i}",
                                payload_enc=b"", status=status))
        s.add(Escalation(tenant_id=tenant.id, call_id=call.id, case_code="A1", subtype="abuse",
                         ack_due_at=now - timedelta(minutes=1)))
        s.add(DeletionRecord(tenant_id=tenant.id, call_id=call.id, data_class="recording", item_id=call.id,
                             rule="retention:recording:90d", deleted_at=now, content_hash="0" * 64))


def _exported(engine: Engine) -> dict[str, set[str]]:
    """Every sample name the app exports, with the label names it carries."""
    registry = CollectorRegistry(auto_describe=False)
    x = m.Metrics(registry)
    m.call_started("school", "voice", metrics=x)
    m.call_ended("school", "voice", "message", metrics=x)
    m.turn_recorded("school", "voice", metrics=x)
    m.escalation_raised("school", "abuse", metrics=x)
    m.escalation_acknowledged("school", "abuse", "sms", 30.0, metrics=x)
    m.outbox_attempt("crm", "dead", metrics=x)
    m.provider_latency("llm_ttft", "openai", 0.5, metrics=x)
    m.provider_error("llm_ttft", "openai", metrics=x)
    m.retention_deleted("school", "recording", metrics=x)
    _seed(engine)
    registry.register(DatabaseGauges(engine))
    names: dict[str, set[str]] = {}
    for family in registry.collect():
        for sample in family.samples:
            names.setdefault(sample.name, set()).update(sample.labels)
    return names


@pytest.mark.parametrize("rule", RULES, ids=[r["alert"] for r in RULES])
def test_alert_uses_exported_metrics_and_labels(rule: dict[str, Any], sqlite_engine: Engine) -> None:
    exported = _exported(sqlite_engine)
    metrics = set(re.findall(r"\b(receptionist_[a-z_]+)", rule["expr"]))
    assert metrics, "an alert on no metric of ours"
    for name in metrics:
        assert name in exported, f"{name} is not exported"
    for selector in re.findall(r"(receptionist_[a-z_]+)\{([^}]*)\}", rule["expr"]):
        name, matchers = selector
        for label in re.findall(r"([a-z_]+)\s*[=!~]", matchers):
            assert label in exported[name], f"{name} has no label {label}"
    for label in re.findall(r"\$labels\.([a-z_]+)", str(rule.get("annotations", {}))):
        by = re.findall(r"by \(([^)]*)\)", rule["expr"])
        grouped = {x.strip() for group in by for x in group.split(",")}
        assert label in grouped or all(label in exported[n] for n in metrics), label
    assert rule["labels"]["severity"] in ("page", "ticket")
