"""Queuing a finished call for the tenant's integrations: minimised, one per integration, once."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from receptionist.core.config import Integration, TenantConfig, load_tenant_config
from receptionist.outbox.dispatcher import Dispatcher
from receptionist.outbox.integrations import enqueue_integrations
from receptionist.outbox.ports import FakeClock
from receptionist.outbox.service import decrypt_payload
from receptionist.store.models import Call, OutboxMessage
from receptionist.store.service import Store

from .conftest import ScriptedDeliverer, add_calls

RECORD = {"call_reference": "C1", "name": "Jo Bloggs", "callback_number": "+447700900123", "reason": "fees",
          "summary": "asked about fees", "department": "finance", "outcome": "message", "started_at": None}


def _config() -> TenantConfig:
    cfg = load_tenant_config("college")
    return cfg.model_copy(update={"integrations": [
        Integration(name="crm", type="hubspot", settings={"access_token_env": "T"}),
        Integration(name="sis", type="sis_csv", settings={"directory": "/tmp/x"}),
    ]})


def test_one_minimised_message_per_integration(store: Store, tenant_id: str) -> None:
    cfg = _config()
    with store.sessions.begin() as session:
        (call_id,) = add_calls(session, tenant_id, 1)
        call = session.get(Call, call_id)
        assert call is not None
        first = enqueue_integrations(session, store, call=call, config=cfg, payload=RECORD)
        session.flush()
        again = enqueue_integrations(session, store, call=call, config=cfg, payload=RECORD)
        assert [m.id for m in first] == [m.id for m in again]
    with store.sessions() as session:
        rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.kind)).all()
        assert [(r.kind, r.target) for r in rows] == [("crm", "crm"), ("sis", "sis")]
        for row in rows:
            payload = decrypt_payload(session, store, row)
            # college policy: no summary leaves; empty values are not queued either.
            assert set(payload) == set(cfg.minimisation.crm_fields) - {"started_at"}
            assert "summary" not in payload


@pytest.mark.parametrize("payload", [None, {}, {"summary": "only a field the policy forbids"}])
def test_nothing_to_send_queues_nothing(store: Store, tenant_id: str, payload: dict[str, object] | None) -> None:
    with store.sessions.begin() as session:
        (call_id,) = add_calls(session, tenant_id, 1)
        call = session.get(Call, call_id)
        assert call is not None
        assert enqueue_integrations(session, store, call=call, config=_config(), payload=payload) == []


async def test_shredded_payload_is_never_sent(store: Store, tenant_id: str) -> None:
    with store.sessions.begin() as session:
        (call_id,) = add_calls(session, tenant_id, 1)
        call = session.get(Call, call_id)
        assert call is not None
        enqueue_integrations(session, store, call=call, config=_config(), payload=RECORD)
    with store.sessions.begin() as session:
        for row in session.scalars(select(OutboxMessage)):
            row.payload_enc = None  # what retention's shredding does to a queued message
    deliverer = ScriptedDeliverer()
    report = await Dispatcher(store, {"crm": deliverer, "sis": deliverer}, clock=FakeClock(datetime.now(UTC) + timedelta(seconds=1)),
                              rng=random.Random(0)).run_once()
    assert (report.suppressed, deliverer.received) == (2, [])
