"""The second half of the engine: turn category findings into ``[label]`` tags.

Detection and redaction meet only on :class:`~receptionist.privacy.types.Finding`. Only
*category* findings are masked: a safeguarding finding marks what the call flow must
escalate and an intent what it must do, but the words stay (the category findings that
travel with a disclosure, such as ``health`` for self-harm, mask the sensitive part).
Overlapping or touching spans become one tag, so a card number read in four chunks is
redacted whole and never as ``[payment_card], 1111``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from receptionist.privacy.types import CATEGORIES, Finding

# When merged spans carry different labels, the tag names the most sensitive one: payment
# data first (it must never leave), then the order of the vocabulary.
_PRIORITY: dict[str, int] = {
    "payment_card": 0,
    "bank_details": 1,
    **{label: 2 + i for i, label in enumerate(c for c in CATEGORIES if c not in ("payment_card", "bank_details"))},
}
# Only separators between two spans of the same label are swallowed into one tag.
_GLUE = re.compile(r"[\s,.;:/-]*(?:(?:um|uh|er|erm|and)[\s,]*)?")


@dataclass(frozen=True, slots=True)
class MaskedSpan:
    """One stretch of the original text that the redactor replaced, and the tag it chose."""

    start: int
    end: int
    label: str


def masked_spans(text: str, findings: Iterable[Finding]) -> list[MaskedSpan]:
    """The merged, non-overlapping spans that :func:`redact` replaces, in text order."""
    cats = sorted((f for f in findings if f.kind == "category" and f.end > f.start), key=lambda f: (f.start, -f.end))
    out: list[MaskedSpan] = []
    for f in cats:
        start, end = max(0, f.start), min(len(text), f.end)
        # a span that ends on a space would glue its tag to the next word: "[genetic]and"
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end == start:
            continue
        if out:
            last = out[-1]
            gap = text[last.end : start]
            touching = start <= last.end or (
                last.label == f.label and f.label in ("payment_card", "bank_details") and _GLUE.fullmatch(gap) is not None
            )
            if touching:
                label = min(last.label, f.label, key=lambda lab: _PRIORITY.get(lab, 99))
                out[-1] = MaskedSpan(last.start, max(last.end, end), label)
                continue
        out.append(MaskedSpan(start, end, f.label))
    return out


def redact(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with each category finding's span replaced by ``[label]``."""
    parts: list[str] = []
    pos = 0
    for span in masked_spans(text, findings):
        parts.append(text[pos : span.start])
        parts.append(f"[{span.label}]")
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)
