"""The audit chain: appends link up; edit, delete and reorder are caught; the CLI says which event."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from receptionist.cli import main as cli_main
from receptionist.store import audit
from receptionist.store.db import make_engine, make_session_factory, upgrade
from receptionist.store.models import AuditEvent


def _append(engine: Engine, n: int) -> list[int]:
    ids = []
    with make_session_factory(engine).begin() as session:
        for i in range(n):
            ids.append(audit.record(session, actor=f"user:{i}", action="call.read", target_id=str(i), details={"i": i}).id)
    return ids


def _edit(session: Session, ids: list[int]) -> None:
    session.execute(update(AuditEvent).where(AuditEvent.id == ids[2]).values(actor="user:mallory"))


def _edit_details(session: Session, ids: list[int]) -> None:
    session.execute(update(AuditEvent).where(AuditEvent.id == ids[2]).values(details={"i": 99}))


def _delete(session: Session, ids: list[int]) -> None:
    session.execute(delete(AuditEvent).where(AuditEvent.id == ids[2]))


def _reorder(session: Session, ids: list[int]) -> None:
    # swap the contents of events 2 and 3 (ids stay in place), including their hashes
    cols = [c for c in AuditEvent.__table__.columns if c.name != "id"]
    rows = {i: session.execute(select(*cols).where(AuditEvent.id == i)).one()._asdict() for i in (ids[2], ids[3])}
    session.execute(update(AuditEvent).where(AuditEvent.id == ids[2]).values(hash="tmp" + "0" * 61, prev_hash="tmp" + "0" * 61))
    session.execute(update(AuditEvent).where(AuditEvent.id == ids[3]).values(**rows[ids[2]]))
    session.execute(update(AuditEvent).where(AuditEvent.id == ids[2]).values(**rows[ids[3]]))


def test_intact_chain_verifies(engine: Engine) -> None:
    _append(engine, 7)
    with make_session_factory(engine)() as session:
        result = audit.verify(session, batch_size=3)
    assert result.ok and result.checked == 7


@pytest.mark.parametrize(
    ("tamper", "bad_index", "problem"),
    [(_edit, 2, "edited"), (_edit_details, 2, "edited"), (_delete, 3, "deleted or reordered"), (_reorder, 2, "prev_hash")],
)
def test_tampering_is_caught_at_first_bad_event(
    engine: Engine, tamper: Callable[[Session, list[int]], None], bad_index: int, problem: str
) -> None:
    ids = _append(engine, 6)
    with make_session_factory(engine).begin() as session:
        tamper(session, ids)
    with make_session_factory(engine)() as session:
        result = audit.verify(session)
    assert not result.ok and result.first_bad_id == ids[bad_index] and problem in (result.problem or "")
    assert result.checked == 2


def test_concurrent_writers_never_fork_the_chain(engine: Engine) -> None:
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for _ in range(10):
                _append(engine, 2)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with make_session_factory(engine)() as session:
        result = audit.verify(session)
    assert result.ok and result.checked == 60


def test_cli_verify_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    engine = make_engine(url)
    upgrade(engine)
    ids = _append(engine, 4)
    assert cli_main(["audit", "verify", "--db", url]) == 0
    assert "ok: 4 audit events verified" in capsys.readouterr().out
    with make_session_factory(engine).begin() as session:
        _edit(session, [*ids, 0])
    engine.dispose()
    assert cli_main(["audit", "verify", "--db", url]) == 1
    assert f"broken at event {ids[2]}" in capsys.readouterr().out


def test_savepoint_rollback_does_not_leave_a_stale_tail(engine: Engine) -> None:
    with make_session_factory(engine).begin() as session:
        audit.record(session, actor="a", action="one")
        savepoint = session.begin_nested()
        audit.record(session, actor="a", action="discarded")
        savepoint.rollback()
        audit.record(session, actor="a", action="two")
    with make_session_factory(engine)() as session:
        result = audit.verify(session)
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert result.ok and actions == ["one", "two"]


def test_prune_under_retention_keeps_the_chain_verifiable(engine: Engine) -> None:
    old_ids = _append(engine, 3)
    cut = datetime.now(UTC)
    new_ids = _append(engine, 3)
    with make_session_factory(engine).begin() as session:
        assert audit.prune(session, before=cut, actor="system:retention") == 3
    with make_session_factory(engine)() as session:
        result = audit.verify(session)
        remaining = list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))
    assert result.ok and result.checked == 4
    assert remaining[:3] == new_ids and not set(old_ids) & set(remaining)
    # a gap that no pruning event vouches for is still caught
    with make_session_factory(engine).begin() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.id == new_ids[0]))
    with make_session_factory(engine)() as session:
        result = audit.verify(session)
    assert not result.ok and result.first_bad_id == new_ids[1]
