"""The receptionist's tools: the only way either brain acts on a call.

Each action checks its own preconditions in code and refuses with a short, non-personal
explanation when they do not hold, so a confused or manipulated language model cannot
transfer a caller nobody asked to transfer, end a call mid-intake, or look up anything
beyond the tenant's own published information. There is deliberately no action that
reads another call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from receptionist.core.hours import OpenState, describe_week, open_state
from receptionist.core.knowledge import best_department, best_faq
from receptionist.core.names import merge_name
from receptionist.core.phone import find_numbers, to_e164
from receptionist.core.session import CallSession

CLOSURE_NOTICE_DAYS = 60
TransferStatus = Literal["transferred", "closed", "failed", "refused"]


@dataclass(frozen=True, slots=True)
class TransferResult:
    """What happened when a transfer was attempted."""

    status: TransferStatus
    department: str | None = None
    department_name: str | None = None
    next_open: str | None = None
    detail: str = ""


class CallActions:
    """Tools over one :class:`CallSession`, each with its preconditions."""

    def __init__(self, call: CallSession) -> None:
        self.call = call

    def lookup_faq(self, question: str) -> str | None:
        """The tenant's own answer to ``question``, verbatim, or None when there isn't one."""
        match = best_faq(self.call.config.faqs, question)
        if match is None:
            self.call.state.unknown_questions += 1
            return None
        self.call.state.faq_answered += 1
        return match.faq.answer

    def opening_hours(self, department: str | None = None) -> str:
        """Opening hours (of a department, or the organisation) and whether it's open now."""
        cfg = self.call.config
        dept = cfg.department(department) if department else None
        weekly = (dept.hours if dept and dept.hours else None) or cfg.business_hours.weekly
        state = open_state(weekly, cfg.business_hours.closures, self.call.clock())
        who = dept.name if dept else cfg.name
        now = "open now" if state.open else (f"closed for {state.closure}" if state.closure else "closed right now")
        nxt = f", opening again {state.next_open}" if not state.open and state.next_open else ""
        today = self.call.clock().date()
        soon = [
            f"{c.name}: closed {c.start.strftime('%-d %B')} to {c.end.strftime('%-d %B')}"
            for c in cfg.business_hours.closures
            if c.end >= today and (c.start - today).days <= CLOSURE_NOTICE_DAYS
        ]
        closures = f" {'; '.join(soon)}." if soon else ""
        return f"{who} is {now}{nxt}. Opening hours: {describe_week(weekly)}.{closures}"

    def record_details(
        self, *, name: str | None = None, callback_number: str | None = None, reason: str | None = None
    ) -> str:
        """Record details the caller gave; numbers must be real phone numbers (E.164 after normalising)."""
        state = self.call.state
        problems = []
        if name:
            cleaned = merge_name(None, f"my name is {name}") or merge_name(None, name)
            if cleaned is None or any(ch.isdigit() for ch in name) or len(name) > 80:
                problems.append("name does not look like a name")
            else:
                state.name = cleaned
        if callback_number:
            numbers = find_numbers(callback_number)
            digits = "".join(ch for ch in callback_number if ch.isdigit())
            e164 = numbers[-1].e164 if numbers else to_e164(digits.replace("44", "0", 1) if callback_number.startswith("+44") else digits)
            if e164 is None:
                problems.append("callback_number is not a phone number")
            else:
                state.callback_number, state.callback_confirmed = e164, True
        if reason:
            # The model only ever saw redacted text; re-scan anyway so nothing masked is stored.
            redacted = self.call.engine.scan(reason).redacted
            if "[" in redacted:
                problems.append("reason contains masked content; describe it without the sensitive details")
            else:
                state.reason = redacted
        self.call.calls.set_identity(
            self.call.db, self.call.call, name=state.name if name else None,
            callback_number=state.callback_number if callback_number and state.callback_number else None,
            reason=state.reason if reason else None,
        )
        self.call.commit()
        return "recorded" if not problems else "not recorded: " + "; ".join(problems)

    def department_open(self, department: str) -> OpenState:
        """Whether a department (or, for an unknown key, the organisation) is open now."""
        cfg = self.call.config
        dept = cfg.department(department)
        weekly = (dept.hours if dept and dept.hours else None) or cfg.business_hours.weekly
        return open_state(weekly, cfg.business_hours.closures, self.call.clock())

    def transfer(self, department: str | None = None) -> TransferResult:
        """Put the caller through to a department, if they asked for a person and it is open."""
        call, state, cfg = self.call, self.call.state, self.call.config
        if not state.transfer_requested:
            return TransferResult("refused", detail="the caller has not asked to speak to someone")
        if state.payment_context:
            return TransferResult("refused", detail="card details are being read; transfer after they stop")
        key = department or state.pending_transfer or state.department
        dept = cfg.department(key) if key else None
        if dept is None and key:
            dept = best_department(cfg.departments, key)
        if dept is None:
            return TransferResult("refused", detail="no such department")
        weekly = dept.hours or cfg.business_hours.weekly
        opening = open_state(weekly, cfg.business_hours.closures, call.clock())
        state.department = dept.key
        if not opening.open:
            state.pending_transfer = None
            return TransferResult("closed", dept.key, dept.name, opening.next_open)
        return self._put_through(dept.key, dept.name, dept.transfer_number)

    def transfer_to_safeguarding_lead(self) -> TransferResult:
        """Offered only after an immediate-danger disclosure (or "I'm not safe"): put the caller through to the lead."""
        state = self.call.state
        if state.safeguarding != "immediate_danger" and not state.unsafe_now:
            return TransferResult("refused", detail="only for immediate danger")
        lead = self.call.config.safeguarding.leads[0]
        return self._put_through("safeguarding_lead", "the safeguarding lead", lead.phone)

    def _put_through(self, key: str, name: str, number: str) -> TransferResult:
        call, state = self.call, self.call.state
        # Recording stops before the caller is handed over, never after.
        call.recorder.stop("transfer")
        state.recording = "stopped"
        if not call.transferer.transfer(number, department=key):
            state.pending_transfer = None
            return TransferResult("failed", key, name, detail="no answer")
        state.transferred_to, state.outcome, state.ended = key, "transferred", True
        state.pending_transfer = None
        call.call.transferred_to = key
        call.call.outcome = "transferred"
        call.commit()
        return TransferResult("transferred", key, name)

    def end_call(self, *, abusive: bool = False) -> str:
        """End the call: after the read-back, or at once for an abusive or prank caller."""
        state = self.call.state
        if abusive and not (state.abuse_strikes or state.prank):
            return "refused: the caller has not been abusive"
        if not abusive and not state.readback_done:
            return "refused: read back the message first"
        state.ended = True
        if abusive:
            state.outcome = "ended"
        return "ended"
