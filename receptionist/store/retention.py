"""Retention: per-tenant periods per data class, and the sweeper that enforces them.

The sweeper finds live data keys whose call started before the class's cut-off and whose
call has no active hold, and crypto-shreds them in batches (see
:mod:`receptionist.store.shredding`). It is idempotent (a destroyed key is never picked
again) and safe to run from two processes at once: on PostgreSQL each batch claims its
keys with ``FOR UPDATE SKIP LOCKED``; on SQLite each batch transaction opens with a write
so batches queue on the database lock. If a batch fails, its items are retried one by
one so a single bad item is reported alone and the sweep carries on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, sessionmaker

from receptionist.store import audit
from receptionist.store.base import utcnow
from receptionist.store.models import Call, DataKey, Hold, Tenant, TenantConfigVersion
from receptionist.store.shredding import SHREDDABLE_CLASSES, ShredTarget, shred_batch, take_write_lock

# Common UK practice; a tenant's configuration ``retention: {class: days}`` overrides.
DEFAULT_RETENTION_DAYS: dict[str, int] = {
    "recording": 90,
    "transcript": 365,
    "call_metadata": 365,
    "summary": 730,
    "escalation": 2555,
    "audit": 2555,
}


def tenant_retention(session: Session, tenant: Tenant) -> dict[str, int]:
    """The tenant's effective retention in days per class (defaults overlaid by its active config)."""
    days = dict(DEFAULT_RETENTION_DAYS)
    config = session.scalar(
        select(TenantConfigVersion.config).where(
            TenantConfigVersion.tenant_id == tenant.id, TenantConfigVersion.version == tenant.active_config_version
        )
    )
    overrides = config.get("retention") if isinstance(config, dict) else None
    if isinstance(overrides, dict):
        for cls, value in overrides.items():
            if cls in days and isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                days[cls] = value
    return days


@dataclass(frozen=True, slots=True)
class SweepItem:
    """One (call, class) the sweep acted on or would act on. Ids only, never contents."""

    tenant_id: str
    call_id: str
    data_class: str
    rule: str
    status: str  # shredded | would_shred | error
    detail: str | None = None


@dataclass(slots=True)
class SweepReport:
    """What a sweep did; ``held`` counts expired items kept because of a hold."""

    dry_run: bool
    items: list[SweepItem] = field(default_factory=list)
    held: int = 0
    audit_pruned: int = 0

    def count(self, status: str) -> int:
        """How many items ended in ``status``."""
        return sum(1 for i in self.items if i.status == status)

    @property
    def corrupt(self) -> list[SweepItem]:
        """Items whose ciphertext was malformed (still shredded, reported here)."""
        return [i for i in self.items if i.detail and "malformed" in i.detail]


