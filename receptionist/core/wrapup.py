"""Ending a call: outcome, summary, CRM payload, and the final write.

Whatever ended the call (a goodbye, a transfer, a hang-up, a provider failure), this is
the one place that closes the record, so every call is stored the same way.
"""

from __future__ import annotations

from receptionist.core.crm import build_crm_payload
from receptionist.core.session import CallSession
from receptionist.core.state import Outcome
from receptionist.core.summary import OfflineSummariser, Summariser
from receptionist.outbox.integrations import enqueue_integrations


def decide_outcome(call: CallSession) -> Outcome:
    """How the call ended, for reporting (never personal)."""
    state = call.state
    if state.outcome is not None:
        return state.outcome
    if state.prank and not state.name:
        return "ended"
    if state.reason_answered and state.name is None and not state.escalated:
        return "answered"
    if state.reason or state.name or state.escalated:
        return "message"
    if state.faq_answered:
        return "answered"
    return "abandoned"


async def finish(call: CallSession, summariser: Summariser | None = None, *, status: str = "completed") -> None:
    """Write the summary and CRM payload and close the call record."""
    state = call.state
    state.outcome = decide_outcome(call)
    state.ended = True
    call.recorder.stop("ended")
    state.recording = "stopped"
    summary = await (summariser or OfflineSummariser()).summarise(state, call.config)
    record = call.call
    record.outcome = state.outcome
    record.reason_category = state.department
    payload = build_crm_payload(
        state=state,
        config=call.config,
        engine=call.engine,
        reference=record.reference,
        summary=summary.text,
        reason_category=state.department,
        started_at=record.started_at,
    )
    if state.outcome == "message":
        call.calls.set_identity(call.db, record, message=summary.text)
    call.calls.finish_call(
        call.db, record, summary=summary.text, generator=summary.generator, crm_payload=payload, status=status
    )
    # Same transaction as the record: the CRM/SIS updates exist exactly when the call does.
    enqueue_integrations(call.db, call.store, call=record, config=call.config, payload=payload)
    call.commit()
