"""Read queries for auditors: audit events and deletion records, scoped to a tenant.

Both tables hold ids, labels, reasons and hashes only, so these reads decrypt nothing.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.store.models import AuditEvent, DeletionRecord


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class AuditQueries:
    """Tenant-scoped reads on ``audit_events`` and ``deletion_records``."""

    @staticmethod
    def events(
        session: Session,
        *,
        tenant_id: str | None,
        limit: int = 100,
        before_id: int | None = None,
        action: str | None = None,
    ) -> list[dict[str, Any]]:
        """Newest first; ``before_id`` pages back through the log."""
        stmt = select(AuditEvent)
        if tenant_id is not None:
            stmt = stmt.where(AuditEvent.tenant_id == tenant_id)
        if before_id is not None:
            stmt = stmt.where(AuditEvent.id < before_id)
        if action:
            stmt = stmt.where(AuditEvent.action == action)
        rows = session.scalars(stmt.order_by(AuditEvent.id.desc()).limit(limit)).all()
        return [
            {"id": e.id, "at": _iso(e.at), "actor": e.actor, "action": e.action, "target_type": e.target_type,
             "target_id": e.target_id, "reason": e.reason, "details": e.details, "hash": e.hash}
            for e in rows
        ]

    @staticmethod
    def deletions(
        session: Session, *, tenant_id: str | None, limit: int = 100, before: datetime | None = None
    ) -> list[dict[str, Any]]:
        """Deletion records, newest first."""
        stmt = select(DeletionRecord)
        if tenant_id is not None:
            stmt = stmt.where(DeletionRecord.tenant_id == tenant_id)
        if before is not None:
            stmt = stmt.where(DeletionRecord.deleted_at < before)
        rows = session.scalars(stmt.order_by(DeletionRecord.deleted_at.desc()).limit(limit)).all()
        return [_deletion(d) for d in rows]

    @staticmethod
    def deletion(session: Session, record_id: str, *, tenant_id: str | None) -> dict[str, Any] | None:
        """One deletion record as a certificate, or None when not visible to this tenant."""
        stmt = select(DeletionRecord).where(DeletionRecord.id == record_id)
        if tenant_id is not None:
            stmt = stmt.where(DeletionRecord.tenant_id == tenant_id)
        row = session.scalar(stmt)
        return certificate(_deletion(row)) if row is not None else None


def _deletion(d: DeletionRecord) -> dict[str, Any]:
    return {"id": d.id, "tenant_id": d.tenant_id, "call_id": d.call_id, "data_class": d.data_class,
            "item_id": d.item_id, "rule": d.rule, "deleted_at": _iso(d.deleted_at),
            "content_hash": d.content_hash, "note": d.note}


def certificate(record: dict[str, Any]) -> dict[str, Any]:
    """A deletion certificate: the record plus a digest over it, so a copy can be checked later."""
    body = json.dumps(record, sort_keys=True, separators=(",", ":"))
    return {"certificate": "receptionist.deletion.v1", "record": record,
            "digest": hashlib.sha256(body.encode()).hexdigest()}
