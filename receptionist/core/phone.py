"""Callback numbers: finding a phone number in what the caller said, and E.164 form.

Callers read numbers aloud ("oh seven seven double oh, nine double oh…"); the privacy
engine's :func:`~receptionist.privacy.spoken.digit_runs` turns those into digits. Only runs
that are plausible UK (or explicitly international) phone numbers count, so a student
number or a planning reference is never mistaken for a callback number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from receptionist.privacy.spoken import digit_runs

# Phrases meaning "use the number I'm calling from".
_SAME_NUMBER = re.compile(
    r"\b(this|the same|same|my|the) (number|one|phone)('s| is)? (i'?m|i am) (calling|ringing|on|phoning)\b"
    r"|\b(on|to|use|try|ring|call) (me on )?(this|that|the same|same) (number|one|phone)\b"
    r"|\bthis (number|one)('s| is)? (fine|good|ok|okay|great|best|grand)\b"
    r"|\b(that|this|it)('s| is) (the )?(right|correct|best|fine|good) (number|one)\b"
    r"|\bnumber (i'?m|i am) (calling|ringing) (from|on)\b"
    r"|\b(the )?(number|one) you('ve| have) got\b"
    r"|\bsame number\b",
    re.IGNORECASE,
)
_YES = re.compile(r"^\s*(yes|yeah|yep|yup|that's right|that is right|correct|that's fine|fine|sure|ok|okay|ie|do|ydy|ydw|yndy|ydi|iawn|cywir)\b", re.I)
_WITHHELD = re.compile(r"\b(withheld|private number|hidden|no caller id)\b", re.I)


def to_e164(digits: str) -> str | None:
    """E.164 for a UK or international number written as digits, or None if implausible."""
    if digits.startswith("00") and 10 <= len(digits) <= 17 and digits[2] != "0":
        return "+" + digits[2:]
    if digits.startswith("44") and len(digits) == 12:
        return "+" + digits
    if digits.startswith("0") and len(digits) in (10, 11) and digits[1] != "0":
        return "+44" + digits[1:]
    return None


def spoken_e164(e164: str) -> str:
    """A number as the receptionist reads it back, in UK national format ("020 7946 0512")."""
    if not e164.startswith("+44"):
        return e164
    n = "0" + e164[3:]
    if len(n) != 11:
        return n
    if n.startswith(("020", "023", "024", "028", "029")):
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if n.startswith("01") and (n[2] == "1" or n[3] == "1"):
        return f"{n[:4]} {n[4:7]} {n[7:]}"
    return f"{n[:5]} {n[5:]}"


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A phone number the caller said: its E.164 form and where it was in the text."""

    e164: str
    start: int
    end: int


def find_numbers(text: str, *, exclude: Sequence[tuple[int, int]] = ()) -> list[NumberMention]:
    """Every plausible phone number in ``text``, skipping spans already masked (e.g. card data)."""
    found: list[NumberMention] = []
    explicit_plus = {m.start() for m in re.finditer(r"\+\s?\d", text)}
    for run in digit_runs(text):
        if any(run.start < end and start < run.end for start, end in exclude):
            continue
        digits = run.digits
        if any(p < run.start and run.start - p <= 2 for p in explicit_plus) and not digits.startswith("0"):
            digits = "00" + digits
        e164 = to_e164(digits)
        if e164 is not None:
            found.append(NumberMention(e164, run.start, run.end))
    return found


def means_same_number(text: str) -> bool:
    """True when the caller says to use the number they are calling from."""
    return bool(_SAME_NUMBER.search(text))


def is_affirmative(text: str) -> bool:
    """A plain yes (in English or Welsh) to a yes/no question."""
    return bool(_YES.match(text))


def says_withheld(text: str) -> bool:
    """The caller mentions that their number is withheld."""
    return bool(_WITHHELD.search(text))
