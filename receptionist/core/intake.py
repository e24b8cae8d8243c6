"""Filling the intake slots (name, callback number, reason) from what the caller says.

Slots are filled by code from every caller turn, whichever brain is talking, because a
caller answers in any order ("I'm Karen Doyle, call me back on…" before being asked).
The reason is kept in the caller's own words, but only from redacted text and only from
clauses with nothing masked in them, so it never carries special-category data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
    r"so|um+|erm+|er|uh|right|and|also|oh|fine|then|great|lovely|brilliant|perfect|cheers|thanks|thank you|prynhawn da|bore da|shwmae|helo)\b[\s,.!]*)+",
    re.I,
)
# "Can I speak to someone about…": the request for a person is routing, not the reason.
_ASK_FOR_PERSON = re.compile(
    r"^((can|could|may) i (please )?|i'?d like to |i would like to |i want to |i need to )"
    r"(speak|talk|have a word) (to|with) (someone|somebody|a person|a human|a real person|anyone|a member of staff)"
    r"(\s+please)?(\s+(about|regarding)\s+|\W*$)",
    re.I,
)
_PUT_THROUGH = re.compile(
    r"\b((can|could|will) you |please )?(put|transfer|connect) me (through( to [^,.?!]*)?( please)?|to [^,.?!]*)", re.I
)
# "It's about a bursary": a one-word topic is still a reason when it is said to be one.
_ITS_ABOUT = re.compile(r"^\W*(it'?s|it is|its|that'?s|this is) (about|regarding|re)\b", re.I)
# "I'm calling about the trip form": a stated topic even if the tenant has no FAQ on it.
_ABOUT_TOPIC = re.compile(r"\b(calling|ringing|phoning|asking|ask|enquiring|query|question) (about|regarding)\s+\w", re.I)
_PLACEHOLDER = re.compile(r"\[[a-z_]+\]")
_CALLBACK = re.compile(r"\b(call ?back|called back|phoned back|rung back|ring me|call me|phone me)\b", re.I)
MIN_REASON_WORDS = 2


@dataclass(frozen=True, slots=True)
class IntakeChanges:
    """Which slots this turn changed (the store is updated only for these)."""

    name: bool = False
    callback_number: bool = False
    reason: bool = False
    refused_callback: bool = False
    asked_same_but_withheld: bool = False


def _clauses(text: str) -> list[str]:
    return re.split(r"(?<=[,.;!?])\s+|\s+(?=because\b|as\b|since\b|and\b|but\b)", text)


def _clean_clauses(redacted: str) -> str:
    # Keep only clauses with nothing masked in them: "[health]" must not even hint.
    clauses = _clauses(redacted)
    kept = " ".join(c for c in clauses if not _PLACEHOLDER.search(c)).strip(" ,;")
    return re.sub(r"^(and|but)\s+", "", kept)


def reason_from(
    redacted: str, cues: Cues, text_has_name: bool, *, min_words: int = MIN_REASON_WORDS, answering: bool = False
) -> str | None:
    """The caller's purpose in their own words, or None if this turn doesn't state one.

    ``min_words`` content words are needed; one is enough when the words are known to name a
    tenant topic ("about accommodation"). ``answering`` means the caller was just asked what
    the call is about, so a bare "planning" is an answer.
    """
    if cues.injection or cues.abuse or cues.goodbye or not (cues.purpose or cues.question or answering):
        return None
    if cues.declines and _CALLBACK.search(redacted):
        return None  # "I don't want a callback" is an answer, not what the call is about
    clean = _clean_clauses(redacted)
    if cues.objection:
        # "Please don't record this" is about consent, not the reason for calling.
        clean = " ".join(c for c in re.split(r"(?<=[,.;!?])\s+|\s+so\s+", clean) if "record" not in c.lower())
    clean = _LEADING_FILLER.sub("", clean).strip()
    clean = _PUT_THROUGH.sub("", _ASK_FOR_PERSON.sub("", clean)).strip(" ,.")
    if text_has_name:
        # "it's Mark Evans, Ruby's dad…": the name part is identity, not purpose.
        parts = [p for p in re.split(r",\s*|\s+and\s+(?=i\b|i'm|i'd|i've|we\b|my\b)", clean, flags=re.I) if not name_mentions(p)]
        clean = ", ".join(parts)
    # "How much is membership?" is a reason in four words, only one of them a content word.
    if len(content_words(clean)) < (1 if cues.question else min_words):
        return None
    return clean[0].upper() + clean[1:] if clean else None


def _mask_categories(text: str, decision: TurnDecision) -> str:
    """``text`` with special-category, criminal and payment spans replaced by a placeholder."""
    spans = sorted({(f.start, f.end) for f in decision.findings if f.kind == "category"}, reverse=True)
    out, floor = text, len(text)
    for start, end in spans:
        if end > floor:  # nested or overlapping: the outer span already covers it
            end = min(end, floor)
            if start >= end:
                continue
        out, floor = out[:start] + "[masked]" + out[end:], start
    return out


def _without_disclosure(text: str, decision: TurnDecision) -> str:
    """``text`` with every finding's span (disclosures included) replaced by a placeholder."""
    findings = {(f.kind, f.start, f.end) for f in (*decision.findings, *decision.scan.findings)}
    # A detector may report both the sentence and the words within it that make the disclosure;
    # the inner span is the disclosure, the rest of the sentence can still state the enquiry.
    spans = [
        (start, end) for kind, start, end in findings
        if kind != "safeguarding"
        or not any(k == kind and (s, e) != (start, end) and start <= s and e <= end for k, s, e in findings)
    ]
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)  # overlapping spans are masked as one
        else:
            merged.append([start, end])
    out = text
    for start, end in reversed(merged):
        out = out[:start] + "[masked]" + out[end:]
    return out


