"""Outbox depth, age and dead letters and unacknowledged escalations, read at scrape time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from prometheus_client import CollectorRegistry
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from receptionist.observability.database_gauges import DatabaseGauges
from receptionist.store.models import Call, DeletionRecord, Escalation, OutboxMessage, Tenant

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _seed(engine: Engine) -> None:
    with Session(engine) as s, s.begin():
        t = Tenant(slug="school", name="Oakfield")
        s.add(t)
        s.flush()
        call = Call(tenant_id=t.id, reference="R1")
        s.add(call)
        s.flush()
        rows = [
            ("escalation_sms", "pending", 600),
            ("escalation_sms", "in_flight", 120),
            ("escalation_sms", "delivered", 3000),
            ("crm", "pending", 30),
            ("crm", "dead", 9000),
            ("crm", "dead", 9000),
        ]
        for i, (kind, status, age) in enumerate(rows):
            s.add(OutboxMessage(tenant_id=t.id, kind=kind, target="x", idempotency_key=f"k{i}", payload_enc=b"",
                                status=status, created_at=NOW - timedelta(seconds=age)))
        for code, due in (("A1", NOW - timedelta(minutes=1)), ("A2", NOW + timedelta(minutes=4)), ("A3", None)):
            s.add(Escalation(tenant_id=t.id, call_id=call.id, case_code=code, subtype="abuse", ack_due_at=due))
        s.add(Escalation(tenant_id=t.id, call_id=call.id, case_code="A4", subtype="abuse", status="acknowledged",
                         ack_due_at=NOW - timedelta(hours=1)))
        for data_class, hours_ago in (("recording", 1), ("recording", 23), ("transcript", 2), ("recording", 25)):
            s.add(DeletionRecord(tenant_id=t.id, call_id=call.id, data_class=data_class, item_id=call.id,
                                 rule=f"retention:{data_class}:90d", deleted_at=NOW - timedelta(hours=hours_ago),
                                 content_hash="0" * 64))


def test_gauges_from_database(engine: Engine) -> None:
    _seed(engine)
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseGauges(engine, clock=lambda: NOW))
    v = registry.get_sample_value
    assert v("receptionist_database_up", {}) == 1.0
    assert v("receptionist_outbox_depth", {"channel": "escalation_sms"}) == 2.0
    assert v("receptionist_outbox_depth", {"channel": "crm"}) == 1.0
    assert v("receptionist_outbox_oldest_age_seconds", {"channel": "escalation_sms"}) == 600.0
    assert v("receptionist_outbox_oldest_age_seconds", {"channel": "crm"}) == 30.0
    assert v("receptionist_outbox_dead", {"channel": "crm"}) == 2.0
    assert v("receptionist_outbox_dead", {"channel": "escalation_sms"}) is None
    assert v("receptionist_escalations_unacknowledged", {"tenant": "school", "outcome": "overdue"}) == 1.0
    assert v("receptionist_escalations_unacknowledged", {"tenant": "school", "outcome": "within_window"}) == 2.0
    assert v("receptionist_retention_deletions_last_day", {"tenant": "school", "data_class": "recording"}) == 2.0
    assert v("receptionist_retention_deletions_last_day", {"tenant": "school", "data_class": "transcript"}) == 1.0


def test_unreachable_database_reports_down_not_error(tmp_path: object) -> None:
    broken = create_engine("sqlite:////nonexistent-dir/for/sure/x.db")
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseGauges(broken))
    assert registry.get_sample_value("receptionist_database_up", {}) == 0.0
    assert registry.get_sample_value("receptionist_outbox_depth", {"channel": "crm"}) is None
