"""The call record in the ``simulate`` / ``calls show`` JSON shape, read back from the store.

Both commands print exactly this object, built from the database (never from memory), so
what a scripted call prints is what was stored. Reading it decrypts personal data, so it
goes through :meth:`CallRepository.read_call`, which writes the audit event.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from receptionist.store.calls import CallRepository
from receptionist.store.models import Call, Tenant


def call_record(session: Session, calls: CallRepository, call_id: str, *, actor: str, reason: str) -> dict[str, Any]:
    """The stored call as the contract's JSON object (an audited read)."""
    view = calls.read_call(session, call_id, actor=actor, reason=reason)
    row = session.get(Call, call_id)
    tenant = session.get(Tenant, view.tenant_id)
    assert row is not None and tenant is not None  # read_call has just found both
    return {
        "call_id": view.id,
        "tenant": tenant.slug,
        "recording_consent": bool(row.recording_consent),
        "captured": {"name": view.caller_name, "callback_number": view.callback_number, "reason": view.reason},
        "safeguarding": view.safeguarding_subtype,
        "escalated": bool(view.escalated),
        "transfer_requested": bool(row.transfer_requested),
        "masked_categories": sorted(view.masked_categories),
        "transcript": [{"speaker": t.speaker, "text": t.text} for t in view.turns],
        "summary": view.summary,
        "crm_payload": view.crm_payload,
    }
