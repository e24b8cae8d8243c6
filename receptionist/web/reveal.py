"""Putting the original words back into a redacted turn, for the audited reveal view only.

Turns are stored already redacted (``[health]``, ``[payment_card]`` ...) and each finding
keeps an encrypted excerpt of what it covered. Revealing walks the findings in order and
replaces the matching placeholder with its excerpt; a placeholder whose excerpt is gone
(shredded) stays as it is, so a reveal can never show more than is still held.
"""

from __future__ import annotations

from dataclasses import dataclass

from receptionist.store.call_view import TurnView


@dataclass(frozen=True)
class Segment:
    """A piece of a turn: plain text, or a revealed span with its label."""

    text: str
    label: str | None = None


def reveal_turn(turn: TurnView) -> list[Segment]:
    """The turn as segments, each finding's placeholder replaced by its original words."""
    text = turn.text or ""
    segments: list[Segment] = []
    pos = 0
    for finding in sorted(turn.findings, key=lambda f: f.start):
        placeholder = f"[{finding.label}]"
        at = text.find(placeholder, pos)
        if at < 0 or finding.excerpt is None:
            continue
        if at > pos:
            segments.append(Segment(text[pos:at]))
        segments.append(Segment(finding.excerpt, finding.label))
        pos = at + len(placeholder)
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return segments


def revealed_text(turn: TurnView) -> str:
    """The revealed turn as one string (for the JSON API)."""
    return "".join(s.text for s in reveal_turn(turn))
