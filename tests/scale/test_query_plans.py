"""Hot-path query plans on PostgreSQL with 100,000 calls: no sequential scan of a large table.

The rows are bulk-inserted with plain SQL (``generate_series``) in the steady state a
production database settles into: two years of calls across 20 tenants, four data keys per
call with everything past its retention already shredded except the last day's worth,
two outbox messages per call almost all delivered, 1% of calls under a hold. Then VACUUM
ANALYZE, as autovacuum would have done.

The statements are not re-typed here: each hot path runs through the product's own code
(call list, dispatcher claim, retention sweep, subject-access search) while a cursor hook
records the SQL it sends, and each recorded statement is EXPLAINed with its own parameters.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text

from receptionist.store.db import make_engine, upgrade

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

POSTGRES_URL = os.environ.get("RECEPTIONIST_TEST_POSTGRES_URL")
CALLS = 100_000
TENANTS = 20
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
# Tables that hold one or more rows per call: a sequential scan of any of them is a failure.
LARGE_TABLES = frozenset({"calls", "data_keys", "outbox", "turns", "findings", "audit_events", "escalations"})

SEED = """
INSERT INTO tenants (id, slug, name, sector, key_version, active_config_version, created_at)
SELECT md5('t' || t), 'tenant-' || t, 'Tenant ' || t, 'school', 1, 0, :now
FROM generate_series(0, :tenants - 1) AS t;

INSERT INTO calls (id, tenant_id, reference, transport, status, started_at, ended_at, config_version,
                   caller_number_hash, callback_number_hash, recording_consent, recording_objection,
                   transfer_requested, escalated, masked_categories, restricted, outcome)
SELECT md5('c' || i), md5('t' || (i % :tenants)), 'R' || i, 'voice', 'completed',
       :now - (i * interval '631 seconds'), :now - (i * interval '631 seconds') + interval '3 minutes', 1,
       encode(sha256(('n' || (i % 40000))::bytea), 'hex'),
       CASE WHEN i % 3 = 0 THEN encode(sha256(('b' || (i % 50000))::bytea), 'hex') END,
       true, false, false, i % 500 = 0, '[]', false,
       CASE WHEN i % 4 = 0 THEN 'message' ELSE 'answered' END
FROM generate_series(1, :calls) AS i;

-- Steady state: keys past their class's retention were shredded by earlier sweeps, except
-- the ones that expired within the last day (what the next hourly sweep will find).
INSERT INTO data_keys (id, tenant_id, call_id, data_class, wrapped_key, key_version, created_at, destroyed_at)
SELECT md5('k' || i || dc.name), md5('t' || (i % :tenants)), md5('c' || i), dc.name,
       CASE WHEN :now - (i * interval '631 seconds') < :now - (dc.days + 1) * interval '1 day'
            THEN NULL ELSE decode(md5('w' || i), 'hex') END,
       1, :now - (i * interval '631 seconds'),
       CASE WHEN :now - (i * interval '631 seconds') < :now - (dc.days + 1) * interval '1 day'
            THEN :now END
FROM generate_series(1, :calls) AS i
CROSS JOIN (VALUES ('recording', 90), ('transcript', 365), ('call_metadata', 365), ('summary', 730)) AS dc(name, days);

INSERT INTO outbox (id, tenant_id, call_id, kind, target, idempotency_key, payload_enc, status, attempts,
                    max_attempts, next_attempt_at, created_at, delivered_at, locked_until)
SELECT md5('o' || i || k.kind), md5('t' || (i % :tenants)), md5('c' || i), k.kind, 'default', 'idem-' || i || k.kind,
       decode('00', 'hex'),
       CASE WHEN i <= 40 THEN 'pending' WHEN i <= 60 THEN 'in_flight' WHEN i <= 90 THEN 'dead' ELSE 'delivered' END,
       1, 10,
       CASE WHEN i <= 20 THEN :now - interval '1 minute' ELSE :now + interval '5 minutes' END,
       :now - (i * interval '631 seconds'),
       CASE WHEN i > 90 THEN :now - (i * interval '631 seconds') + interval '2 seconds' END,
       CASE WHEN i BETWEEN 41 AND 60 THEN :now + interval '2 minutes' END
FROM generate_series(1, :calls) AS i
CROSS JOIN (VALUES ('crm'), ('escalation_sms')) AS k(kind);

-- One call in 29 (prime to the tenant count, so every tenant has cases) raised a safeguarding
-- case; most cases are closed, as in a settled queue.
INSERT INTO escalations (id, tenant_id, call_id, case_code, subtype, status, raised_at, ack_due_at)
SELECT md5('e' || i), md5('t' || (i % :tenants)), md5('c' || i), 'E' || i, 'physical_abuse',
       CASE WHEN (i / 29) % 9 = 0 THEN 'new' WHEN (i / 29) % 6 = 0 THEN 'acknowledged' ELSE 'closed' END,
       :now - (i * interval '631 seconds'), :now - (i * interval '631 seconds') + interval '5 minutes'
FROM generate_series(29, :calls, 29) AS i;