class RetentionSweeper:
    """Shreds every expired, unheld item; ``run(dry_run=True)`` only lists them."""

    def __init__(
        self, sessions: sessionmaker[Session], *, batch_size: int | None = None, now: Callable[[], datetime] = utcnow
    ) -> None:
        self.sessions = sessions
        if batch_size is None:
            # SQLite holds its single write lock for a whole batch, so live calls would wait
            # behind a big one; PostgreSQL locks only the claimed rows and gains from fewer trips.
            with sessions() as session:
                batch_size = 4000 if session.get_bind().dialect.name == "postgresql" else 1000
        self.batch_size = batch_size
        self.now = now

    def run(self, *, dry_run: bool = False, actor: str = "system:retention") -> SweepReport:
        """Sweep all tenants and classes; the report lists each item by id and status."""
        report = SweepReport(dry_run=dry_run)
        now = self.now()
        with self.sessions() as session:
            tenants = [(t.id, tenant_retention(session, t)) for t in session.scalars(select(Tenant))]
        for tenant_id, days in tenants:
            for data_class in SHREDDABLE_CLASSES:
                rule = f"retention:{data_class}:{days[data_class]}d"
                cutoff = now - timedelta(days=days[data_class])
                self._sweep_class(report, tenant_id, data_class, cutoff, rule, now, actor)
                with self.sessions() as session:
                    report.held += session.scalar(_held_count(tenant_id, data_class, cutoff)) or 0
        # One chain for all tenants: prune only what every tenant's audit period allows.
        audit_days = max([days["audit"] for _, days in tenants] or [DEFAULT_RETENTION_DAYS["audit"]])
        if not dry_run:
            with self.sessions.begin() as session:
                report.audit_pruned = audit.prune(session, before=now - timedelta(days=audit_days), actor=actor)
        return report

    def _sweep_class(
        self, report: SweepReport, tenant_id: str, data_class: str, cutoff: datetime, rule: str, now: datetime, actor: str
    ) -> None:
        last_id = ""
        while True:
            if report.dry_run:
                with self.sessions() as session:
                    query = _candidates(tenant_id, data_class, cutoff, last_id).limit(self.batch_size)
                    keys = [(kid, cid) for kid, cid in session.execute(query)]
                report.items += [SweepItem(tenant_id, cid, data_class, rule, "would_shred") for _, cid in keys]
            else:
                try:
                    keys = self._claim_and_shred(report, tenant_id, data_class, cutoff, rule, now, actor, last_id, None)
                except Exception:
                    keys = self._one_by_one(report, tenant_id, data_class, cutoff, rule, now, actor, last_id)
            if not keys:
                return
            last_id = keys[-1][0]

    def _claim_and_shred(
        self,
        report: SweepReport,
        tenant_id: str,
        data_class: str,
        cutoff: datetime,
        rule: str,
        now: datetime,
        actor: str,
        after_id: str,
        only_id: str | None,
    ) -> list[tuple[str, str]]:
        """One transaction: claim a batch of live, unheld keys (locking them) and shred them."""
        with self.sessions.begin() as session:
            take_write_lock(session)
            query = _candidates(tenant_id, data_class, cutoff, after_id)
            query = query.where(DataKey.id == only_id) if only_id else query.limit(self.batch_size)
            if session.get_bind().dialect.name == "postgresql":
                # A second sweeper skips rows this one holds instead of waiting or repeating them.
                query = query.with_for_update(skip_locked=True, of=DataKey)
            keys = [(kid, cid) for kid, cid in session.execute(query)]
            if not keys:
                return keys
            targets = [ShredTarget(tenant_id, cid, data_class, kid) for kid, cid in keys]
            digests = shred_batch(session, targets, rule=lambda _t: rule, now=now)
            audit.record(
                session,
                actor=actor,
                action="retention.shred",
                tenant_id=tenant_id,
                target_type="data_class",
                target_id=data_class,
                reason=rule,
                details={"items": len(targets), "corrupt_items": sum(1 for d in digests.values() if d.corrupt)},
            )
        for t in targets:
            d = digests[t.call_id]
            detail = f"{d.corrupt} malformed ciphertext(s)" if d.corrupt else None
            report.items.append(SweepItem(tenant_id, t.call_id, data_class, rule, "shredded", detail))
        return keys

    def _one_by_one(
        self, report: SweepReport, tenant_id: str, data_class: str, cutoff: datetime, rule: str, now: datetime, actor: str, after_id: str
    ) -> list[tuple[str, str]]:
        """After a failed batch: the same batch item by item, so one bad item is reported alone."""
        with self.sessions() as session:
            query = _candidates(tenant_id, data_class, cutoff, after_id).limit(self.batch_size)
            keys = [(kid, cid) for kid, cid in session.execute(query)]
        for kid, cid in keys:
            try:
                self._claim_and_shred(report, tenant_id, data_class, cutoff, rule, now, actor, "", kid)
            except Exception as exc:  # reported by type only: messages may quote data
                report.items.append(SweepItem(tenant_id, cid, data_class, rule, "error", type(exc).__name__))
        return keys


def _active_hold(call_id_col: Any) -> Any:
    return exists().where(Hold.call_id == call_id_col, Hold.released_at.is_(None))


def _candidates(tenant_id: str, data_class: str, cutoff: datetime, after_id: str) -> Any:
    return (
        select(DataKey.id, DataKey.call_id)
        .join(Call, Call.id == DataKey.call_id)
        .where(
            DataKey.tenant_id == tenant_id,
            DataKey.data_class == data_class,
            DataKey.wrapped_key.is_not(None),
            DataKey.id > after_id,
            Call.started_at < cutoff,
            ~_active_hold(DataKey.call_id),
        )
        .order_by(DataKey.id)
    )


def _held_count(tenant_id: str, data_class: str, cutoff: datetime) -> Any:
    return (
        select(func.count(DataKey.id))
        .join(Call, Call.id == DataKey.call_id)
        .where(
            and_(
                DataKey.tenant_id == tenant_id,
                DataKey.data_class == data_class,
                DataKey.wrapped_key.is_not(None),
                Call.started_at < cutoff,
                _active_hold(DataKey.call_id),
            )
        )
    )
