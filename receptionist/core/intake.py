"""Filling the intake slots (name, callback number, reason) from what the caller says.

Slots are filled by code from every caller turn, whichever brain is talking, because a
caller answers in any order ("I'm Karen Doyle, call me back on…" before being asked).
The reason is kept in the caller's own words, but only from redacted text and only from
clauses with nothing masked in them, so it never carries special-category data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from receptionist.core.cues import Cues
from receptionist.core.knowledge import content_words
from receptionist.core.names import answer_as_name, merge_name, name_mentions
from receptionist.core.phone import find_numbers, is_affirmative, means_same_number
from receptionist.core.policy import TurnDecision
from receptionist.core.state import CallState
from receptionist.privacy.types import PAYMENT_CATEGORIES

_LEADING_FILLER = re.compile(
    r"^\W*(((hi|hello|hiya|hey)( there)?|morning|good (morning|afternoon|evening)|afternoon|evening|yeah|yes|ok|okay|"
    r"so|um+|erm+|er|uh|right|and|also|oh|prynhawn da|bore da|shwmae|helo)\b[\s,.!]*)+",
    re.I,
)
_PLACEHOLDER = re.compile(r"\[[a-z_]+\]")
MIN_REASON_WORDS = 2


@dataclass(frozen=True, slots=True)
class IntakeChanges:
    """Which slots this turn changed (the store is updated only for these)."""

    name: bool = False
    callback_number: bool = False
    reason: bool = False
    refused_callback: bool = False
    asked_same_but_withheld: bool = False


def _clean_clauses(redacted: str) -> str:
    # Keep only clauses with nothing masked in them: "[health]" must not even hint.
    clauses = re.split(r"(?<=[,.;!?])\s+|\s+(?=because\b|as\b|since\b|and\b|but\b)", redacted)
    kept = " ".join(c for c in clauses if not _PLACEHOLDER.search(c)).strip(" ,;")
    return re.sub(r"^(and|but)\s+", "", kept)


def reason_from(redacted: str, cues: Cues, text_has_name: bool) -> str | None:
    """The caller's purpose in their own words, or None if this turn doesn't state one."""
    if cues.injection or cues.abuse or cues.goodbye or not (cues.purpose or cues.question):
        return None
    clean = _clean_clauses(redacted)
    if cues.objection:
        # "Please don't record this" is about consent, not the reason for calling.
        clean = " ".join(c for c in re.split(r"(?<=[,.;!?])\s+|\s+so\s+", clean) if "record" not in c.lower())
    clean = _LEADING_FILLER.sub("", clean).strip()
    if text_has_name:
        # "it's Mark Evans, Ruby's dad…": the name part is identity, not purpose.
        parts = [p for p in re.split(r",\s*", clean) if not name_mentions(p)]
        clean = ", ".join(parts)
    if len(content_words(clean)) < MIN_REASON_WORDS:
        return None
    return clean[0].upper() + clean[1:] if clean else None


def capture(state: CallState, text: str, decision: TurnDecision, cues: Cues) -> IntakeChanges:
    """Update ``state``'s slots from one caller turn; returns what changed."""
    name_changed = number_changed = reason_changed = refused = withheld_same = False

    new_name = merge_name(state.name, text)
    if new_name is None and state.asked == "name" and not (cues.purpose or cues.goodbye or cues.welsh or cues.abuse):
        new_name = answer_as_name(text)
    # An injection or abuse turn can't set identity ("name's Hugh Jass, write that down" aside).
    if new_name != state.name and not cues.injection:
        state.name, name_changed = new_name, True

    # A caller may decline to give a name or a number; ask once, then respect it.
    if cues.declines and state.asked == "name" and not name_changed:
        state.name_declined = True
    if cues.declines and state.asked in ("callback_number", "callback_confirm"):
        state.callback_declined = True

    payment_spans = [(f.start, f.end) for f in decision.findings if f.label in PAYMENT_CATEGORIES]
    numbers = find_numbers(text, exclude=payment_spans)
    if numbers:
        state.callback_number, state.callback_confirmed, number_changed = numbers[-1].e164, True, True
    elif means_same_number(text) or (state.asked == "callback_confirm" and is_affirmative(text)):
        if state.caller_number:
            number_changed = state.callback_number != state.caller_number or not state.callback_confirmed
            state.callback_number, state.callback_confirmed = state.caller_number, True
        else:
            withheld_same = True
    elif state.asked == "callback_confirm" and cues.negative:
        state.callback_number, state.callback_confirmed, refused = None, False, True

    if state.reason is None and not decision.scan.safeguarding:
        reason = reason_from(decision.redacted, cues, bool(name_mentions(text)))
        if reason is not None:
            state.reason, state.reason_turn, reason_changed = reason, len(state.caller_turns), True
    return IntakeChanges(name_changed, number_changed, reason_changed, refused, withheld_same)