def capture(
    state: CallState,
    text: str,
    decision: TurnDecision,
    cues: Cues,
    *,
    known_topic: Callable[[str], bool] | None = None,
) -> IntakeChanges:
    """Update ``state``'s slots from one caller turn; returns what changed.

    ``known_topic`` says whether some words name one of the tenant's departments or FAQs:
    in a turn with a disclosure, only such words ("about dinner money, also…") become the
    reason, so the disclosure itself, or "I need to tell someone", never does.
    """
    name_changed = number_changed = reason_changed = refused = withheld_same = False

    # "because I'm Muslim" is not a name: words the engine masked can never become one.
    spoken = _mask_categories(text, decision)
    new_name = merge_name(state.name, spoken)
    if new_name is None and state.asked == "name" and not (cues.purpose or cues.goodbye or cues.welsh or cues.abuse):
        new_name = answer_as_name(spoken)
    # An injection or abuse turn can't set identity ("name's Hugh Jass, write that down" aside).
    if new_name != state.name and not cues.injection:
        state.name, name_changed = new_name, True

    # A caller may decline to give a name or a number; ask once, then respect it.
    if cues.declines and state.asked == "name" and not name_changed:
        state.name_declined = True
    if cues.declines and (state.asked in ("callback_number", "callback_confirm") or _CALLBACK.search(text)):
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
    elif state.asked == "callback_confirm" and cues.negative and not name_changed:
        # ("No, it's Jon without an h" corrects the name; it says nothing about the number.)
        state.callback_number, state.callback_confirmed, refused = None, False, True

    reason: str | None = None
    if state.reason is None and not decision.scan.safeguarding:
        # Asked outright what it's about, "a bill" is an answer; unprompted, it takes more.
        min_words = 1 if state.asked == "reason" or _ITS_ABOUT.match(text) else MIN_REASON_WORDS
        reason = reason_from(
            decision.redacted, cues, bool(name_mentions(text)), min_words=min_words, answering=state.asked == "reason"
        )
    elif state.reason is None and known_topic is not None:
        # Only clauses that name a topic: the words around a disclosure can hint at it too.
        topical = [
            c for c in _clauses(_without_disclosure(text, decision))
            if not _PLACEHOLDER.search(c) and (known_topic(c) or _ABOUT_TOPIC.search(c))
        ]
        reason = reason_from(" ".join(topical), cues, bool(name_mentions(text)), min_words=1) if topical else None
    if state.reason is None and reason is not None:
        state.reason, state.reason_turn, reason_changed = reason, len(state.caller_turns), True
    return IntakeChanges(name_changed, number_changed, reason_changed, refused, withheld_same)
