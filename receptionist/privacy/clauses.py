"""Clause boundaries in unpunctuated speech, for disclosure spans.

A safeguarding finding marks the disclosure clause, and self-harm content is masked at clause
level. STT output has few full stops, so a clause ends at punctuation, at a conjunction that
starts a new thought ("and", "but", "so", "cause") or at the turn to the business of the call
("can you", "is the", "please"), and never runs further than a fixed distance from the match.
"""

from __future__ import annotations

import re
from typing import Final

_MAX_REACH: Final = 90
_TIGHT_REACH: Final = 60

_BOUNDARY: Final = re.compile(
    r"[,.;!?]|\s(?:and|but|so|cause|'cause|because|cos|coz|then|although|though|whereas|"
    r"anyway|can you|could you|can i|could i|can someone|can the|is the|is there|are the|"
    r"please|i need to|i want to|i'd like|i'm ringing|i'm calling|i'm phoning|"
    r"what time|when's|when is|where's|where is|how do|who do|which)\s|"
    # a new clause that starts without punctuation: "an extension on the dissertation i've been cutting"
    r"\s(?=(?:i've been|i have been|i've started|i keep|i've got|i'm just)\s)|"
    # reported speech: "tell the head (that) ..." — the clause is what is being told
    r"\b(?:tell|told|tells|let) (?:the |my |her |his |him |them |you |me )?(?:\w+ ){0,4}?(?:know )?"
    r"(?:that )?(?=i |i'm|i've|i'd|he |he's|she |she's|they |they're|we |my |his |her |you |you've|you're|you'd)|"
    # what someone wrote or said: "he texted me from the residential saying he's written a goodbye letter"
    r"\b(?:saying|says|said|wrote|writing|texted|messaged)(?: to me| me)?(?: that)? "
    r"(?=i |i'm|i've|i'd|he |he's|she |she's|they |they're|we |you |you've|you're)"
)


def clause_span(text: str, start: int, end: int, *, tight: bool = False) -> tuple[int, int]:
    """Widen ``[start, end)`` to the clause that contains it.

    ``tight`` keeps a shorter reach; it is used for spans that are redacted, where eating
    business content costs more than leaving a function word.
    """
    reach = _TIGHT_REACH if tight else _MAX_REACH
    left = max(0, start - reach)
    clause_start = left
    # searched past ``start`` so a lookahead at the edge is not cut short
    for m in _BOUNDARY.finditer(text, left):
        if m.start() >= start:
            break
        clause_start = min(m.end(), start)
    if clause_start == left and left > 0:
        # No boundary within reach: do not cut a word in half.
        space = text.find(" ", left, start)
        clause_start = space + 1 if space != -1 else start
    right = min(len(text), end + reach)
    nxt = _BOUNDARY.search(text, end, right)
    clause_end = nxt.start() if nxt else right
    if nxt is None and right < len(text):
        space = text.rfind(" ", end, right)
        clause_end = space if space != -1 else end
    while clause_start < start and text[clause_start].isspace():
        clause_start += 1
    while clause_end > end and text[clause_end - 1].isspace():
        clause_end -= 1
    return clause_start, max(clause_end, end)


def clauses(text: str) -> list[tuple[int, int]]:
    """The clause spans of ``text`` in order, split at the same boundaries, spaces trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in [*_BOUNDARY.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        if m is not None:
            start = m.end()
    return spans
