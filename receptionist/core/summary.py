"""The after-call summary: from the LLM when configured, otherwise written offline.

Both summarisers see only redacted caller text. The offline one keeps the caller's own
words for the reason and adds the other things they said, leaving out every utterance
that had anything masked, any disclosure (that goes to the safeguarding lead, not the
call log), and injection attempts or abuse. The LLM one is checked afterwards: its output
is scanned and anything the engine flags is removed, and on any failure the offline
summary is used instead.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from receptionist.core.config import TenantConfig
from receptionist.core.knowledge import content_words
from receptionist.core.names import name_mentions
from receptionist.core.phone import find_numbers, spoken_e164
from receptionist.core.state import CallerTurn, CallState
from receptionist.privacy.engine import PrivacyEngine
from receptionist.privacy.spoken import digit_runs

MIN_DETAIL_WORDS = 2
# A run this long that isn't a phone number could be part of a card or account number.
STRAY_DIGITS = 6
_CALLBACK_TALK = re.compile(
    r"\b(call|ring|phone|contact|text) me\b|\b(this|that|my|the same|same|best|right|correct) (number|one)\b", re.I
)
OUTCOME_TEXT = {
    "answered": "Answered from the published information; no follow-up requested.",
    "message": "Message taken; a callback is needed.",
    "transferred": "Transferred to {department}.",
    "ended": "Call ended by the receptionist (abusive or hoax call).",
    "abandoned": "The caller left before giving details.",
}


@dataclass(frozen=True, slots=True)
class Summary:
    """The summary text and which generator wrote it (``offline`` or ``llm``)."""

    text: str
    generator: str


class Summariser(Protocol):
    """Writes the after-call summary from the call state (which holds only redacted text)."""

    async def summarise(self, state: CallState, config: TenantConfig) -> Summary:
        """A short summary for staff; never contains masked content."""
        ...


def _usable(turn: CallerTurn) -> bool:
    c = turn.cues
    # A short "yes, that's fine" to the recording question is consent, not something to pass on.
    consent_answer = c.consent_yes and c.short and not c.purpose
    # Digits other than a phone number (which has its own line) may be a card or account number
    # the engine couldn't recognise out of context: never worth the risk in a summary.
    stray_digits = any(len(r.digits) >= STRAY_DIGITS for r in digit_runs(turn.redacted)) and not find_numbers(turn.redacted)
    return not (
        turn.sensitive or "[" in turn.redacted or c.injection or c.abuse or c.goodbye or c.objection or consent_answer
        or stray_digits
    )


def _detail(text: str) -> str:
    # Identity is reported on its own lines; keep only what else the caller said.
    for number in reversed(find_numbers(text)):
        text = text[: number.start] + text[number.end :]
    kept = [
        clause.strip()
        for clause in text.split(",")
        if len(content_words(clause)) >= MIN_DETAIL_WORDS and not name_mentions(clause) and not _CALLBACK_TALK.search(clause)
    ]
    return ", ".join(kept)


def _sentence(text: str) -> str:
    text = text.strip().rstrip(",;")
    return text if text.endswith((".", "?", "!")) else text + "."


class OfflineSummariser:
    """A template summary in the caller's own (redacted) words; deterministic and private."""

    async def summarise(self, state: CallState, config: TenantConfig) -> Summary:
        """Build the summary (no I/O)."""
        return Summary(offline_summary(state, config), "offline")


def offline_summary(state: CallState, config: TenantConfig) -> str:
    """The summary text; see :class:`OfflineSummariser`."""
    if state.outcome == "ended" and (state.prank or state.abuse_strikes):
        return "Hoax or abusive call; ended politely. No message to pass on."
    lines = [f"Caller: {state.name or 'name not given'}."]
    if state.reason:
        lines.append(f"Reason (caller's words): {_sentence(state.reason)}")
    details = [
        _sentence(detail)
        for i, t in enumerate(state.caller_turns)
        if i != state.reason_turn and _usable(t) and (detail := _detail(t.redacted))
        and detail.casefold() != (state.name or "").casefold()
    ]
    if details:
        lines.append("Also said: " + " ".join(details))
    if state.callback_declined:
        lines.append("Callback: the caller did not want one.")
    elif state.callback_number:
        confirmed = "" if state.callback_confirmed else " (caller ID, not confirmed)"
        lines.append(f"Callback: {spoken_e164(state.callback_number)}{confirmed}.")
    else:
        lines.append("Callback: no number given.")
    dept = config.department(state.department) if state.department else None
    outcome = OUTCOME_TEXT[state.outcome or "message"].format(department=dept.name if dept else "a colleague")
    lines.append(f"Outcome: {outcome}")
    if state.escalated:
        lines.append("A safeguarding concern was raised with the safeguarding lead during the call.")
    if state.recording_objection:
        lines.append("The caller asked not to be recorded.")
    return " ".join(lines)


Complete = Callable[[str, str], Awaitable[str]]


class LlmSummariser:
    """Asks a language model for the summary; the result is re-scanned and falls back offline."""

    def __init__(self, complete: Complete, engine: PrivacyEngine, prompt: str) -> None:
        self._complete = complete
        self._engine = engine
        self._prompt = prompt

    async def summarise(self, state: CallState, config: TenantConfig) -> Summary:
        """LLM summary of the redacted transcript, or the offline one if the model fails."""
        transcript = "\n".join(f"caller: {t.redacted}" for t in state.caller_turns if not t.cues.injection)
        facts = offline_summary(state, config)
        try:
            text = await self._complete(self._prompt, f"Facts:\n{facts}\n\nRedacted transcript:\n{transcript}")
        except Exception:  # any provider failure: the call still gets a summary
            return Summary(facts, "offline")
        scan = self._engine.scan(text)
        if any(f.kind != "intent" for f in scan.findings) or not text.strip():
            # The model reintroduced something sensitive (or nothing): use the safe version.
            return Summary(facts, "offline")
        return Summary(text.strip(), "llm")
