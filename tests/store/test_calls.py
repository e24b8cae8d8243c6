"""Calls round-trip through encryption; reads are audited; the raw SQLite file holds no plaintext."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from receptionist.store.calls import CallNotFoundError, CallRepository
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.models import AuditEvent, Call, Tenant
from receptionist.store.service import Store

from .conftest import CALLER_NAME, CALLER_NUMBER, DISCLOSURE, make_call


def test_round_trip_and_audited_read(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    repo = CallRepository(store)
    with store.sessions.begin() as session:
        view = repo.read_call(session, call_id, actor="user:alice", reason="callback")
    assert view.caller_name == CALLER_NAME
    assert view.caller_number == CALLER_NUMBER
    assert view.callback_number == CALLER_NUMBER
    assert [t.speaker for t in view.turns] == ["receptionist", "caller"]
    assert view.turns[1].text == "[child_abuse]"
    assert view.turns[1].findings[0].excerpt == DISCLOSURE
    assert view.summary == "Caller asked for a callback."
    assert view.crm_payload == {"outcome": "message"}
    with store.sessions() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "call.read")).all()
    assert [(e.actor, e.target_id, e.reason) for e in events] == [("user:alice", call_id, "callback")]


def test_read_other_tenant_is_not_found(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    with store.sessions.begin() as session, pytest.raises(CallNotFoundError):
        CallRepository(store).read_call(session, call_id, actor="a", reason="r", tenant_id="someone-else")


@pytest.mark.parametrize(
    "spelling", ["+447700900123", "07700 900123", "+44 (0)7700-900123", "0044 7700 900 123"]
)
def test_find_by_any_spelling_of_number(store: Store, tenant_id: str, spelling: str) -> None:
    call_id = make_call(store, tenant_id)
    make_call(store, tenant_id, number="+447700900999", callback="+447700900999")
    with store.sessions() as session:
        found = CallRepository(store).find_by_number(session, spelling)
    assert [c.id for c in found] == [call_id]


def test_unparseable_caller_id_is_kept_but_not_indexed(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id, number="anonymous", callback="+447700900555")
    with store.sessions.begin() as session:
        row = session.get(Call, call_id)
        assert row is not None and row.caller_number_hash is None
        view = CallRepository(store).read_call(session, call_id, actor="a", reason="r")
    assert view.caller_number == "anonymous"


def test_raw_sqlite_file_has_no_plaintext(sqlite_engine: Engine, tmp_path: Path) -> None:
    store = Store(sqlite_engine, LocalKeyProvider(b"k" * 32))
    with store.sessions.begin() as session:
        tenant = Tenant(slug="t", name="T")
        session.add(tenant)
        session.flush()
        tenant_id = tenant.id
    make_call(store, tenant_id, summary=f"{CALLER_NAME} disclosed abuse")
    sqlite_engine.dispose()  # checkpoint the WAL into the main file
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("test.db*"))
    needles = [CALLER_NAME, CALLER_NUMBER, "7700900123", "07700 900123", DISCLOSURE, "stepdad", "Gareth"]
    for needle in needles:
        assert needle.encode() not in raw, needle
        assert needle.encode("utf-16-le") not in raw, needle
    # and the test is able to fail: the reference (plaintext by design) is there
    with store.sessions() as session:
        ref = session.scalars(select(Call.reference)).one()
    store.engine.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("test.db*"))
    assert ref.encode() in raw
