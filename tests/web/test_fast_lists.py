"""The lean list path: FastListRoutes answers exactly what FastAPI would, and hands everything
else to it; on PostgreSQL the event-loop reader returns what SQLAlchemy returns."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from receptionist.web.app import create_app
from receptionist.web.call_queries import CallQueries, utc_iso
from receptionist.web.escalation_queries import QUEUE_VIEWS, EscalationQueries
from receptionist.web.fast_lists import CALLS_PARAMS, QUEUE_PARAMS, FastListRoutes
from receptionist.web.pg_reader import PgReader, UtcIsoLoader
from receptionist.web.ratelimit import LoginRateLimiter

ANSWERED = [
    "/api/v1/calls", "/api/v1/calls?limit=1", "/api/v1/calls?limit=200", "/api/v1/calls?callback_pending=true",
    "/api/v1/calls?callback_pending=false&escalated=false", "/api/v1/calls?escalated=true&limit=2",
    "/api/v1/calls?limit=5&limit=1", *(f"/api/v1/escalations?view={v}" for v in QUEUE_VIEWS),
    "/api/v1/escalations", "/api/v1/escalations?view=all&limit=1",
]
LEFT_TO_THE_APP = [
    "/api/v1/calls?limit=0", "/api/v1/calls?limit=201", "/api/v1/calls?limit=abc", "/api/v1/calls?limit=",
    "/api/v1/calls?limit=050", "/api/v1/calls?limit=+5", "/api/v1/calls?callback_pending=1",
    "/api/v1/calls?callback_pending=yes", "/api/v1/calls?escalated=", "/api/v1/calls?cursor=",
    "/api/v1/calls?cursor=garbage!!", "/api/v1/calls?cursor=" + "A" * 201, "/api/v1/calls?unknown=1",
    "/api/v1/escalations?view=bogus", "/api/v1/escalations?view=", "/api/v1/escalations?limit=1000",
    "/api/v1/escalations?cursor=%00", "/api/v1/calls/", "/api/v1/escalations?callback_pending=true",
]


def _slow_app(world: Any) -> Any:
    """The same app without the fast path: every request through FastAPI's routes."""
    app = create_app(world.settings, world.store, limiter=LoginRateLimiter(per_account=5, per_client=1000))
    app.user_middleware = [m for m in app.user_middleware if m.cls is not FastListRoutes]
    return app


def _fast_layer(app: Any) -> FastListRoutes:
    layer = app.middleware_stack
    while not isinstance(layer, FastListRoutes):
        layer = layer.app
    return layer


async def _spy(app: Any, client: httpx.AsyncClient) -> list[str]:
    """Paths of the requests the fast layer passed on to FastAPI."""
    await client.get("/healthz")  # builds the middleware stack
    layer = _fast_layer(app)
    inner, passed = layer.app, []

    async def spy(scope: Any, receive: Any, send: Any) -> None:
        passed.append(scope["path"])
        await inner(scope, receive, send)

    layer.app = spy
    return passed


@pytest.mark.parametrize("role", ["staff", "safeguarding_lead", "auditor", "platform_admin", "client_admin"])
async def test_same_answers_as_fastapi(app: Any, client: httpx.AsyncClient, world: Any, role: str) -> None:
    token = world.token(role, None if role == "platform_admin" else "school")
    h = {"authorization": f"Bearer {token}"}
    slow = httpx.AsyncClient(transport=httpx.ASGITransport(app=_slow_app(world)), base_url="http://testserver")
    async with slow:
        cursor = (await slow.get("/api/v1/calls?limit=1", headers=h)).json().get("next_cursor")
        paged = [f"/api/v1/calls?limit=1&cursor={cursor}"] if cursor else []
        for url in ANSWERED + LEFT_TO_THE_APP + paged:
            for headers in (h, {}, {"authorization": "Bearer rcp_unknown"}, {"authorization": f"Basic {token}"}):
                mine, theirs = await client.get(url, headers=headers), await slow.get(url, headers=headers)
                assert mine.status_code == theirs.status_code, url
                assert mine.content == theirs.content, url
                assert sorted(mine.headers.items()) == sorted(theirs.headers.items()), url


async def test_answers_cached_tokens_and_passes_on_the_rest(app: Any, client: httpx.AsyncClient,
                                                            world: Any) -> None:
    passed = await _spy(app, client)
    lead = {"authorization": f"Bearer {world.token('safeguarding_lead')}"}
    first = await client.get("/api/v1/calls", headers=lead)  # not cached yet: FastAPI resolves it
    assert first.status_code == 200 and passed == ["/api/v1/calls"]
    passed.clear()
    for url in ANSWERED:
        r = await client.get(url, headers=lead)
        assert r.status_code == 200 and r.headers["cache-control"] == "no-store", url
    assert passed == []
    for url in LEFT_TO_THE_APP:
        await client.get(url, headers=lead)
    assert len(passed) == len([u for u in LEFT_TO_THE_APP if "%00" not in u])  # NUL: refused further out
    passed.clear()
    # Refusals are FastAPI's: a cached token without the permission, no token, a revoked one.
    staff = {"authorization": f"Bearer {world.token('staff')}"}
    assert (await client.get("/api/v1/calls", headers=staff)).status_code == 200
    refused = await client.get("/api/v1/escalations", headers=staff)
    assert refused.status_code == 403 and refused.json() == {"detail": "requires permission escalations:read"}
    none = await client.get("/api/v1/calls")
    assert none.status_code == 401 and none.headers["www-authenticate"] == "Bearer"
    assert (await client.post("/api/v1/calls", headers=lead)).status_code == 405
    assert passed == ["/api/v1/calls", "/api/v1/escalations", "/api/v1/calls", "/api/v1/calls"]