INSERT INTO holds (id, tenant_id, call_id, kind, placed_at, placed_by, released_at)
SELECT md5('h' || i), md5('t' || (i % :tenants)), md5('c' || i), 'safeguarding', :now, 'system',
       CASE WHEN i % 200 = 0 THEN :now END
FROM generate_series(100, :calls, 100) AS i;
"""

# Indexes that back no constraint on the bulk-loaded tables, as the migrations created them.
SECONDARY_INDEXES = """
SELECT i.indexname, i.indexdef FROM pg_indexes i
WHERE i.schemaname = current_schema() AND i.tablename IN ('calls', 'data_keys', 'outbox', 'escalations')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
"""


@pytest.fixture(scope="module")
def big_engine() -> Iterator[Engine]:
    """A fresh schema, migrated, seeded with 100,000 calls and analysed."""
    if not POSTGRES_URL:
        pytest.skip("needs RECEPTIONIST_TEST_POSTGRES_URL")
    schema = f"scale_{uuid.uuid4().hex[:10]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        upgrade(engine)
        params = {"now": NOW, "tenants": TENANTS, "calls": CALLS}
        with engine.begin() as conn:
            # Bulk-load speed: the seed is consistent by construction, so foreign-key triggers
            # are skipped, and the migrations' secondary indexes are dropped and rebuilt from
            # their own definitions afterwards (one sort instead of 700,000 insertions).
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            indexes = conn.execute(text(SECONDARY_INDEXES)).all()
            for name, _ in indexes:
                conn.execute(text(f'DROP INDEX "{name}"'))
            for statement in SEED.split(";\n"):
                if statement.strip():
                    conn.execute(text(statement), params)
            for _, definition in indexes:
                conn.execute(text(definition))
        with engine.connect() as conn:
            # What autovacuum does for a live database: statistics, and the visibility map
            # that lets PostgreSQL answer from an index alone.
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


class Recorder:
    """Collects the SELECT/UPDATE statements an engine sends, with their parameters."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.statements: list[tuple[str, Any]] = []

    def __enter__(self) -> Recorder:
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)

    def _record(self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "UPDATE")):
            # An executemany is planned once per parameter set; its first set stands for all.
            self.statements.append((statement, parameters[0] if many else parameters))


def _plan_nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _plan_nodes(child)


def _explain(engine: Engine, statement: str, parameters: Any) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).scalar_one()
    return list(_plan_nodes(rows[0]["Plan"]))


def _assert_no_large_seq_scan(engine: Engine, statements: list[tuple[str, Any]], touching: str) -> None:
    relevant = [(s, p) for s, p in statements if touching in s]
    assert relevant, f"no statement on {touching} was recorded"
    for statement, parameters in relevant:
        nodes = _explain(engine, statement, parameters)
        seq = [n.get("Relation Name") for n in nodes if n["Node Type"] == "Seq Scan"]
        assert not (set(seq) & LARGE_TABLES), f"sequential scan of {seq} in:\n{statement}"
        assert any(n["Node Type"] in ("Index Scan", "Index Only Scan", "Bitmap Index Scan") for n in nodes)


def _store(engine: Engine, tmp_path: Path) -> Any:
    from receptionist.store.keys_local import LocalKeyProvider
    from receptionist.store.service import Store

    return Store(engine, LocalKeyProvider.from_file(tmp_path / "master.key", create=True))


def _assert_keyset(engine: Engine, statements: list[tuple[str, Any]], touching: str) -> None:
    """Every page, first or later, walks an index in the list's order: no full sort of the matches.

    (An incremental sort on ``id`` among rows of equal time is fine: the planner may walk the
    time-only index when a tenant's rows are spread evenly through it.)
    """
    relevant = [(s, p) for s, p in statements if touching in s]
    assert relevant, f"no statement on {touching} was recorded"
    for statement, parameters in relevant:
        nodes = _explain(engine, statement, parameters)
        assert not [n for n in nodes if n["Node Type"] == "Sort"], f"full sort in:\n{statement}"


def test_call_list_by_tenant_and_date(big_engine: Engine) -> None:
    from sqlalchemy.orm import Session

    from receptionist.web.call_queries import CallQueries

    with Session(big_engine) as session, Recorder(big_engine) as rec:
        tenant_id = session.scalar(text("SELECT id FROM tenants WHERE slug = 'tenant-3'"))
        first = CallQueries.list_calls(session, tenant_id=tenant_id, limit=50)
        assert len(first.items) == 50 and first.next_cursor
        CallQueries.list_calls(session, tenant_id=tenant_id, limit=50, cursor=first.next_cursor)
        CallQueries.list_calls(session, tenant_id=tenant_id, limit=50, callback_pending=True)
    _assert_no_large_seq_scan(big_engine, rec.statements, "FROM calls")
    _assert_keyset(big_engine, rec.statements[:2], "FROM calls")


