"""Holds: a safeguarding, legal, SAR or complaint hold blocks deletion of a call's data.

Retention sweeps, early deletion and erasure requests all ask :func:`active_holds` before
shredding anything. Placing and releasing a hold are audited in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.store import audit
from receptionist.store.base import utcnow
from receptionist.store.models import HOLD_KINDS, Call, Hold


class HoldError(ValueError):
    """A hold request that cannot be honoured (unknown kind, already released, unknown hold)."""


def place_hold(session: Session, *, call: Call, kind: str, reason: str | None, actor: str) -> Hold:
    """Place a hold on ``call``; an identical active hold of the same kind is reused, not duplicated."""
    if kind not in HOLD_KINDS:
        raise HoldError(f"unknown hold kind {kind!r}; expected one of {', '.join(HOLD_KINDS)}")
    existing = session.scalars(
        select(Hold).where(Hold.call_id == call.id, Hold.kind == kind, Hold.released_at.is_(None))
    ).first()
    if existing is not None:
        return existing
    hold = Hold(tenant_id=call.tenant_id, call_id=call.id, kind=kind, reason=reason, placed_by=actor, placed_at=utcnow())
    session.add(hold)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="hold.place",
        tenant_id=call.tenant_id,
        target_type="call",
        target_id=call.id,
        reason=reason,
        details={"hold_id": hold.id, "kind": kind},
    )
    return hold


def release_hold(session: Session, *, hold_id: str, actor: str, reason: str | None = None) -> Hold:
    """Release one hold; deletion resumes only when no other hold on the call remains."""
    hold = session.get(Hold, hold_id)
    if hold is None:
        raise HoldError(f"hold {hold_id} not found")
    if hold.released_at is not None:
        raise HoldError(f"hold {hold_id} was already released")
    hold.released_at = utcnow()
    hold.released_by = actor
    audit.record(
        session,
        actor=actor,
        action="hold.release",
        tenant_id=hold.tenant_id,
        target_type="call",
        target_id=hold.call_id,
        reason=reason,
        details={"hold_id": hold.id, "kind": hold.kind},
    )
    return hold


def active_holds(session: Session, call_id: str) -> list[Hold]:
    """The call's unreleased holds, oldest first."""
    query = select(Hold).where(Hold.call_id == call_id, Hold.released_at.is_(None)).order_by(Hold.placed_at)
    return list(session.scalars(query))


def held_call_ids(session: Session, call_ids: Iterable[str]) -> set[str]:
    """Which of ``call_ids`` have at least one active hold (one query for a batch)."""
    ids = list(call_ids)
    if not ids:
        return set()
    query = select(Hold.call_id).where(Hold.call_id.in_(ids), Hold.released_at.is_(None)).distinct()
    return set(session.scalars(query))
