"""Read queries behind the safeguarding queue, always scoped to a tenant.

Queue views: ``new`` (not yet acknowledged, still inside its window), ``overdue`` (not
acknowledged and past ``ack_due_at``), ``acknowledged`` and ``closed``. Only labels and
times are selected; the caller's own words are decrypted only when a lead opens a case.
Like the call list, a Core statement on a ``Connection``, ``Session`` or the PostgreSQL
event-loop reader, built once per shape and paged by keyset.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache, partial
from typing import Any, Literal

from sqlalchemy import Connection, Integer, bindparam, or_, select, tuple_
from sqlalchemy.orm import Session

from receptionist.store.models import Call, Escalation
from receptionist.web.call_queries import CallPage, ListQuery, ListStatement, utc_datetime, utc_iso
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
_ID, _RAISED = KEYS.index("id"), KEYS.index("raised_at")
_TIMES = ("raised_at", "ack_due_at", "acknowledged_at", "closed_at", "escalated_to_deputies_at")


class EscalationQueries:
    """Tenant-scoped reads on ``escalations``."""

    @staticmethod
    def queue_query(
        *,
        tenant_id: str | None,
        view: QueueView = "open",
        limit: int = 50,
        cursor: str | None = None,
        now: datetime | None = None,
    ) -> ListQuery:
        """The queue request (see ``queue``); :class:`BadCursorError` for a bad cursor."""
        now = now or datetime.now(UTC)
        params: dict[str, Any] = {"row_limit": limit + 1}
        if tenant_id is not None:
            params["tenant_id"] = tenant_id
        if view in ("new", "overdue"):
            params["now"] = now.astimezone(UTC)
        if cursor:
            at, last_id = decode_cursor(cursor)
            params["cursor_at"], params["cursor_id"] = at.astimezone(UTC), last_id
        stmt = _queue_statement(tenant_id is not None, view, bool(cursor))
        return ListQuery(stmt, params, partial(_queue_page, limit, now))

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
        return EscalationQueries.queue_query(tenant_id=tenant_id, view=view, limit=limit, cursor=cursor,
                                             now=now).run(session)

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


@cache
def _queue_statement(scoped: bool, view: str, paged: bool) -> ListStatement:
    """The queue statement for one shape of request (tenant scope, view, cursor)."""
    stmt = select(*COLUMNS)
    if scoped:
        stmt = stmt.where(Escalation.tenant_id == bindparam("tenant_id", type_=Escalation.tenant_id.type))
    now = bindparam("now", type_=Escalation.ack_due_at.type)
    if view == "new":
        stmt = stmt.where(Escalation.status == "new", or_(Escalation.ack_due_at.is_(None), Escalation.ack_due_at >= now))
    elif view == "overdue":
        stmt = stmt.where(Escalation.status == "new", Escalation.ack_due_at < now)
    elif view == "open":
        stmt = stmt.where(Escalation.status != "closed")
    elif view in ("acknowledged", "closed"):
        stmt = stmt.where(Escalation.status == view)
    if paged:
        stmt = stmt.where(tuple_(Escalation.raised_at, Escalation.id) < tuple_(
            bindparam("cursor_at", type_=Escalation.raised_at.type), bindparam("cursor_id", type_=Escalation.id.type)))
    return stmt.order_by(Escalation.raised_at.desc(), Escalation.id.desc()).limit(
        bindparam("row_limit", type_=Integer))


def _queue_page(limit: int, now: datetime, rows: Sequence[Sequence[Any]]) -> CallPage:
    items = [_row(r, now) for r in rows[:limit]]
    nxt = None
    if len(rows) > limit:
        last = rows[limit - 1]
        nxt = encode_cursor(utc_datetime(last[_RAISED]), last[_ID])
    return CallPage(items, nxt)


def _row(row: Sequence[Any], now: datetime) -> dict[str, Any]:
    out = dict(zip(KEYS, row, strict=True))
    due = out["ack_due_at"]
    out["overdue"] = out["status"] == "new" and due is not None and utc_datetime(due) < now
    for key in _TIMES:
        value = out[key]
        if value is not None:
            out[key] = utc_iso(value)
    return out