async def test_tenant_scope_on_the_fast_path(client: httpx.AsyncClient, world: Any) -> None:
    for tenant in ("school", "college"):
        h = {"authorization": f"Bearer {world.token('safeguarding_lead', tenant)}"}
        for _ in range(2):  # the second is served from the token cache by the fast path
            calls = (await client.get("/api/v1/calls?limit=200", headers=h)).json()["items"]
            cases = (await client.get("/api/v1/escalations?view=all", headers=h)).json()["items"]
            assert {c["id"] for c in calls} == set(world.tenants[tenant].calls)
            assert {c["id"] for c in cases} == set(world.tenants[tenant].escalations)
            assert {c["tenant_id"] for c in calls + cases} == {world.tenants[tenant].id}


def test_fast_path_knows_every_query_parameter(app: Any) -> None:
    # A parameter added to a route but not to the fast path would be ignored by it: fail here.
    paths = app.openapi()["paths"]
    declared = {path: {p["name"] for p in paths[path]["get"]["parameters"] if p["in"] == "query"}
                for path in ("/api/v1/calls", "/api/v1/escalations")}
    assert declared == {"/api/v1/calls": set(CALLS_PARAMS), "/api/v1/escalations": set(QUEUE_PARAMS)}


@pytest.mark.parametrize("micro", [0, 1, 10, 123400, 999999, 500000])
def test_utc_iso_loader_matches_isoformat(micro: int) -> None:
    loader = UtcIsoLoader(1184)
    value = datetime(2026, 1, 5, 9, 0, 7, micro, tzinfo=UTC)
    pg_text = value.strftime("%Y-%m-%d %H:%M:%S") + (f".{micro:06d}".rstrip("0") if micro else "") + "+00"
    assert loader.load(pg_text.encode()) == utc_iso(value)
    other = value.astimezone(timezone(timedelta(hours=5, minutes=30)))  # a session in another zone
    assert loader.load(other.isoformat(sep=" ").encode()) == utc_iso(value)
    assert loader.load(memoryview(pg_text.encode())) == utc_iso(value)


# PostgreSQL only: the reader itself.
def _reader(world: Any) -> PgReader:
    reader = PgReader.for_engine(world.store.engine)
    if reader is None:
        pytest.skip("the event-loop reader is PostgreSQL only")
    return reader


async def test_reader_returns_what_sqlalchemy_returns(world: Any) -> None:
    reader = _reader(world)
    now = datetime.now(UTC)
    with world.store.engine.connect() as conn:
        for tenant in (None, world.tenants["school"].id):
            first = CallQueries.list_calls(conn, tenant_id=tenant, limit=1)
            assert first.next_cursor
            for kw in ({}, {"cursor": first.next_cursor}, {"callback_pending": True}, {"callback_pending": False},
                       {"escalated": True}, {"escalated": False}, {"limit": 200}):
                query = CallQueries.list_query(tenant_id=tenant, **kw)  # type: ignore[arg-type]
                assert await reader.run(query) == query.run(conn), kw
            for view in QUEUE_VIEWS:
                for limit in (1, 50):
                    query = EscalationQueries.queue_query(tenant_id=tenant, view=view, limit=limit,  # type: ignore[arg-type]
                                                          now=now)
                    assert await reader.run(query) == query.run(conn), view


async def test_reader_survives_a_dropped_connection_and_bounds_its_pool(world: Any) -> None:
    reader = _reader(world)
    query = CallQueries.list_query(tenant_id=None, limit=5)
    expected = await reader.run(query)
    pids = [c.info.backend_pid for c in reader._idle]
    assert pids
    with world.store.engine.connect() as conn:  # the server drops the reader's idle connections
        for pid in pids:
            conn.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
    assert await reader.run(query) == expected
    pages = await asyncio.gather(*(reader.run(query) for _ in range(40)))
    assert all(p == expected for p in pages)
    assert 1 <= reader.open_connections <= 8


async def test_reader_wraps_driver_errors_like_sqlalchemy(world: Any) -> None:
    from sqlalchemy import select, text
    from sqlalchemy.exc import DataError, ProgrammingError

    reader = _reader(world)
    with pytest.raises(DataError):
        await reader.fetch(select(text("'x'::int AS x")), {})
    with pytest.raises(ProgrammingError):
        await reader.fetch(select(text("missing_column")), {})
    assert (await reader.fetch(select(text("1 AS x")), {})) == [(1,)]  # the connection is still good


def test_reader_is_closed_with_its_engine(world: Any) -> None:
    reader = _reader(world)
    assert asyncio.run(reader.fetch(CallQueries.list_query(tenant_id=None).statement, {"row_limit": 1}))
    assert reader.open_connections == 1
    world.store.engine.dispose()
    assert reader.open_connections == 0
    assert PgReader.for_engine(world.store.engine) is not reader  # a fresh one after close
