"""Aggregate counts for the dashboard: volume, reasons, escalations and transfers by day.

Computed with GROUP BY over label columns only, so the result holds no personal data and
needs no decryption. Small groups are shown as they are: the labels are topics, not people.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, case, cast, func, select
from sqlalchemy.orm import Session

from receptionist.store.models import Call, Escalation


class DashboardQueries:
    """Counts per day over the last ``days`` days for one tenant (or all, for platform admins)."""

    @staticmethod
    def summary(session: Session, *, tenant_id: str | None, days: int = 14,
                today: date | None = None) -> dict[str, Any]:
        """``{"days": [...], "by_day": {...}, "reasons": {...}, "outcomes": {...}}``."""
        today = today or datetime.now(UTC).date()
        start = datetime.combine(today - timedelta(days=days - 1), datetime.min.time(), tzinfo=UTC)
        day = cast(Call.started_at, Date) if session.get_bind().dialect.name == "postgresql" \
            else func.date(Call.started_at)
        calls = select(
            day.label("day"),
            func.count().label("calls"),
            func.sum(case((Call.escalated.is_(True), 1), else_=0)).label("escalated"),
            func.sum(case((Call.transferred_to.is_not(None), 1), else_=0)).label("transfers"),
            func.sum(case((Call.outcome == "message", 1), else_=0)).label("messages"),
        ).where(Call.started_at >= start)
        if tenant_id is not None:
            calls = calls.where(Call.tenant_id == tenant_id)
        by_day: dict[str, dict[str, int]] = {
            (today - timedelta(days=i)).isoformat(): {"calls": 0, "escalated": 0, "transfers": 0, "messages": 0}
            for i in range(days - 1, -1, -1)
        }
        for row in session.execute(calls.group_by(day)).all():
            key = str(row.day)[:10]
            if key in by_day:
                by_day[key] = {"calls": int(row.calls), "escalated": int(row.escalated or 0),
                               "transfers": int(row.transfers or 0), "messages": int(row.messages or 0)}

        def counts(column: Any, model: Any, since: Any) -> dict[str, int]:
            stmt = select(column, func.count()).where(since >= start)
            if tenant_id is not None:
                stmt = stmt.where(model.tenant_id == tenant_id)
            return {str(k or "unknown"): int(n) for k, n in session.execute(stmt.group_by(column)).all()}

        return {
            "days": list(by_day),
            "by_day": by_day,
            "reasons": counts(Call.reason_category, Call, Call.started_at),
            "outcomes": counts(Call.outcome, Call, Call.started_at),
            "escalations_by_subtype": counts(Escalation.subtype, Escalation, Escalation.raised_at),
        }
