"""The CRM payload: only the fields the tenant's minimisation policy lets leave.

Every text value is scanned again before it goes into the payload, and a value with any
category or safeguarding finding is left out rather than sent with a placeholder, so the
CRM never receives special-category data or even a hint of it. Hoax and abusive calls
produce no payload at all: there is nothing to pass on.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from receptionist.core.config import TenantConfig
from receptionist.core.state import CallState
from receptionist.privacy.engine import PrivacyEngine


def _safe(engine: PrivacyEngine, value: str | None) -> str | None:
    if value is None:
        return None
    scan = engine.scan(value)
    if any(f.kind in ("category", "safeguarding") for f in scan.findings) or "[" in scan.redacted:
        return None
    return value


def build_crm_payload(
    *,
    state: CallState,
    config: TenantConfig,
    engine: PrivacyEngine,
    reference: str,
    summary: str,
    reason_category: str | None,
    started_at: datetime,
) -> dict[str, Any] | None:
    """The minimised payload for the tenant's CRM, or None when there is nothing to send."""
    if state.outcome == "ended" or state.prank:
        return None
    available: dict[str, Any] = {
        "call_reference": reference,
        "name": _safe(engine, state.name),
        "callback_number": None if state.callback_declined else state.callback_number,
        "reason": _safe(engine, state.reason),
        "reason_category": reason_category,
        # A safeguarding case is for the safeguarding lead only, not everyone with CRM access.
        "summary": None if state.escalated else _safe(engine, summary),
        "department": state.department,
        "outcome": state.outcome,
        "started_at": started_at.isoformat(),
    }
    return {key: available[key] for key in config.minimisation.crm_fields}
