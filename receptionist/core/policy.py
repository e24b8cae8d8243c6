"""The per-turn privacy policy: code, not the model, decides what happens to caller words.

Given the privacy engine's scan of one utterance and the call so far, :func:`decide`
returns what the call flow must do: the findings to store (the engine's, plus card digits
the engine could not recognise on their own because the number was read across turns),
the redacted text that is stored and is all the LLM ever sees, whether to pause or stop
recording, and whether to raise a safeguarding escalation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from receptionist.core.cues import Cues, payment_cue_end
from receptionist.core.phone import find_numbers
from receptionist.core.state import CallState
from receptionist.privacy.engine import PrivacyEngine
from receptionist.privacy.spoken import digit_runs
from receptionist.privacy.types import PAYMENT_CATEGORIES, Finding, ScanResult

# Short digit groups (an expiry, a CVV, four digits of a card) only count after a cue or
# while the caller is already reading card details; two digits is the shortest we mask.
MIN_PAYMENT_DIGITS = 2
CONTEXT_SCORE = 0.85


@dataclass(frozen=True, slots=True)
class TurnDecision:
    """What the call flow must do with one caller utterance."""

    scan: ScanResult
    payment: bool
    pause_recording: bool
    resume_recording: bool
    stop_recording: bool
    escalate: str | None

    @property
    def redacted(self) -> str:
        """The only form of the utterance that is stored or sent to a language model."""
        return self.scan.redacted

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Everything found, including card digits masked from context."""
        return self.scan.findings


def _covered(start: int, end: int, findings: Sequence[Finding]) -> bool:
    return any(f.start <= start and end <= f.end for f in findings if f.label in PAYMENT_CATEGORIES)


def payment_context_findings(text: str, scan: ScanResult, cues: Cues, in_context: bool) -> list[Finding]:
    """Card digits the engine could not see as such: after a card cue, or mid card-reading."""
    cue_end = payment_cue_end(text) if cues.payment_cue else None
    if cue_end is None and not in_context:
        return []
    phones = {(n.start, n.end) for n in find_numbers(text)}
    extra = []
    for run in digit_runs(text):
        if len(run.digits) < MIN_PAYMENT_DIGITS or _covered(run.start, run.end, scan.findings):
            continue
        after_cue = cue_end is not None and run.start >= cue_end
        # A valid phone number given as a callback while card reading ended is not card data.
        if not after_cue and (run.start, run.end) in phones:
            continue
        if after_cue or in_context:
            extra.append(Finding("category", "payment_card", run.start, run.end, CONTEXT_SCORE))
    return extra


def decide(engine: PrivacyEngine, scan: ScanResult, cues: Cues, state: CallState) -> TurnDecision:
    """Apply the call's privacy rules to the engine's ``scan`` of one caller utterance."""
    extra = payment_context_findings(scan.text, scan, cues, state.payment_context or state.payment_expected > 0)
    if extra:
        scan = engine.with_findings(scan, extra)
    payment = scan.has_payment_data
    subtype = scan.safeguarding
    return TurnDecision(
        scan=scan,
        payment=payment,
        pause_recording=payment and state.recording == "on",
        resume_recording=not payment and state.recording == "paused",
        stop_recording=cues.objection and state.recording != "stopped",
        escalate=subtype if subtype is not None and not state.escalated else None,
    )
