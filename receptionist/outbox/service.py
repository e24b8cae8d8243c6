"""Writing and administering outbox messages.

:func:`enqueue` is called inside the transaction that writes whatever the message reports,
so the message exists if and only if the data does. The payload is encrypted with the
call's data key for the message's data class, so shredding a call also shreds what it
was waiting to send. Calls whose data subject has asked for restriction send nothing to
integrations; safeguarding notifications still go, because they protect someone at risk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.outbox.ports import StoreLike
from receptionist.store import audit
from receptionist.store.base import new_id, utcnow
from receptionist.store.models import Call, OutboxMessage

STATUSES: tuple[str, ...] = ("pending", "in_flight", "delivered", "dead", "suppressed")
DEFAULT_MAX_ATTEMPTS = 10
PAYLOAD_FIELD = "payload"


class OutboxError(ValueError):
    """A request the outbox refuses (unknown message, wrong state); the message names ids only."""


def is_escalation_kind(kind: str) -> bool:
    """Safeguarding notifications are ``escalation_*`` kinds; everything else is an integration."""
    return kind.startswith("escalation_")


def data_class_for(kind: str) -> str:
    """The retention class an outbox payload belongs to: it lives and dies with its source."""
    return "escalation" if is_escalation_kind(kind) else "summary"


def key_owner(message: OutboxMessage) -> str:
    """Messages without a call get a data key of their own, keyed by the message id."""
    return message.call_id or message.id


def enqueue(
    session: Session,
    store: StoreLike,
    *,
    tenant_id: str,
    kind: str,
    target: str,
    idempotency_key: str,
    payload: dict[str, Any],
    call_id: str | None = None,
    escalation_id: str | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    now: datetime | None = None,
) -> OutboxMessage | None:
    """Add a message to the outbox in the caller's transaction; None when restriction forbids it.

    Enqueueing the same ``idempotency_key`` twice returns the existing row, so a retried
    request upstream never produces a second message.
    """
    if not kind or not target or not idempotency_key:
        raise OutboxError("kind, target and idempotency_key are all required")
    if len(idempotency_key) > 100:
        raise OutboxError("idempotency_key is longer than 100 characters")
    if max_attempts < 1:
        raise OutboxError("max_attempts must be at least 1")
    existing = session.scalars(select(OutboxMessage).where(OutboxMessage.idempotency_key == idempotency_key)).first()
    if existing is not None:
        return existing
    if call_id is not None and not is_escalation_kind(kind):
        call = session.get(Call, call_id)
        if call is not None and call.restricted:
            audit.record(
                session,
                actor="system",
                action="outbox.suppressed",
                tenant_id=tenant_id,
                target_type="call",
                target_id=call_id,
                reason="processing restricted at the data subject's request",
                details={"kind": kind, "target": target},
            )
            return None
    at = now or utcnow()
    message = OutboxMessage(
        id=new_id(),
        tenant_id=tenant_id,
        call_id=call_id,
        escalation_id=escalation_id,
        kind=kind,
        target=target,
        idempotency_key=idempotency_key,
        status="pending",
        attempts=0,
        max_attempts=max_attempts,
        next_attempt_at=at,
        created_at=at,
    )
    message.payload_enc = store.cipher.encrypt(
        session,
        tenant_id=tenant_id,
        call_id=key_owner(message),
        data_class=data_class_for(kind),
        field=PAYLOAD_FIELD,
        owner_id=message.id,
        value=json.dumps(payload, separators=(",", ":"), sort_keys=True),
    )
    session.add(message)
    return message


def decrypt_payload(session: Session, store: StoreLike, message: OutboxMessage) -> dict[str, Any]:
    """The message's payload in clear. Callers audit the read (the dispatcher does, per batch)."""
    if message.payload_enc is None:
        return {}
    text = store.cipher.decrypt_str(
        session,
        tenant_id=message.tenant_id,
        call_id=key_owner(message),
        data_class=data_class_for(message.kind),
        field=PAYLOAD_FIELD,
        owner_id=message.id,
        blob=message.payload_enc,
    )
    value = json.loads(text)
    if not isinstance(value, dict):
        raise OutboxError(f"outbox message {message.id} has a malformed payload")
    return value


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """An admin's view of a message: state only, never the payload."""

    id: str
    tenant_id: str
    kind: str
    target: str
    status: str
    attempts: int
    max_attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None


def list_messages(
    session: Session, *, status: str | None = None, tenant_id: str | None = None, limit: int = 100
) -> list[OutboxRow]:
    """Messages newest first, optionally filtered; shows no personal data, so no audit needed."""
    if status is not None and status not in STATUSES:
        raise OutboxError(f"unknown status {status!r}; use one of {list(STATUSES)}")
    query = select(OutboxMessage).order_by(OutboxMessage.created_at.desc()).limit(limit)
    if status is not None:
        query = query.where(OutboxMessage.status == status)
    if tenant_id is not None:
        query = query.where(OutboxMessage.tenant_id == tenant_id)
    return [
        OutboxRow(
            id=m.id,
            tenant_id=m.tenant_id,
            kind=m.kind,
            target=m.target,
            status=m.status,
            attempts=m.attempts,
            max_attempts=m.max_attempts,
            next_attempt_at=m.next_attempt_at,
            last_error=m.last_error,
            created_at=m.created_at,
            delivered_at=m.delivered_at,
        )
        for m in session.scalars(query)
    ]


def retry_dead(session: Session, *, message_id: str, actor: str, now: datetime | None = None) -> OutboxMessage:
    """Put a dead-lettered message back in the queue with a fresh attempt budget (audited)."""
    message = session.get(OutboxMessage, message_id)
    if message is None:
        raise OutboxError(f"no outbox message {message_id}")
    if message.status != "dead":
        raise OutboxError(f"outbox message {message_id} is {message.status}, not dead; only dead messages are retried")
    message.status = "pending"
    message.attempts = 0
    message.next_attempt_at = now or utcnow()
    message.locked_by = None
    message.locked_until = None
    audit.record(
        session,
        actor=actor,
        action="outbox.retry",
        tenant_id=message.tenant_id,
        target_type="outbox",
        target_id=message.id,
        details={"kind": message.kind, "target": message.target},
    )
    return message