def test_call_list_deep_page_is_a_keyset_page(big_engine: Engine) -> None:
    """Page 80 of a tenant's list costs what page 1 does: the cursor is an index condition, so
    the scan starts at the cursor instead of walking (and filtering out) the 79 pages before it."""
    from receptionist.web.call_queries import CallQueries

    with big_engine.connect() as conn, Recorder(big_engine) as rec:
        tenant_id = conn.scalar(text("SELECT id FROM tenants WHERE slug = 'tenant-3'"))
        page = CallQueries.list_calls(conn, tenant_id=tenant_id, limit=50)
        for _ in range(79):
            assert page.next_cursor
            page = CallQueries.list_calls(conn, tenant_id=tenant_id, limit=50, cursor=page.next_cursor)
    statement, parameters = rec.statements[-1]
    with big_engine.connect() as conn:
        plan = conn.exec_driver_sql("EXPLAIN (ANALYZE, FORMAT JSON) " + statement, parameters).scalar_one()
    scan = next(n for n in _plan_nodes(plan[0]["Plan"]) if n["Node Type"] in ("Index Scan", "Index Only Scan"))
    assert "started_at" in scan["Index Cond"]  # the cursor (a row comparison) bounds the scan
    # At most one tenant's share of the rows around the page, never the 4,000 rows before it.
    assert scan["Actual Rows"] + scan.get("Rows Removed by Filter", 0) <= 51 * TENANTS + 2 * TENANTS


def test_escalation_queue_views(big_engine: Engine) -> None:
    from receptionist.web.escalation_queries import QUEUE_VIEWS, EscalationQueries

    with big_engine.connect() as conn, Recorder(big_engine) as rec:
        tenant_id = conn.scalar(text("SELECT id FROM tenants WHERE slug = 'tenant-3'"))
        for view in QUEUE_VIEWS:
            EscalationQueries.queue(conn, tenant_id=tenant_id, view=view, now=NOW)  # type: ignore[arg-type]
        first = EscalationQueries.queue(conn, tenant_id=tenant_id, view="all", limit=10, now=NOW)
        assert first.next_cursor
        EscalationQueries.queue(conn, tenant_id=tenant_id, view="open", limit=10, cursor=first.next_cursor, now=NOW)
    # Few cases are open, so the planner may sort the handful it finds; it must never scan them all.
    _assert_no_large_seq_scan(big_engine, rec.statements, "FROM escalations")


def test_outbox_due_messages(big_engine: Engine, tmp_path: Path) -> None:
    from receptionist.outbox.dispatcher import Dispatcher

    dispatcher = Dispatcher(_store(big_engine, tmp_path), routes={}, clock=_FixedClock(NOW))
    with Recorder(big_engine) as rec:
        report = asyncio.run(dispatcher.run_once())
    assert report.claimed == 20 * 2  # the due pending rows, both kinds
    _assert_no_large_seq_scan(big_engine, rec.statements, "outbox")


def test_retention_candidates(big_engine: Engine) -> None:
    from sqlalchemy.orm import sessionmaker

    from receptionist.store.retention import RetentionSweeper

    sweeper = RetentionSweeper(sessionmaker(big_engine), now=lambda: NOW)
    with Recorder(big_engine) as rec:
        report = sweeper.run(dry_run=True)
    # One day of calls per class expired since the last sweep (137 calls/day at this rate).
    assert 0 < len(report.items) < 4 * 200
    _assert_no_large_seq_scan(big_engine, rec.statements, "data_keys")


def test_subject_access_search_by_number_hash(big_engine: Engine, tmp_path: Path) -> None:
    from sqlalchemy.orm import Session

    from receptionist.store.calls import CallRepository

    repo = CallRepository(_store(big_engine, tmp_path))
    with Session(big_engine) as session, Recorder(big_engine) as rec:
        repo.find_by_number(session, "+447700900123")
        tenant_id = session.scalar(text("SELECT id FROM tenants WHERE slug = 'tenant-3'"))
        repo.find_by_number(session, "+447700900123", tenant_id=tenant_id)
    _assert_no_large_seq_scan(big_engine, rec.statements, "FROM calls")


class _FixedClock:
    """The dispatcher's clock port, frozen at the seed's ``NOW``."""

    def __init__(self, now: datetime) -> None:
        self._now = now

    def now(self) -> datetime:
        return self._now

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(0)


def test_seed_is_the_advertised_size(big_engine: Engine) -> None:
    with big_engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM calls")) == CALLS
        assert conn.scalar(text("SELECT count(*) FROM outbox")) == 2 * CALLS
        assert conn.scalar(text("SELECT count(*) FROM data_keys")) == 4 * CALLS
        assert conn.scalar(text("SELECT count(*) FROM escalations")) == CALLS // 29
        live = conn.scalar(text("SELECT count(*) FROM data_keys WHERE wrapped_key IS NOT NULL"))
        assert 0 < live < 4 * CALLS


def test_metrics_scrape_queries(big_engine: Engine) -> None:
    from prometheus_client import CollectorRegistry

    from receptionist.observability.database_gauges import DatabaseGauges

    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseGauges(big_engine, clock=lambda: NOW))
    with Recorder(big_engine) as rec:
        assert registry.get_sample_value("receptionist_database_up", {}) == 1.0
    _assert_no_large_seq_scan(big_engine, rec.statements, "FROM outbox")
