"""One audit event per step of a safeguarding case, always naming the case and its tenant."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from receptionist.store import audit
from receptionist.store.models import AuditEvent, Escalation


def audit_case(
    session: Session,
    escalation: Escalation,
    *,
    actor: str,
    action: str,
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record a step on ``escalation`` in the hash-chained audit log (no personal data in details)."""
    return audit.record(
        session,
        actor=actor,
        action=action,
        tenant_id=escalation.tenant_id,
        target_type="escalation",
        target_id=escalation.id,
        reason=reason,
        details=details,
    )
