"""Staff call work: list, redacted view, callback done, reveal with a reason (audited)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import select

from receptionist.store.models import AuditEvent

CARD = "4111 1111 1111 1111"


def _auth(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


async def test_call_list_is_labels_only(client: httpx.AsyncClient, world: Any) -> None:
    r = await client.get("/api/v1/calls", headers=_auth(world.token("staff")))
    assert r.status_code == 200
    items = r.json()["items"]
    assert {i["id"] for i in items} == set(world.tenants["school"].calls)
    assert "Alex" not in r.text and "+4477" not in r.text


async def test_call_list_pages_with_cursor(client: httpx.AsyncClient, world: Any) -> None:
    h = _auth(world.token("staff"))
    first = (await client.get("/api/v1/calls?limit=1", headers=h)).json()
    assert len(first["items"]) == 1 and first["next_cursor"]
    second = (await client.get(f"/api/v1/calls?limit=1&cursor={first['next_cursor']}", headers=h)).json()
    assert second["items"][0]["id"] != first["items"][0]["id"]
    assert second["next_cursor"] is None
    bad = await client.get("/api/v1/calls?cursor=garbage!!", headers=h)
    assert bad.status_code == 400


async def test_call_list_pages_through_equal_start_times(client: httpx.AsyncClient, world: Any) -> None:
    # Keyset paging on (started_at, id): calls that started in the same instant are neither
    # skipped nor repeated across pages.
    from datetime import UTC, datetime

    from sqlalchemy import update

    from receptionist.store.models import Call

    with world.store.engine.begin() as conn:
        conn.execute(update(Call).values(started_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC)))
    h = _auth(world.token("staff"))
    seen: list[str] = []
    url = "/api/v1/calls?limit=1"
    for _ in range(10):
        page = (await client.get(url, headers=h)).json()
        seen += [i["id"] for i in page["items"]]
        if page["next_cursor"] is None:
            break
        url = f"/api/v1/calls?limit=1&cursor={page['next_cursor']}"
    assert seen == sorted(world.tenants["school"].calls, reverse=True)


@pytest.mark.parametrize("path", ["/api/v1/calls", "/api/v1/escalations"])
async def test_list_endpoints_are_one_statement_outside_a_transaction(
    client: httpx.AsyncClient, world: Any, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The hot read path: with the token cached, one SELECT in autocommit and nothing else
    # (no session, no BEGIN/COMMIT, no token or user lookups, no audit row: labels only).
    # On PostgreSQL that SELECT runs on the event-loop reader, so the engine sees nothing.
    from sqlalchemy import event

    from receptionist.web.pg_reader import PgReader

    h = _auth(world.token("safeguarding_lead"))
    assert (await client.get(path, headers=h)).status_code == 200  # resolves and caches the token
    statements: list[str] = []
    commits: list[object] = []
    on_reader: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    def committed(conn: Any) -> None:
        commits.append(conn)

    real_fetch = PgReader.fetch

    async def fetch(self: PgReader, statement: Any, params: Any) -> Any:
        on_reader.append(str(statement))
        return await real_fetch(self, statement, params)

    monkeypatch.setattr(PgReader, "fetch", fetch)
    engine = world.store.engine
    event.listen(engine, "before_cursor_execute", record)
    event.listen(engine, "commit", committed)
    try:
        assert (await client.get(path, headers=h)).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", record)
        event.remove(engine, "commit", committed)
    if engine.dialect.name == "postgresql":
        assert statements == [] and len(on_reader) == 1 and on_reader[0].lstrip().startswith("SELECT")
    else:
        assert len(statements) == 1 and statements[0].lstrip().startswith("SELECT") and on_reader == []
    assert not commits


@pytest.mark.parametrize(("flag", "expected"), [("true", 1), ("false", 1)])
async def test_callback_pending_filter(client: httpx.AsyncClient, world: Any, flag: str, expected: int) -> None:
    r = await client.get(f"/api/v1/calls?callback_pending={flag}", headers=_auth(world.token("staff")))
    assert len(r.json()["items"]) == expected


async def test_staff_sees_redacted_transcript_and_message(client: httpx.AsyncClient, world: Any) -> None:
    call_id = world.tenants["school"].message_call
    r = await client.get(f"/api/v1/calls/{call_id}", headers=_auth(world.token("staff")))
    body = r.json()
    assert r.status_code == 200
    caller = next(t["text"] for t in body["turns"] if t["speaker"] == "caller")
    assert "[payment_card]" in caller and CARD not in r.text
    assert body["message"]["callback_number"] == "+447700900456"


async def test_staff_cannot_reveal(client: httpx.AsyncClient, world: Any) -> None:
    call_id = world.tenants["school"].message_call
    r = await client.post(f"/api/v1/calls/{call_id}/reveal", json={"reason": "checking"},
                          headers=_auth(world.token("staff")))
    assert r.status_code == 403


@pytest.mark.parametrize(("reason", "status"), [("", 422), ("ok", 422), ("caller asked for a copy", 200)])
async def test_reveal_needs_a_reason_and_is_audited(
    client: httpx.AsyncClient, world: Any, reason: str, status: int
) -> None:
    call_id = world.tenants["school"].message_call
    r = await client.post(f"/api/v1/calls/{call_id}/reveal", json={"reason": reason},
                          headers=_auth(world.token("safeguarding_lead")))
    assert r.status_code == status
    with world.store.sessions() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "call.reveal")).all()
    if status == 200:
        assert CARD in r.text
        assert [e.reason for e in events] == [reason]
        assert events[0].target_id == call_id
    else:
        assert events == []


async def test_callback_done_is_idempotent_and_audited(client: httpx.AsyncClient, world: Any) -> None:
    call_id = world.tenants["school"].message_call
    h = _auth(world.token("staff"))
    first = (await client.post(f"/api/v1/calls/{call_id}/callback-done", headers=h)).json()
    second = (await client.post(f"/api/v1/calls/{call_id}/callback-done", headers=h)).json()
    assert (first["changed"], second["changed"]) == (True, False)
    pending = (await client.get("/api/v1/calls?callback_pending=true", headers=h)).json()["items"]
    assert pending == []


async def test_pages_reveal_flow(client: httpx.AsyncClient, world: Any, sign_in: Any, csrf: Any) -> None:
    await sign_in(client, world.user("client_admin"))
    call_id = world.tenants["school"].message_call
    listing = await client.get("/calls")
    assert call_id in listing.text
    page = await client.get(f"/calls/{call_id}")
    assert page.status_code == 200 and "[payment_card]" in page.text and CARD not in page.text
    refused = await client.post(f"/calls/{call_id}/reveal", data={"csrf_token": csrf(page.text), "reason": ""})
    assert refused.status_code == 400 and CARD not in refused.text
    shown = await client.post(f"/calls/{call_id}/reveal",
                              data={"csrf_token": csrf(page.text), "reason": "complaint investigation"})
    assert shown.status_code == 200 and CARD in shown.text
