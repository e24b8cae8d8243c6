"""Read queries behind the call list and the staff workflow, always scoped to a tenant.

The list selects only plaintext columns (ids, times, labels) so it never touches a data
key; opening a call's contents goes through the store's ``CallRepository.read_call``,
which decrypts and audits. It runs as a Core statement on a plain ``Connection`` or a
``Session`` alike (no ORM entities are built), or on PostgreSQL through the event-loop
reader (``pg_reader``), and pages by keyset: a row-value comparison on (``started_at``,
``id``) that the (tenant, started_at, id) index answers directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, partial
from typing import Any

from sqlalchemy import Connection, Integer, Select, and_, bindparam, or_, select, tuple_
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
_ID, _STARTED = LIST_KEYS.index("id"), LIST_KEYS.index("started_at")
ListStatement = Select[*tuple[Any, ...]]
_LIST_TIMES = ("started_at", "ended_at", "callback_done_at")


@dataclass(frozen=True)
class CallPage:
    """One page of the call list and the cursor for the next page (None at the end)."""

    items: list[dict[str, Any]]
    next_cursor: str | None


@dataclass(frozen=True)
class ListQuery:
    """One list request: the shared statement for its shape, this request's parameters, and
    how fetched rows become the page.

    The statement is built once per shape (filters present or not) with named bind
    parameters, so a request builds no SQL: SQLAlchemy reuses its compiled form, and the
    PostgreSQL reader (``pg_reader``) reuses its own rendering of it.
    """

    statement: ListStatement
    params: dict[str, Any]
    to_page: Callable[[Sequence[Sequence[Any]]], CallPage]

    def run(self, session: Session | Connection) -> CallPage:
        """Execute on a SQLAlchemy session or connection (any backend)."""
        return self.to_page(session.execute(self.statement, self.params).all())


def utc_iso(value: datetime | str) -> str:
    """The ISO 8601 text of a stored time, always in UTC (``+00:00``). The PostgreSQL reader
    (``pg_reader``) already returns times as this text; it is passed through."""
    if isinstance(value, str):
        return value
    return value.astimezone(UTC).isoformat()


def utc_datetime(value: datetime | str) -> datetime:
    """A stored time as an aware UTC datetime (from a datetime or ``utc_iso`` text)."""
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    return value.astimezone(UTC)


class CallQueries:
    """Tenant-scoped reads and the callback-done update on ``calls``."""

    @staticmethod
    def list_query(
        *,
        tenant_id: str | None,
        limit: int = 50,
        cursor: str | None = None,
        callback_pending: bool | None = None,
        escalated: bool | None = None,
    ) -> ListQuery:
        """The call list request (see ``list_calls``); :class:`BadCursorError` for a bad cursor."""
        params: dict[str, Any] = {"row_limit": limit + 1}
        if tenant_id is not None:
            params["tenant_id"] = tenant_id
        if cursor:
            at, last_id = decode_cursor(cursor)
            params["cursor_at"], params["cursor_id"] = at.astimezone(UTC), last_id
        stmt = _list_statement(tenant_id is not None, callback_pending, escalated, bool(cursor))
        return ListQuery(stmt, params, partial(_call_page, limit))

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
        return CallQueries.list_query(tenant_id=tenant_id, limit=limit, cursor=cursor,
                                      callback_pending=callback_pending, escalated=escalated).run(session)

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


@cache
def _list_statement(scoped: bool, callback_pending: bool | None, escalated: bool | None, paged: bool) -> ListStatement:
    """The list statement for one shape of request (at most 2 x 3 x 3 x 2 of them)."""
    stmt = select(*LIST_COLUMNS)
    if scoped:
        stmt = stmt.where(Call.tenant_id == bindparam("tenant_id", type_=Call.tenant_id.type))
    if callback_pending is not None:
        stmt = stmt.where(
            and_(Call.outcome == "message", Call.callback_done_at.is_(None))
            if callback_pending
            else or_(Call.outcome != "message", Call.outcome.is_(None), Call.callback_done_at.is_not(None))
        )
    if escalated is not None:
        stmt = stmt.where(Call.escalated.is_(escalated))
    if paged:
        stmt = stmt.where(tuple_(Call.started_at, Call.id) < tuple_(
            bindparam("cursor_at", type_=Call.started_at.type), bindparam("cursor_id", type_=Call.id.type)))
    return stmt.order_by(Call.started_at.desc(), Call.id.desc()).limit(bindparam("row_limit", type_=Integer))


def _call_page(limit: int, rows: Sequence[Sequence[Any]]) -> CallPage:
    items = [_row(r) for r in rows[:limit]]
    nxt = None
    if len(rows) > limit:
        last = rows[limit - 1]
        nxt = encode_cursor(utc_datetime(last[_STARTED]), last[_ID])
    return CallPage(items, nxt)


def _row(row: Sequence[Any]) -> dict[str, Any]:
    out = dict(zip(LIST_KEYS, row, strict=True))
    out["callback_pending"] = out["outcome"] == "message" and out["callback_done_at"] is None
    out["deleted"] = out.pop("deleted_at") is not None
    for key in _LIST_TIMES:
        value = out[key]
        if value is not None:
            out[key] = utc_iso(value)
    return out
