"""enqueue(): encryption, idempotency, restriction, and the admin list/retry."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from receptionist.outbox.service import OutboxError, decrypt_payload, enqueue, list_messages, retry_dead
from receptionist.store.models import AuditEvent, Call, OutboxMessage
from receptionist.store.service import Store

from .conftest import START, add_calls

PAYLOAD = {"name": "Jo Bloggs", "callback_number": "+447700900123", "reason": "fees"}


def test_payload_is_encrypted_and_round_trips(store: Store, tenant_id: str) -> None:
    with store.sessions.begin() as session:
        (call_id,) = add_calls(session, tenant_id, 1)
        msg = enqueue(session, store, tenant_id=tenant_id, kind="crm", target="crm", idempotency_key="k1",
                      payload=PAYLOAD, call_id=call_id, now=START)
        assert msg is not None
    with store.sessions() as session:
        row = session.scalars(select(OutboxMessage)).one()
        assert row.payload_enc is not None
        assert b"Bloggs" not in row.payload_enc and b"7700900123" not in row.payload_enc
        assert decrypt_payload(session, store, row) == PAYLOAD
        assert (row.status, row.attempts, row.next_attempt_at) == ("pending", 0, START)


def test_message_without_call_gets_its_own_key(store: Store, tenant_id: str) -> None:
    with store.sessions.begin() as session:
        enqueue(session, store, tenant_id=tenant_id, kind="crm", target="crm", idempotency_key="k-nocall", payload=PAYLOAD)
    with store.sessions() as session:
        row = session.scalars(select(OutboxMessage)).one()
        assert decrypt_payload(session, store, row) == PAYLOAD


def test_same_key_twice_is_one_message(store: Store, tenant_id: str) -> None:
    with store.sessions.begin() as session:
        a = enqueue(session, store, tenant_id=tenant_id, kind="crm", target="crm", idempotency_key="dup", payload=PAYLOAD)
        session.flush()
        b = enqueue(session, store, tenant_id=tenant_id, kind="crm", target="crm", idempotency_key="dup", payload={"x": 1})
        assert a is not None and b is not None and a.id == b.id
    with store.sessions() as session:
        assert len(session.scalars(select(OutboxMessage)).all()) == 1


@pytest.mark.parametrize(
    ("kind", "sent"), [("crm", False), ("sis", False), ("escalation_sms", True), ("escalation_email", True)]
)
def test_restricted_call_sends_nothing_to_integrations(store: Store, tenant_id: str, kind: str, sent: bool) -> None:
    with store.sessions.begin() as session:
        (call_id,) = add_calls(session, tenant_id, 1)
        call = session.get(Call, call_id)
        assert call is not None
        call.restricted = True
        msg = enqueue(session, store, tenant_id=tenant_id, kind=kind, target="t", idempotency_key="r1",
                      payload=PAYLOAD, call_id=call_id)
        assert (msg is not None) is sent
    with store.sessions() as session:
        assert len(session.scalars(select(OutboxMessage)).all()) == int(sent)
        suppressed = session.scalars(select(AuditEvent).where(AuditEvent.action == "outbox.suppressed")).all()
        assert len(suppressed) == int(not sent)


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"kind": "", "target": "t", "idempotency_key": "k"}, "required"),
        ({"kind": "crm", "target": "", "idempotency_key": "k"}, "required"),
        ({"kind": "crm", "target": "t", "idempotency_key": "k" * 101}, "longer than 100"),
        ({"kind": "crm", "target": "t", "idempotency_key": "k", "max_attempts": 0}, "at least 1"),
    ],
)
def test_bad_input_is_refused_clearly(store: Store, tenant_id: str, kwargs: dict[str, object], problem: str) -> None:
    with store.sessions.begin() as session, pytest.raises(OutboxError, match=problem):
        enqueue(session, store, tenant_id=tenant_id, payload=PAYLOAD, **kwargs)  # type: ignore[arg-type]


def test_retry_dead_resets_and_audits(store: Store, tenant_id: str) -> None:
    with store.sessions.begin() as session:
        msg = enqueue(session, store, tenant_id=tenant_id, kind="crm", target="crm", idempotency_key="d", payload=PAYLOAD)
        assert msg is not None
        msg.status, msg.attempts, msg.last_error = "dead", 10, "hubspot 400 VALIDATION_ERROR"
        msg_id = msg.id
    with store.sessions.begin() as session:
        assert [r.id for r in list_messages(session, status="dead")] == [msg_id]
        with pytest.raises(OutboxError, match="no outbox message"):
            retry_dead(session, message_id="nope", actor="admin@example.org")
        retry_dead(session, message_id=msg_id, actor="admin@example.org", now=START)
    with store.sessions.begin() as session:
        row = session.get(OutboxMessage, msg_id)
        assert row is not None and (row.status, row.attempts) == ("pending", 0)
        assert session.scalars(select(AuditEvent).where(AuditEvent.action == "outbox.retry")).one().target_id == msg_id
        with pytest.raises(OutboxError, match="not dead"):
            retry_dead(session, message_id=msg_id, actor="admin@example.org")


def test_list_rejects_unknown_status(store: Store) -> None:
    with store.sessions() as session, pytest.raises(OutboxError, match="unknown status"):
        list_messages(session, status="lost")
