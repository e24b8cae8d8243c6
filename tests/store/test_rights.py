"""Data-subject rights: access package with withholding, erasure vs holds, rectification, restriction."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from receptionist.store.calls import CallRepository
from receptionist.store.holds import place_hold
from receptionist.store.models import AuditEvent, Call, SubjectRequest
from receptionist.store.rights import RightsService, add_calendar_month
from receptionist.store.service import Store
from receptionist.store.subject_access import WHY_OTHER_CALLER, WHY_SAFEGUARDING, write_package

from .conftest import CALLER_NAME, CALLER_NUMBER, DISCLOSURE, make_call

OTHER_NUMBER = "+447700900456"
OTHER_NAME = "Bartholomew Third-Party"


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (datetime(2026, 1, 15, 9, tzinfo=UTC), datetime(2026, 2, 15, 9, tzinfo=UTC)),
        (datetime(2026, 1, 31, tzinfo=UTC), datetime(2026, 2, 28, tzinfo=UTC)),
        (datetime(2028, 1, 31, tzinfo=UTC), datetime(2028, 2, 29, tzinfo=UTC)),
        (datetime(2026, 12, 31, tzinfo=UTC), datetime(2027, 1, 31, tzinfo=UTC)),
        (datetime(2026, 3, 31, tzinfo=UTC), datetime(2026, 4, 30, tzinfo=UTC)),
    ],
)
def test_due_date_is_one_calendar_month(received: datetime, due: datetime) -> None:
    assert add_calendar_month(received) == due


def test_access_export(store: Store, tenant_id: str, tmp_path: Path) -> None:
    own = make_call(store, tenant_id)
    # someone on another line left the subject's number as the callback number
    other = make_call(store, tenant_id, number=OTHER_NUMBER, name=OTHER_NAME, callback="07700 900123")
    unrelated = make_call(store, tenant_id, number="+447700900789", name="Not Included")
    with store.sessions.begin() as session:
        package = RightsService(store).export(session, number="07700900123", tenant_id=None, actor="dpo")
    refs = {c["matched_by"]: c for c in package.calls}
    assert set(refs) == {"caller_number", "callback_number"} and len(package.calls) == 2
    assert refs["caller_number"]["caller_name"] == CALLER_NAME
    assert refs["caller_number"]["transcript"][1]["text"] == "[child_abuse]"
    assert "caller_name" not in refs["callback_number"] and "transcript" not in refs["callback_number"]
    reasons = [(w.item, w.reason) for w in package.withheld]
    assert any("original words (child_abuse)" in item and why == WHY_SAFEGUARDING for item, why in reasons)
    assert any(why == WHY_OTHER_CALLER for _, why in reasons)
    paths = write_package(package, tmp_path / "sar")
    blob = "".join(p.read_text() for p in paths)
    for absent in (DISCLOSURE, OTHER_NAME, OTHER_NUMBER, "Not Included"):
        assert absent not in blob
    assert CALLER_NAME in blob and CALLER_NUMBER in blob
    assert json.loads(paths[0].read_text())["request_id"] == package.request_id
    with paths[1].open() as fh:
        assert len(list(csv.DictReader(fh))) == 2
    with store.sessions() as session:
        request = session.get(SubjectRequest, package.request_id)
        assert request is not None and request.status == "completed" and request.kind == "access"
        assert request.due_at == add_calendar_month(request.received_at)
        reads = set(session.scalars(select(AuditEvent.target_id).where(AuditEvent.action == "call.read")))
        assert reads == {own, other}
        assert unrelated not in reads
        assert session.scalar(select(AuditEvent.id).where(AuditEvent.action == "rights.access")) is not None


def test_erasure_respects_holds(store: Store, tenant_id: str) -> None:
    free = make_call(store, tenant_id)
    held = make_call(store, tenant_id)
    with store.sessions.begin() as session:
        call = session.get(Call, held)
        assert call is not None
        place_hold(session, call=call, kind="safeguarding", reason="case open", actor="system")
    with store.sessions.begin() as session:
        result = RightsService(store).erase(session, number=CALLER_NUMBER, tenant_id=tenant_id, actor="dpo")
    assert result.erased == {free: ["call_metadata", "summary", "transcript"]}
    assert result.kept == {held: "hold: safeguarding"}
    with store.sessions.begin() as session:
        view = CallRepository(store).read_call(session, free, actor="t", reason="r")
        assert view.caller_name is None and view.summary is None
        assert view.shredded == {"call_metadata", "summary", "transcript"}
        assert CallRepository(store).read_call(session, held, actor="t", reason="r").caller_name == CALLER_NAME
        # after erasure the number no longer finds the erased call
        assert [c.id for c in CallRepository(store).find_by_number(session, CALLER_NUMBER)] == [held]


def test_rectification_and_restriction(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    svc = RightsService(store)
    with store.sessions.begin() as session:
        changed = svc.rectify(
            session, number=CALLER_NUMBER, tenant_id=None, actor="dpo", name="Pippa Ashworth", new_number=OTHER_NUMBER
        )
    assert changed == 1
    with store.sessions.begin() as session:
        view = CallRepository(store).read_call(session, call_id, actor="t", reason="r")
        assert (view.caller_name, view.callback_number) == ("Pippa Ashworth", OTHER_NUMBER)
        assert [c.id for c in CallRepository(store).find_by_number(session, OTHER_NUMBER)] == [call_id]
        assert svc.restrict(session, number=OTHER_NUMBER, tenant_id=None, actor="dpo") == 1
    with store.sessions() as session:
        call = session.get(Call, call_id)
        assert call is not None and call.restricted
        kinds = sorted(session.scalars(select(SubjectRequest.kind)))
    assert kinds == ["rectification", "restriction"]


def test_bad_number_is_a_clear_error(store: Store, tenant_id: str) -> None:
    with store.sessions.begin() as session, pytest.raises(ValueError, match="not a valid phone number") as err:
        RightsService(store).export(session, number="call me maybe 98765", tenant_id=None, actor="dpo")
    assert "maybe" not in str(err.value) and "98765" not in str(err.value)
    with store.sessions() as session:
        assert session.scalars(select(SubjectRequest)).all() == []
