"""Read queries behind the safeguarding queue, always scoped to a tenant.

Queue views: ``new`` (not yet acknowledged, still inside its window), ``overdue`` (not
acknowledged and past ``ack_due_at``), ``acknowledged`` and ``closed``. Only labels and
times are selected; the caller's own words are decrypted only when a lead opens a case.
Like the call list, a Core statement on a ``Connection`` or ``Session``, paged by keyset.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, or_, select, tuple_
from sqlalchemy.orm import Session

from receptionist.store.models import Call, Escalation
from receptionist.web.call_queries import CallPage
from receptionist.web.cursors import decode_cursor, encode_cursor

QueueView = Literal["new", "overdue", "acknowledged", "closed", "open", "all"]
QUEUE_VIEWS: tuple[str, ...] = ("new", "overdue", "acknowledged", "closed", "open", "all")

COLUMNS = (
    Escalation.id,
    Escalation.tenant_id,
    Escalation.call_id,
    Escalation.case_code,
    Escalation.subtype,
    Escalation.status,
    Escalation.raised_at,
    Escalation.ack_due_at,
    Escalation.acknowledged_at,
    Escalation.closed_at,
    Escalation.outcome,
    Escalation.escalated_to_deputies_at,
)
KEYS = tuple(c.key for c in COLUMNS)
_TIMES = ("raised_at", "ack_due_at", "acknowledged_at", "closed_at", "escalated_to_deputies_at")


class EscalationQueries:
    """Tenant-scoped reads on ``escalations``."""

    @staticmethod
    def queue(
        session: Session | Connection,
        *,
        tenant_id: str | None,
        view: QueueView = "open",
        limit: int = 50,
        cursor: str | None = None,
        now: datetime | None = None,
    ) -> CallPage:
        """Cases in ``view``, newest first, with an ``overdue`` flag on each."""
        now = now or datetime.now(UTC)
        stmt = select(*COLUMNS)
        if tenant_id is not None:
            stmt = stmt.where(Escalation.tenant_id == tenant_id)
        if view == "new":
            stmt = stmt.where(Escalation.status == "new",
                              or_(Escalation.ack_due_at.is_(None), Escalation.ack_due_at >= now))
        elif view == "overdue":
            stmt = stmt.where(Escalation.status == "new", Escalation.ack_due_at < now)
        elif view == "open":
            stmt = stmt.where(Escalation.status != "closed")
        elif view in ("acknowledged", "closed"):
            stmt = stmt.where(Escalation.status == view)
        if cursor:
            at, last_id = decode_cursor(cursor)
            stmt = stmt.where(tuple_(Escalation.raised_at, Escalation.id) < tuple_(at, last_id))
        stmt = stmt.order_by(Escalation.raised_at.desc(), Escalation.id.desc()).limit(limit + 1)
        rows = session.execute(stmt).all()
        items = [_row(r, now) for r in rows[:limit]]
        nxt = encode_cursor(rows[limit - 1].raised_at, rows[limit - 1].id) if len(rows) > limit else None
        return CallPage(items, nxt)

    @staticmethod
    def get(session: Session, escalation_id: str, *, tenant_id: str | None) -> Escalation | None:
        """The case if it exists and belongs to ``tenant_id``; None otherwise (callers answer 404)."""
        stmt = select(Escalation).where(Escalation.id == escalation_id)
        if tenant_id is not None:
            stmt = stmt.where(Escalation.tenant_id == tenant_id)
        return session.scalar(stmt)

    @staticmethod
    def call_reference(session: Session, call_id: str) -> str | None:
        """The short reference of the call a case came from."""
        return session.scalar(select(Call.reference).where(Call.id == call_id))


def _row(row: Any, now: datetime) -> dict[str, Any]:
    out = dict(zip(KEYS, row, strict=True))
    due = out["ack_due_at"]
    out["overdue"] = out["status"] == "new" and due is not None and due < now
    for key in _TIMES:
        value = out[key]
        if value is not None:
            out[key] = value.isoformat()
    return out
