"""Single-statement reads on the event loop, for the hot list endpoints on PostgreSQL.

Through SQLAlchemy's blocking pool a list request costs a thread-pool hop, a pre-ping round
trip on every checkout and SQLAlchemy's execution machinery: together most of the request's
CPU. This reader keeps a few autocommit ``psycopg.AsyncConnection``s per process and runs
the list statements on the event loop instead:

- **Same statement.** It executes the very SQLAlchemy statement the other path runs,
  rendered once per statement for the engine's dialect (bind parameters go through the
  column types' bind processors, as SQLAlchemy would do); rows come back as tuples.
- **Same connection settings.** Connections are opened with the libpq connection string,
  password and prepared-statement threshold of one of the engine's own connections, so
  ``connect_args`` (a ``search_path``, TLS options, ``prepare_threshold=None`` behind
  PgBouncer) apply here too.
- **Liveness without a ping.** A statement that fails because a pooled connection was
  dropped (server restart, idle timeout) drops every idle connection and is retried once on
  a new one; it is a single read-only SELECT in autocommit, so a retry is safe.
- **Times as text.** ``timestamptz`` values come back as the ISO 8601 text of the UTC time,
  exactly what ``call_queries.utc_iso`` makes of the datetime SQLAlchemy would return (the
  list answers are text anyway): PostgreSQL's own output in a UTC session is rearranged
  instead of being parsed into a datetime and formatted again. Any other form (a session
  in another time zone, e.g. behind a transaction-pooling PgBouncer) is parsed and
  converted the ordinary way.
- **Errors as SQLAlchemy raises them.** Driver errors are wrapped in the matching
  ``sqlalchemy.exc`` class, so the app's handlers (``DataError`` → 400) behave the same.
- **Event loops.** Connections belong to the loop that opened them; when the running loop
  changes (tests), connections of the old loop are closed and new ones opened.

One reader is shared by everything using the same engine and closed with it
(``Engine.dispose``). Anything that writes, or reads more than one statement, uses the ORM
session as before.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg import pq
from psycopg.abc import AdaptContext, Buffer
from psycopg.adapt import Loader
from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from receptionist.web.call_queries import CallPage, ListQuery

DEFAULT_SIZE = 8  # connections per process; each is busy only for one SELECT's round trip

_READERS: weakref.WeakKeyDictionary[Engine, PgReader] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class _Rendered:
    """A statement rendered for the dialect: its SQL and how to turn parameters into driver values."""

    sql: str
    constants: dict[str, Any]
    processors: dict[str, Callable[[Any], Any]]

    def values(self, params: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(self.constants)
        for name, value in params.items():
            proc = self.processors.get(name)
            out[name] = proc(value) if proc is not None and value is not None else value
        return out


class PgReader:
    """A small pool of autocommit async psycopg connections for one engine's single SELECTs."""

    def __init__(self, engine: Engine, *, size: int = DEFAULT_SIZE) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        self._engine = engine
        self._size = size
        self._connect_args: tuple[str, dict[str, Any]] | None = None
        self._rendered: dict[int, tuple[ClauseElement, _Rendered]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._idle: list[psycopg.AsyncConnection[Any]] = []
        self._waiters: deque[asyncio.Future[psycopg.AsyncConnection[Any] | None]] = deque()
        self._count = 0  # connections open or being opened on the current loop
        self._live: set[psycopg.AsyncConnection[Any]] = set()  # the open ones of the current loop
        self._closed = False

    @classmethod
    def for_engine(cls, engine: Engine) -> PgReader | None:
        """The engine's shared reader, or None unless the engine is PostgreSQL through psycopg."""
        if engine.dialect.name != "postgresql" or engine.dialect.driver != "psycopg":
            return None
        reader = _READERS.get(engine)
        if reader is None or reader._closed:
            reader = _READERS[engine] = cls(engine)
            event.listen(engine, "engine_disposed", _close_on_dispose(reader))
        return reader

    @property
    def open_connections(self) -> int:
        """Connections open (or being opened) on the current loop."""
        return self._count

    async def run(self, query: ListQuery) -> CallPage:
        """Execute a list query and build its page."""
        return query.to_page(await self.fetch(query.statement, query.params))

    async def fetch(self, statement: ClauseElement, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """All rows of one SELECT, as tuples."""
        rendered = self._render(statement)
        values = rendered.values(params)
        for attempt in (1, 2):
            conn, reused = await self._acquire()
            try:
                cur = conn.cursor()
                await cur.execute(rendered.sql, values)
                return await cur.fetchall()
            except psycopg.Error as exc:
                lost = conn.closed or conn.broken
                if lost:
                    self._drop_idle()  # the server went away or restarted: the rest are stale too
                if lost and reused and attempt == 1:
                    continue
                raise DBAPIError.instance(rendered.sql, values, exc, psycopg.Error,
                                          hide_parameters=self._engine.hide_parameters,
                                          connection_invalidated=lost, dialect=self._engine.dialect) from exc
            finally:
                self._release(conn)
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        """Close the idle connections and refuse new ones (busy ones close when released)."""
        self._closed = True
        self._drop_idle()
        while self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.set_exception(RuntimeError("the database reader is closed"))

    # Rendering
    def _render(self, statement: ClauseElement) -> _Rendered:
        entry = self._rendered.get(id(statement))
        if entry is not None and entry[0] is statement:
            return entry[1]
        dialect = self._engine.dialect
        compiled = statement.compile(dialect=dialect)
        if not isinstance(compiled, SQLCompiler) or compiled.positional or "POSTCOMPILE" in compiled.string:
            raise ValueError("only statements with named, non-expanding parameters can be read here")
        constants: dict[str, Any] = {}
        processors: dict[str, Callable[[Any], Any]] = {}
        for name, bind in compiled.binds.items():
            proc = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if bind.required:
                if proc is not None:
                    processors[name] = proc
            else:
                value = bind.effective_value
                constants[name] = proc(value) if proc is not None and value is not None else value
        rendered = _Rendered(compiled.string, constants, processors)
        self._rendered[id(statement)] = (statement, rendered)  # keeps the statement (and its id) alive
        return rendered

    # Pool
    async def _acquire(self) -> tuple[psycopg.AsyncConnection[Any], bool]:
        """A connection and whether it was reused (True) or just opened (False)."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._move_to(loop)
        while True:
            if self._closed:
                raise RuntimeError("the database reader is closed")
            if self._idle:
                return self._idle.pop(), True
            if self._count < self._size:
                self._count += 1
                try:
                    return await self._open(), False
                except BaseException:
                    self._count -= 1
                    self._hand_on(None)
                    raise
            fut: asyncio.Future[psycopg.AsyncConnection[Any] | None] = loop.create_future()
            self._waiters.append(fut)
            try:
                conn = await fut
            except asyncio.CancelledError:
                if fut.done() and not fut.cancelled() and fut.exception() is None:
                    handed = fut.result()  # handed over just as we were cancelled: pass it on
                    if handed is not None:
                        self._release(handed)
                    else:
                        self._hand_on(None)
                elif fut in self._waiters:
                    self._waiters.remove(fut)
                raise
            if conn is not None:
                return conn, True
            # None: a connection was closed, so there is room to open one; go round again.

    def _release(self, conn: psycopg.AsyncConnection[Any]) -> None:
        owned = conn in self._live
        reusable = (owned and not self._closed and not conn.closed and not conn.broken
                    and conn.pgconn.transaction_status == pq.TransactionStatus.IDLE)
        if not reusable:
            # Broken, cancelled mid-statement, from an earlier event loop, or the reader is closed.
            _close(conn)
            if owned:
                self._live.discard(conn)
                self._count -= 1
                self._hand_on(None)
            return
        self._hand_on(conn)

    def _hand_on(self, conn: psycopg.AsyncConnection[Any] | None) -> None:
        """Give ``conn`` to the longest waiter (None tells one that it may open a connection)."""
        while self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.set_result(conn)
                return
        if conn is not None:
            self._idle.append(conn)

    async def _open(self) -> psycopg.AsyncConnection[Any]:
        if self._connect_args is None:
            self._connect_args = await asyncio.to_thread(self._engine_connect_args)
        dsn, kwargs = self._connect_args
        conn = await psycopg.AsyncConnection.connect(dsn, **kwargs)
        try:
            conn.adapters.register_loader("timestamptz", UtcIsoLoader)
            await conn.execute("SET TIME ZONE 'UTC'")
        except BaseException:
            _close(conn)
            raise
        if self._loop is not asyncio.get_running_loop():  # pragma: no cover - the loop changed meanwhile
            _close(conn)
            raise RuntimeError("the event loop changed while connecting")
        self._live.add(conn)
        return conn

    def _engine_connect_args(self) -> tuple[str, dict[str, Any]]:
        """Blocking: the connection string and options of one of the engine's own connections."""
        with self._engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            if not isinstance(raw, psycopg.Connection):
                raise TypeError("the engine does not use psycopg")
            kwargs: dict[str, Any] = {"autocommit": True, "prepare_threshold": raw.prepare_threshold}
            if raw.info.password:
                kwargs["password"] = raw.info.password
            return raw.info.dsn, kwargs

    def _move_to(self, loop: asyncio.AbstractEventLoop) -> None:
        """Start over on a new event loop: connections of the old one cannot be used here."""
        self._drop_idle()
        self._waiters.clear()
        self._live.clear()  # busy ones are closed when they come back
        self._count = 0
        self._loop = loop

    def _drop_idle(self) -> None:
        while self._idle:
            conn = self._idle.pop()
            _close(conn)
            self._live.discard(conn)
            self._count -= 1


_TIMESTAMPTZ = psycopg.postgres.types["timestamptz"].oid
_DEFAULT_LOADER = psycopg.adapters.get_loader(_TIMESTAMPTZ, pq.Format.TEXT)
_ZEROS = "000000"


class UtcIsoLoader(Loader):
    """Loads ``timestamptz`` as ``datetime.isoformat()`` text of the UTC time.

    PostgreSQL (ISO DateStyle, UTC session) writes ``2026-01-05 09:00:00.1234+00``, dropping
    trailing zeros of the fraction and the fraction itself when it is zero; Python writes
    ``2026-01-05T09:00:00.123400+00:00`` (six digits, or none). Anything else is parsed by
    psycopg's own loader and formatted from the datetime.
    """

    def __init__(self, oid: int, context: AdaptContext | None = None) -> None:
        super().__init__(oid, context)
        self._parse = _DEFAULT_LOADER(oid, context) if _DEFAULT_LOADER is not None else None

    def load(self, data: Buffer) -> str:
        text = bytes(data).decode()
        n = len(text)
        if text.endswith("+00") and text[10:11] == " " and text[4:5] == "-":
            if n == 22:
                return f"{text[:10]}T{text[11:19]}+00:00"
            if 24 <= n <= 29 and text[19] == ".":
                return f"{text[:10]}T{text[11:-3]}{_ZEROS[:29 - n]}+00:00"
        if self._parse is None:  # pragma: no cover - psycopg always has a timestamptz loader
            raise psycopg.DataError(f"cannot load timestamptz {text!r}")
        value: datetime = self._parse.load(data)
        return value.astimezone(UTC).isoformat()


def _close(conn: psycopg.AsyncConnection[Any]) -> None:
    # AsyncConnection.close() does no I/O (it only finishes the libpq connection), so it is
    # safe from any loop and without awaiting; drive the coroutine to completion here.
    coro = conn.close()
    try:
        coro.send(None)
    except StopIteration:
        pass
    else:  # pragma: no cover - psycopg changed close() to really await something
        coro.close()
        conn.pgconn.finish()


def _close_on_dispose(reader: PgReader) -> Callable[[Engine], None]:
    def closed(engine: Engine) -> None:
        reader.close()

    return closed
