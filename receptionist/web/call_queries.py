"""Read queries behind the call list and the staff workflow, always scoped to a tenant.

The list selects only plaintext columns (ids, times, labels) so it never touches a data
key; opening a call's contents goes through the store's ``CallRepository.read_call``,
which decrypts and audits. It runs as a Core statement on a plain ``Connection`` or a
``Session`` alike (no ORM entities are built), and pages by keyset: a row-value comparison
on (``started_at``, ``id``) that the (tenant, started_at, id) index answers directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, or_, select, tuple_
from sqlalchemy.orm import Session

from receptionist.store import audit
from receptionist.store.models import Call
from receptionist.web.cursors import decode_cursor, encode_cursor

LIST_COLUMNS = (
    Call.id,
    Call.reference,
    Call.tenant_id,
    Call.started_at,
    Call.ended_at,
    Call.status,
    Call.transport,
    Call.outcome,
    Call.reason_category,
    Call.escalated,
    Call.transferred_to,
    Call.callback_done_at,
    Call.restricted,
    Call.deleted_at,
)
LIST_KEYS = tuple(c.key for c in LIST_COLUMNS)
_LIST_TIMES = ("started_at", "ended_at", "callback_done_at")


@dataclass(frozen=True)
class CallPage:
    """One page of the call list and the cursor for the next page (None at the end)."""

    items: list[dict[str, Any]]
    next_cursor: str | None


class CallQueries:
    """Tenant-scoped reads and the callback-done update on ``calls``."""

    @staticmethod
    def list_calls(
        session: Session | Connection,
        *,
        tenant_id: str | None,
        limit: int = 50,
        cursor: str | None = None,
        callback_pending: bool | None = None,
        escalated: bool | None = None,
    ) -> CallPage:
        """Newest first. ``tenant_id`` None lists every tenant (platform admins only)."""
        stmt = select(*LIST_COLUMNS)
        if tenant_id is not None:
            stmt = stmt.where(Call.tenant_id == tenant_id)
        if callback_pending is not None:
            stmt = stmt.where(
                and_(Call.outcome == "message", Call.callback_done_at.is_(None))
                if callback_pending
                else or_(Call.outcome != "message", Call.outcome.is_(None), Call.callback_done_at.is_not(None))
            )
        if escalated is not None:
            stmt = stmt.where(Call.escalated.is_(escalated))
        if cursor:
            at, last_id = decode_cursor(cursor)
            stmt = stmt.where(tuple_(Call.started_at, Call.id) < tuple_(at, last_id))
        stmt = stmt.order_by(Call.started_at.desc(), Call.id.desc()).limit(limit + 1)
        rows = session.execute(stmt).all()
        items = [_row(r) for r in rows[:limit]]
        nxt = encode_cursor(rows[limit - 1].started_at, rows[limit - 1].id) if len(rows) > limit else None
        return CallPage(items, nxt)

    @staticmethod
    def get_call(session: Session, call_id: str, *, tenant_id: str | None) -> Call | None:
        """The call if it exists *and* belongs to ``tenant_id``; None otherwise (callers answer 404)."""
        stmt = select(Call).where(Call.id == call_id)
        if tenant_id is not None:
            stmt = stmt.where(Call.tenant_id == tenant_id)
        return session.scalar(stmt)

    @staticmethod
    def mark_callback_done(session: Session, call: Call, *, actor: str) -> bool:
        """Record that someone rang the caller back; False if it was already done."""
        if call.callback_done_at is not None:
            return False
        call.callback_done_at = datetime.now(UTC)
        call.callback_done_by = actor
        audit.record(session, actor=actor, action="call.callback_done", tenant_id=call.tenant_id,
                     target_type="call", target_id=call.id)
        return True


def _row(row: Any) -> dict[str, Any]:
    out = dict(zip(LIST_KEYS, row, strict=True))
    out["callback_pending"] = out["outcome"] == "message" and out["callback_done_at"] is None
    out["deleted"] = out.pop("deleted_at") is not None
    for key in _LIST_TIMES:
        value = out[key]
        if value is not None:
            out[key] = value.isoformat()
    return out
