"""Deletion on request (before the retention period ends) and deletion certificates.

Early deletion answers requests such as the seed DPIA's "delete the recording
immediately": it shreds one (call, class) item now, refuses while a hold applies, and
keeps the requester's note on the deletion record. A certificate lists deletion records
(ids, classes, rules, times, content hashes, never contents) with a digest over them so a
copy handed to a client can be checked later.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.store import audit
from receptionist.store.base import utcnow
from receptionist.store.holds import active_holds
from receptionist.store.models import Call, DataKey, DeletionRecord
from receptionist.store.shredding import SHREDDABLE_CLASSES, ShredTarget, shred_batch


class HeldError(RuntimeError):
    """Deletion refused because the call has an active hold (the message names hold kinds only)."""

    def __init__(self, call_id: str, kinds: list[str]) -> None:
        super().__init__(f"call {call_id} is under hold ({', '.join(kinds)}); release the hold first")
        self.kinds = kinds


def delete_now(
    session: Session, *, call_id: str, data_class: str, actor: str, note: str | None, rule: str = "early:request"
) -> DeletionRecord | None:
    """Shred one class of one call now; returns its deletion record, or None if nothing was held."""
    if data_class not in SHREDDABLE_CLASSES:
        raise ValueError(f"data class must be one of {', '.join(SHREDDABLE_CLASSES)}")
    call = session.get(Call, call_id)
    if call is None:
        raise LookupError(f"call {call_id} not found")
    holds = active_holds(session, call_id)
    if holds:
        raise HeldError(call_id, sorted({h.kind for h in holds}))
    key = session.scalars(
        select(DataKey).where(
            DataKey.call_id == call_id, DataKey.data_class == data_class, DataKey.wrapped_key.is_not(None)
        )
    ).one_or_none()
    if key is None:
        return None
    session.flush()
    target = ShredTarget(call.tenant_id, call_id, data_class, key.id)
    shred_batch(session, [target], rule=lambda _t: rule, now=utcnow(), note=note)
    session.expire_all()  # bulk statements bypassed the identity map
    audit.record(
        session,
        actor=actor,
        action="retention.delete",
        tenant_id=call.tenant_id,
        target_type="call",
        target_id=call_id,
        reason=rule,
        details={"data_class": data_class},
    )
    return session.get(DeletionRecord, key.id)


def deletion_certificate(
    session: Session,
    *,
    actor: str,
    call_id: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    tenant_id: str | None = None,
) -> dict[str, Any]:
    """Deletion records for one call or a date range, with a SHA-256 digest over them (audited)."""
    if call_id is None and (start is None or end is None):
        raise ValueError("give a call id, or both start and end of a date range")
    query = select(DeletionRecord).order_by(DeletionRecord.deleted_at, DeletionRecord.id)
    if call_id is not None:
        query = query.where(DeletionRecord.call_id == call_id)
    if start is not None:
        query = query.where(DeletionRecord.deleted_at >= start)
    if end is not None:
        query = query.where(DeletionRecord.deleted_at < end)
    if tenant_id is not None:
        query = query.where(DeletionRecord.tenant_id == tenant_id)
    records = [
        {
            "tenant_id": r.tenant_id,
            "call_id": r.call_id,
            "data_class": r.data_class,
            "item_id": r.item_id,
            "rule": r.rule,
            "deleted_at": r.deleted_at.isoformat(),
            "content_sha256": r.content_hash,
            "note": r.note,
        }
        for r in session.scalars(query)
    ]
    scope: dict[str, Any] = {"call_id": call_id, "from": _iso(start), "to": _iso(end), "tenant_id": tenant_id}
    canonical = json.dumps(records, sort_keys=True, separators=(",", ":"))
    certificate = {
        "kind": "deletion_certificate",
        "generated_at": utcnow().isoformat(),
        "scope": scope,
        "count": len(records),
        "records": records,
        "records_sha256": hashlib.sha256(canonical.encode()).hexdigest(),
        "statement": (
            "Each listed item was deleted by destroying its encryption key and removing its ciphertext. "
            "The hash identifies the destroyed ciphertext; no contents are retained."
        ),
    }
    audit.record(
        session,
        actor=actor,
        action="retention.certificate",
        tenant_id=tenant_id,
        target_type="call" if call_id else "range",
        target_id=call_id,
        details={"count": len(records), "records_sha256": certificate["records_sha256"]},
    )
    return certificate


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
