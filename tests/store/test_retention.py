"""Retention sweep: expiry per class, holds, dry-run, idempotency, concurrency, corrupt items."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from receptionist.store.calls import CallRepository
from receptionist.store.holds import active_holds, place_hold, release_hold
from receptionist.store.models import Call, DataKey, DeletionRecord, Tenant, TenantConfigVersion, Turn
from receptionist.store.retention import RetentionSweeper, tenant_retention
from receptionist.store.service import Store

from .conftest import make_call

NOW = datetime(2027, 6, 1, tzinfo=UTC)


def _age(store: Store, call_id: str, days: int) -> None:
    with store.sessions.begin() as session:
        session.execute(update(Call).where(Call.id == call_id).values(started_at=NOW - timedelta(days=days)))


def _sweeper(store: Store, batch_size: int = 500) -> RetentionSweeper:
    return RetentionSweeper(store.sessions, batch_size=batch_size, now=lambda: NOW)


def _live_classes(store: Store, call_id: str) -> set[str]:
    with store.sessions() as session:
        return set(
            session.scalars(select(DataKey.data_class).where(DataKey.call_id == call_id, DataKey.wrapped_key.is_not(None)))
        )


@pytest.mark.parametrize(
    ("age_days", "expected_live"),
    [
        (10, {"transcript", "call_metadata", "summary"}),
        (400, {"summary"}),  # transcript and metadata (365 d) gone, summary (730 d) kept
        (800, set()),
    ],
)
def test_default_periods(store: Store, tenant_id: str, age_days: int, expected_live: set[str]) -> None:
    call_id = make_call(store, tenant_id)
    _age(store, call_id, age_days)
    _sweeper(store).run()
    assert _live_classes(store, call_id) == expected_live


def test_tenant_config_overrides_default(store: Store, tenant_id: str) -> None:
    with store.sessions.begin() as session:
        session.add(TenantConfigVersion(tenant_id=tenant_id, version=1, config={"retention": {"transcript": 30}}))
        tenant = session.get(Tenant, tenant_id)
        assert tenant is not None
        tenant.active_config_version = 1
    with store.sessions() as session:
        tenant = session.get(Tenant, tenant_id)
        assert tenant is not None
        assert tenant_retention(session, tenant)["transcript"] == 30
    call_id = make_call(store, tenant_id)
    _age(store, call_id, 40)
    report = _sweeper(store).run()
    assert [(i.data_class, i.rule) for i in report.items] == [("transcript", "retention:transcript:30d")]


def test_shred_removes_ciphertext_and_records_hash(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    _age(store, call_id, 400)
    _sweeper(store).run()
    with store.sessions.begin() as session:
        # turns and findings exist only to carry transcript content: they are gone
        assert session.scalars(select(Turn).where(Turn.call_id == call_id)).all() == []
        call = session.get(Call, call_id)
        assert call is not None
        assert call.caller_name_enc is None and call.caller_number_hash is None and call.deleted_at is not None
        records = session.scalars(select(DeletionRecord).where(DeletionRecord.call_id == call_id)).all()
        assert sorted(r.data_class for r in records) == ["call_metadata", "transcript"]
        assert all(len(r.content_hash) == 64 for r in records)
        view = CallRepository(store).read_call(session, call_id, actor="a", reason="r")
    assert view.caller_name is None and view.turns == []
    assert view.shredded == {"transcript", "call_metadata"}
    assert view.summary is not None


def test_hold_blocks_until_released(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    _age(store, call_id, 800)
    with store.sessions.begin() as session:
        call = session.get(Call, call_id)
        assert call is not None
        hold = place_hold(session, call=call, kind="legal", reason="litigation", actor="admin")
        hold_id = hold.id
    report = _sweeper(store).run()
    assert report.items == [] and report.held == 3
    assert _live_classes(store, call_id) == {"transcript", "call_metadata", "summary"}
    with store.sessions.begin() as session:
        release_hold(session, hold_id=hold_id, actor="admin")
        assert active_holds(session, call_id) == []
    assert _sweeper(store).run().count("shredded") == 3


def test_dry_run_changes_nothing(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    _age(store, call_id, 800)
    report = _sweeper(store).run(dry_run=True)
    assert report.count("would_shred") == 3 and report.count("shredded") == 0
    assert _live_classes(store, call_id) == {"transcript", "call_metadata", "summary"}


def test_idempotent(store: Store, tenant_id: str) -> None:
    for _ in range(3):
        _age(store, make_call(store, tenant_id), 800)
    first = _sweeper(store, batch_size=2).run()
    second = _sweeper(store).run()
    assert first.count("shredded") == 9 and second.items == []
    with store.sessions() as session:
        assert session.scalar(select(func.count(DeletionRecord.id))) == 9


def test_two_sweeps_at_once_shred_each_item_once(store: Store, tenant_id: str) -> None:
    ids = [make_call(store, tenant_id) for _ in range(12)]
    for call_id in ids:
        _age(store, call_id, 800)
    reports = []

    def sweep() -> None:
        reports.append(_sweeper(store, batch_size=3).run())

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r.count("error") == 0 for r in reports)
    assert sum(r.count("shredded") for r in reports) == 36
    with store.sessions() as session:
        assert session.scalar(select(func.count(DeletionRecord.id))) == 36


def test_corrupt_item_reported_alone_and_sweep_continues(store: Store, tenant_id: str) -> None:
    ids = [make_call(store, tenant_id) for _ in range(3)]
    for call_id in ids:
        _age(store, call_id, 800)
    with store.sessions.begin() as session:
        session.execute(update(Turn).where(Turn.call_id == ids[1], Turn.seq == 2).values(text_enc=b"\x09garbage"))
    report = _sweeper(store).run()
    assert report.count("shredded") == 9
    assert [(i.call_id, i.data_class) for i in report.corrupt] == [(ids[1], "transcript")]
    with store.sessions() as session:
        notes = session.scalars(select(DeletionRecord.note).where(DeletionRecord.note.is_not(None))).all()
    assert notes == ["1 of 3 ciphertexts were malformed before deletion"]


def test_failing_item_is_isolated_from_its_batch(store: Store, tenant_id: str) -> None:
    ids = [make_call(store, tenant_id) for _ in range(4)]
    for call_id in ids:
        _age(store, call_id, 800)
    with store.sessions.begin() as session:
        # a stray record already using one key's id makes that item's insert fail
        key_id = session.scalars(
            select(DataKey.id).where(DataKey.call_id == ids[2], DataKey.data_class == "summary")
        ).one()
        session.add(DeletionRecord(id=key_id, tenant_id=tenant_id, data_class="summary", item_id="x", rule="manual", content_hash="0" * 64))
    report = _sweeper(store).run()
    assert [(i.call_id, i.data_class, i.status, i.detail) for i in report.items if i.status == "error"] == [
        (ids[2], "summary", "error", "IntegrityError")
    ]
    assert report.count("shredded") == 11
    assert _live_classes(store, ids[2]) == {"summary"}
