"""The live state of one call, as the call flow sees it.

Everything here is in memory for the length of the call; what must survive is written
through the store as the call goes. Caller text is kept only in its redacted form
(``CallerTurn.redacted``): the original words go straight to the store's encrypted
finding excerpts and the escalation, never into this state, so no later step (summary,
CRM payload, LLM context) can leak them by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from receptionist.core.cues import Cues

Outcome = Literal["answered", "message", "transferred", "ended", "abandoned"]
Slot = Literal["consent", "reason", "name", "callback_number", "callback_confirm", "anything_else", "safe_now"]
RecordingStatus = Literal["off", "on", "paused", "stopped"]


@dataclass(frozen=True, slots=True)
class CallerTurn:
    """One caller utterance after the privacy engine: redacted text and what it contained."""

    redacted: str
    cues: Cues
    categories: tuple[str, ...] = ()
    safeguarding: str | None = None
    has_name: bool = False
    has_number: bool = False

    @property
    def sensitive(self) -> bool:
        """True when anything was masked or a disclosure was made in this turn."""
        return bool(self.categories) or self.safeguarding is not None


@dataclass(slots=True)
class CallState:
    """Slots, consent and routing flags for one call; decisions about them are made in code."""

    caller_number: str | None
    consent_mode: Literal["notice", "ask"] = "notice"
    recording_consent: bool = False
    recording_objection: bool = False
    recording: RecordingStatus = "off"

    name: str | None = None
    name_declined: bool = False
    callback_declined: bool = False
    callback_number: str | None = None
    callback_confirmed: bool = False
    reason: str | None = None
    reason_turn: int | None = None
    department: str | None = None

    transfer_requested: bool = False
    # Asked for a person but no team is clear yet: the next answer picks the department.
    transfer_topic_needed: bool = False
    pending_transfer: str | None = None
    transfer_asks: int = 0
    transferred_to: str | None = None
    safeguarding: str | None = None
    escalated: bool = False
    safety_asked: bool = False
    safeguarding_transfer_offered: bool = False
    # The caller said they are not safe right now: the lead transfer is offered as for immediate danger.
    unsafe_now: bool = False

    payment_context: bool = False
    # Turns left in which digits count as card data because the caller said they want to pay.
    payment_expected: int = 0
    payment_warnings: int = 0
    faq_answered: int = 0
    reason_answered: bool = False
    unknown_questions: int = 0
    injection_attempts: int = 0
    abuse_strikes: int = 0
    prank: bool = False
    welsh: bool = False

    asked: Slot | None = None
    readback_done: bool = False
    ended: bool = False
    outcome: Outcome | None = None
    caller_turns: list[CallerTurn] = field(default_factory=list)

    @property
    def needs_callback_number(self) -> bool:
        """No usable callback number yet (withheld caller ID, nothing given)."""
        return self.callback_number is None

    def missing(self) -> Slot | None:
        """The next intake slot to ask for, in the order a receptionist would."""
        if self.reason is None and not self.escalated:
            # After a disclosure the lead follows up; the caller isn't pressed for a "reason".
            return "reason"
        if self.name is None and not self.name_declined:
            return "name"
        if self.callback_declined:
            return None
        if self.callback_number is None:
            return "callback_number"
        if not self.callback_confirmed:
            return "callback_confirm"
        return None
