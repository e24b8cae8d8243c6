"""The append-only, hash-chained audit log.

Each event stores the hash of the event before it and a SHA-256 over its own fields plus
that previous hash, so editing, deleting or reordering any event breaks the chain at that
point. Appends are serialised: on PostgreSQL a transaction-scoped advisory lock is taken
before reading the chain's tail, and on SQLite a write statement takes the database write
lock first; a unique index on ``prev_hash`` is the backstop, so two writers can never
fork the chain. Events are written inside the caller's transaction: an action and its
audit record commit or vanish together.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import delete, select, text
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

from receptionist.store.base import utcnow
from receptionist.store.models import AuditEvent

GENESIS = "0" * 64
_TAIL = "receptionist.audit.tail"
PRUNE_ACTION = "audit.prune"
# Arbitrary constant naming "the audit chain" among PostgreSQL advisory locks.
_PG_LOCK_ID = 0x5245_4341_5544_4954 & 0x7FFF_FFFF_FFFF_FFFF


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    tenant_id: str | None = None,
    target_type: str | None = None,
    target_id: str | None = None,
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction. ``details`` must hold no personal data."""
    prev = _tail(session)
    event = AuditEvent(
        at=utcnow(),
        actor=actor,
        tenant_id=tenant_id,
        action=action,
        target_type=target_type,
        target_id=target_id,
        reason=reason,
        details=dict(details or {}),
        prev_hash=prev,
    )
    event.hash = event_hash(event, prev)
    session.add(event)
    session.flush()
    session.info[_TAIL] = (session.get_transaction(), event.hash)
    return event


def _tail(session: Session) -> str:
    """The chain's last hash, locking the chain once per transaction.

    Within one transaction the lock is held until commit, so the tail we wrote last is
    still the tail: later events in the same transaction skip the lock and the query.
    Any rollback (including a savepoint's) forgets it.
    """
    cached = session.info.get(_TAIL)
    if cached is not None and cached[0] is session.get_transaction():
        return str(cached[1])
    if not session.info.get(_TAIL + ".hooked"):
        sa_event.listen(session, "after_soft_rollback", _forget_tail)
        sa_event.listen(session, "after_commit", _forget_tail)
        session.info[_TAIL + ".hooked"] = True
    _lock_chain(session)
    return session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or GENESIS


def _forget_tail(session: Session, *_args: Any) -> None:
    session.info.pop(_TAIL, None)


class _EventFields(Protocol):
    at: datetime
    actor: str
    tenant_id: str | None
    action: str
    target_type: str | None
    target_id: str | None
    reason: str | None
    details: dict[str, Any]


def event_hash(event: _EventFields, prev_hash: str) -> str:
    """SHA-256 over the previous hash and the event's canonical JSON."""
    body = {
        "prev": prev_hash,
        "at": _iso(event.at),
        "actor": event.actor,
        "tenant_id": event.tenant_id,
        "action": event.action,
        "target_type": event.target_type,
        "target_id": event.target_id,
        "reason": event.reason,
        "details": event.details or {},
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """Outcome of :func:`verify`: how many events were checked and the first bad one, if any."""

    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str | None = None


def verify(session: Session, *, batch_size: int = 5000) -> VerifyResult:
    """Walk the whole chain in id order and report the first event that does not fit."""
    prev = GENESIS
    checked = 0
    for event in _iter_events(session, batch_size):
        if checked == 0 and event.prev_hash != GENESIS and event.prev_hash in _checkpoints(session):
            prev = event.prev_hash  # older events were pruned under retention; a later event vouches for the cut
        if event.prev_hash != prev:
            why = "deleted or reordered event before it" if checked else "chain does not start at genesis"
            return VerifyResult(False, checked, event.id, f"prev_hash mismatch ({why})")
        if event_hash(event, prev) != event.hash:
            return VerifyResult(False, checked, event.id, "content does not match its hash (edited)")
        prev = event.hash
        checked += 1
    return VerifyResult(True, checked)


def _checkpoints(session: Session) -> set[str]:
    rows = session.scalars(select(AuditEvent.details).where(AuditEvent.action == PRUNE_ACTION))
    return {str(d["last_hash"]) for d in rows if isinstance(d, dict) and "last_hash" in d}


def prune(session: Session, *, before: datetime, actor: str) -> int:
    """Delete events older than ``before`` (audit retention) and record the cut in the chain.

    The pruning event stores the hash of the last deleted event, so :func:`verify` can
    start from the first remaining event; any other gap still fails verification.
    """
    _tail(session)  # takes the chain lock for this transaction
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).where(AuditEvent.at < before).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    if last is None:
        return 0
    gone = session.execute(delete(AuditEvent).where(AuditEvent.id <= last.id), execution_options={"synchronize_session": False})
    count = int(getattr(gone, "rowcount", 0) or 0)
    record(
        session,
        actor=actor,
        action=PRUNE_ACTION,
        target_type="audit_events",
        details={"through_id": last.id, "last_hash": last.hash, "events": count, "before": _iso(before)},
    )
    return count


def _iter_events(session: Session, batch_size: int) -> Iterator[Any]:
    # Keyset pagination over plain rows keeps memory flat and leaves the session's
    # identity map alone.
    table = AuditEvent.__table__
    last_id = 0
    while True:
        batch = session.execute(
            select(table).where(table.c.id > last_id).order_by(table.c.id).limit(batch_size)
        ).all()
        if not batch:
            return
        yield from batch
        last_id = batch[-1].id


def _lock_chain(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_ID})
    else:
        # A no-op write takes SQLite's write lock before we read the tail.
        session.execute(text("UPDATE audit_events SET id = id WHERE id = -1"))


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")
