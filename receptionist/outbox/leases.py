"""Claiming and settling outbox messages: the dispatcher's queries, in one place.

A claim is one atomic ``UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)``. On
PostgreSQL the row locks let several dispatchers claim side by side without waiting on
each other; on SQLite (where SQLAlchemy drops ``FOR UPDATE``) the single-writer lock makes
the same statement atomic. A claim is a lease (``locked_by``/``locked_until``): messages of
a dispatcher that died become claimable again when the lease runs out. Results are written
only while the lease is still ours, so a slow dispatcher can never overwrite the outcome of
the one that took over.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol

from sqlalchemy import and_, case, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from receptionist.observability import metrics
from receptionist.outbox.backoff import BackoffPolicy
from receptionist.outbox.errors import DeliveryError
from receptionist.outbox.ports import Clock, Delivery, StoreLike
from receptionist.outbox.service import decrypt_payload, is_escalation_kind
from receptionist.store import audit
from receptionist.store.db import session_scope
from receptionist.store.models import Call, OutboxMessage

URGENT, BULK, ALL = "urgent", "bulk", "all"


class DispatchStore(StoreLike, Protocol):
    """The store as the dispatcher uses it: sessions and the cipher."""

    @property
    def sessions(self) -> sessionmaker[Session]:
        """Session factory."""
        ...


@dataclass(slots=True)
class DispatchReport:
    """What one round did, in counts; ``errors`` counts each (non-personal) failure reason."""

    claimed: int = 0
    delivered: int = 0
    retrying: int = 0
    dead: int = 0
    suppressed: int = 0
    errors: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One delivery attempt's result: None for accepted, else the error."""

    delivery: Delivery
    error: DeliveryError | None


