"""Gauges read from the database at scrape time: outbox depth and age, dead letters, overdue
cases, and retention deletions over the last day.

These describe shared state, not one process, so they are computed from PostgreSQL when
Prometheus scrapes an API replica rather than kept in memory by a dispatcher (which may be
the very thing that is down when the outbox backs up) or by the retention sweeper (a
CronJob that exits before anyone could scrape it). Each query uses an index
(``ix_outbox_due``, ``ix_deletion_records_tenant_at``) and returns a handful of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import Engine, func, select

from receptionist.observability.labels import NAMESPACE, safe_label
from receptionist.store.models import DeletionRecord, Escalation, OutboxMessage, Tenant

# Statuses that are still waiting to leave the building.
_WAITING = ("pending", "in_flight")
# Window of the retention gauge: the sweeper runs hourly, so a day shows several runs.
_DELETION_WINDOW = timedelta(days=1)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone-aware columns; they are UTC by convention.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class DatabaseGauges(Collector):
    """Prometheus collector that reads queue depths from the database on each scrape.

    A failed query yields no samples instead of failing the scrape, so a database outage
    shows as missing series (and ``receptionist_database_up 0``) rather than a 500.
    """

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._engine = engine
        self._clock = clock

    def describe(self) -> list[GaugeMetricFamily]:
        """Nothing up front: registering must not query the database."""
        return []

    def collect(self) -> Iterator[GaugeMetricFamily]:
        """Run the queries and yield one family per gauge."""
        up = GaugeMetricFamily(f"{NAMESPACE}_database_up", "1 when the scrape could read the database")
        try:
            families = list(self._read())
        except Exception:  # a scrape must never fail because the database did
            up.add_metric([], 0.0)
            yield up
            return
        up.add_metric([], 1.0)
        yield up
        yield from families

    def _read(self) -> Iterator[GaugeMetricFamily]:
        now = self._clock()
        depth = GaugeMetricFamily(f"{NAMESPACE}_outbox_depth", "Outbox messages not yet delivered", labels=["channel"])
        age = GaugeMetricFamily(
            f"{NAMESPACE}_outbox_oldest_age_seconds", "Age of the oldest undelivered outbox message", labels=["channel"]
        )
        dead = GaugeMetricFamily(
            f"{NAMESPACE}_outbox_dead", "Outbox messages in the dead-letter state now", labels=["channel"]
        )
        deletions = GaugeMetricFamily(
            f"{NAMESPACE}_retention_deletions_last_day",
            "Items crypto-shredded in the last 24 hours (retention, erasure, early deletion)",
            labels=["tenant", "data_class"],
        )
        overdue = GaugeMetricFamily(
            f"{NAMESPACE}_escalations_unacknowledged",
            "Escalations not yet acknowledged, and how many are past their window",
            labels=["tenant", "outcome"],
        )
        with self._engine.connect() as conn:
            waiting = conn.execute(
                select(OutboxMessage.kind, func.count(), func.min(OutboxMessage.created_at))
                .where(OutboxMessage.status.in_(_WAITING))
                .group_by(OutboxMessage.kind)
            ).all()
            for kind, count, oldest in waiting:
                depth.add_metric([safe_label(kind)], float(count))
                age.add_metric([safe_label(kind)], max(0.0, (now - _aware(oldest)).total_seconds()))
            for kind, count in conn.execute(
                select(OutboxMessage.kind, func.count()).where(OutboxMessage.status == "dead").group_by(OutboxMessage.kind)
            ).all():
                dead.add_metric([safe_label(kind)], float(count))
            for slug, data_class, count in conn.execute(
                select(Tenant.slug, DeletionRecord.data_class, func.count())
                .join(Tenant, Tenant.id == DeletionRecord.tenant_id)
                .where(DeletionRecord.deleted_at >= now - _DELETION_WINDOW)
                .group_by(Tenant.slug, DeletionRecord.data_class)
            ).all():
                deletions.add_metric([safe_label(slug), safe_label(data_class)], float(count))
            rows = conn.execute(
                select(Tenant.slug, Escalation.ack_due_at)
                .join(Tenant, Tenant.id == Escalation.tenant_id)
                .where(Escalation.status == "new")
            ).all()
        counts: dict[tuple[str, str], int] = {}
        for slug, due in rows:
            state = "overdue" if due is not None and _aware(due) < now else "within_window"
            key = (safe_label(slug), state)
            counts[key] = counts.get(key, 0) + 1
        for (slug, state), count in sorted(counts.items()):
            overdue.add_metric([slug, state], float(count))
        yield from (depth, age, dead, overdue, deletions)
