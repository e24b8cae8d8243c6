"""Reading a caller's answer to "are you safe right now?" after a disclosure.

The answer decides whether the receptionist urges 999 and offers the safeguarding lead
at once, so it errs towards "not safe": anything that isn't a clear "I'm safe" and
mentions danger, fear or a plain "no" counts as not safe.
"""

from __future__ import annotations

import re

_SAFE = re.compile(
    r"\b(i'?m|i am|we'?re|we are|yes,? i'?m) (safe|ok|okay|fine|alright|all right)\b"
    r"|^\W*(yes|yeah|yep|i think so|for now,? yes|ydw|ydy)\b(?![^.?!]*\b(not|scared|afraid)\b)",
    re.I,
)
_UNSAFE = re.compile(
    r"\bnot (safe|ok|okay|really|sure|at the moment|right now)\b|\bscared\b|\bafraid\b|\bfrightened\b|\bterrified\b"
    r"|\bdanger\b|\bhelp me\b|\bhe'?s here\b|\bshe'?s here\b|\bthey'?re here\b|^\W*(no|nope|na|nah|dim|nac ydw)\b",
    re.I,
)


def says_unsafe(answer: str) -> bool:
    """True when the caller's answer says, or suggests, they are not safe right now."""
    reassured = re.sub(r"\bnot (scared|afraid|frightened|in danger)\b", "", answer, flags=re.I)
    if _SAFE.search(reassured) and not re.search(r"\bnot (safe|ok|okay)\b", reassured, re.I):
        return False
    return bool(_UNSAFE.search(reassured))