class LeaseRepository:
    """Claims due messages under a lease token and records each outcome while the lease holds."""

    def __init__(
        self,
        store: DispatchStore,
        *,
        clock: Clock,
        worker_id: str,
        lease: timedelta,
        backoff: BackoffPolicy,
        rng: random.Random,
    ) -> None:
        self._store = store
        self._clock = clock
        self._worker_id = worker_id
        self._lease = lease
        self._backoff = backoff
        self._rng = rng

    def claim(self, token: str, report: DispatchReport, lane: str, size: int) -> list[Delivery]:
        """Lease up to ``size`` due messages of ``lane`` to ``token``; decrypt those that may be sent."""
        now = self._clock.now()
        due = or_(
            and_(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now),
            and_(OutboxMessage.status == "in_flight", OutboxMessage.locked_until < now),
        )
        is_urgent = OutboxMessage.kind.like("escalation\\_%", escape="\\")
        if lane == URGENT:
            due = and_(due, is_urgent)
        elif lane == BULK:
            due = and_(due, ~is_urgent)
        # Safeguarding notifications jump the queue ahead of CRM backlog.
        urgency = case((is_urgent, 0), else_=1)
        candidates = (
            select(OutboxMessage.id)
            .where(due)
            .order_by(urgency, OutboxMessage.next_attempt_at)
            .limit(size)
            .with_for_update(skip_locked=True)
        )
        with session_scope(self._store.sessions) as session:
            session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(candidates.scalar_subquery()))
                .values(
                    status="in_flight",
                    locked_by=token,
                    locked_until=now + self._lease,
                    attempts=OutboxMessage.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            )
            messages = list(
                session.scalars(
                    select(OutboxMessage)
                    .where(OutboxMessage.locked_by == token, OutboxMessage.status == "in_flight")
                    .order_by(urgency, OutboxMessage.next_attempt_at)
                )
            )
            report.claimed = len(messages)
            if not messages:
                return []
            restricted = self._restricted_calls(session, messages)
            deliveries: list[Delivery] = []
            for message in messages:
                if message.call_id in restricted and not is_escalation_kind(message.kind):
                    self._settle(message, "suppressed", "processing restricted")
                    report.suppressed += 1
                    continue
                if message.payload_enc is None:
                    # Shredded with its data class by retention or erasure: nothing left to send.
                    self._settle(message, "suppressed", "payload deleted")
                    report.suppressed += 1
                    continue
                try:
                    payload = decrypt_payload(session, self._store, message)
                except Exception as exc:  # shredded key or tampered row: it can never be sent
                    self._settle(message, "dead", f"payload unreadable: {type(exc).__name__}")
                    report.dead += 1
                    continue
                deliveries.append(
                    Delivery(
                        id=message.id,
                        tenant_id=message.tenant_id,
                        kind=message.kind,
                        target=message.target,
                        idempotency_key=message.idempotency_key,
                        payload=payload,
                        attempt=message.attempts,
                        max_attempts=message.max_attempts,
                        call_id=message.call_id,
                        escalation_id=message.escalation_id,
                    )
                )
            # Decrypting payloads is a read of personal data: one audit event per batch.
            audit.record(
                session,
                actor=f"dispatcher:{self._worker_id}",
                action="outbox.dispatch",
                details={"messages": len(deliveries), "suppressed": report.suppressed},
            )
            return deliveries

    @staticmethod
    def _restricted_calls(session: Session, messages: list[OutboxMessage]) -> set[str]:
        call_ids = {m.call_id for m in messages if m.call_id and not is_escalation_kind(m.kind)}
        if not call_ids:
            return set()
        return set(session.scalars(select(Call.id).where(Call.id.in_(call_ids), Call.restricted.is_(True))))

    def _settle(self, message: OutboxMessage, status: str, error: str | None) -> None:
        message.status = status
        message.last_error = error
        message.locked_by = None
        message.locked_until = None
        if status == "delivered":
            message.delivered_at = self._clock.now()

    def finish(self, token: str, outcomes: list[Outcome], report: DispatchReport) -> None:
        """Write each outcome (delivered, retry later with backoff, or dead) if ``token`` still holds the lease."""
        now = self._clock.now()
        ours = (OutboxMessage.locked_by == token, OutboxMessage.status == "in_flight")
        released: dict[str, object] = {"locked_by": None, "locked_until": None}
        delivered: list[str] = []
        with session_scope(self._store.sessions) as session:
            for outcome in outcomes:
                d, error = outcome.delivery, outcome.error
                if error is None:
                    report.delivered += 1
                    metrics.outbox_attempt(d.kind, "delivered")
                    if not is_escalation_kind(d.kind):
                        delivered.append(d.id)  # written below in one statement
                        continue
                    values = released | {"status": "delivered", "delivered_at": now, "last_error": None}
                elif not error.retryable or d.attempt >= d.max_attempts:
                    values = released | {"status": "dead", "last_error": error.reason}
                    report.dead += 1
                    metrics.outbox_attempt(d.kind, "dead")
                else:
                    wait = self._backoff.delay(d.attempt, self._rng, retry_after=error.retry_after)
                    values = released | {
                        "status": "pending",
                        "last_error": error.reason,
                        "next_attempt_at": now + timedelta(seconds=wait),
                    }
                    report.retrying += 1
                    metrics.outbox_attempt(d.kind, "retry")
                if error is not None:
                    report.errors[error.reason] = report.errors.get(error.reason, 0) + 1
                result = session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id == d.id, *ours)
                    .values(**values)
                    .execution_options(synchronize_session=False)
                )
                # Only the lease holder's outcome counts (and is audited).
                if getattr(result, "rowcount", 1) and is_escalation_kind(d.kind):
                    self._audit_escalation(session, d, values["status"])
            if delivered:
                session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id.in_(delivered), *ours)
                    .values(status="delivered", delivered_at=now, last_error=None, **released)
                    .execution_options(synchronize_session=False)
                )

    def _audit_escalation(self, session: Session, d: Delivery, status: object) -> None:
        if status == "pending":
            return
        audit.record(
            session,
            actor=f"dispatcher:{self._worker_id}",
            action="escalation.notified" if status == "delivered" else "escalation.notification_failed",
            tenant_id=d.tenant_id,
            target_type="escalation",
            target_id=d.escalation_id,
            details={"channel": d.kind.removeprefix("escalation_"), "role": str(d.payload.get("role", "lead"))},
        )
