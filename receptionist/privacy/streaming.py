"""Scanning an utterance while it is still being spoken.

Speech-to-text delivers an utterance as a series of partial transcripts. Each may extend or
revise the previous one ("four one one" → "four one one one, one one…") or be the next
fragment after a pause. :class:`StreamingScanner` keeps the utterance so far, rescans it on
every feed, and returns only text that is safe to pass on: any digit run that could still
grow into a card number is held back until it is known not to be one, so no prefix of a
PAN ever leaves unredacted, even when the number is split across fragments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from receptionist.privacy.engine import PrivacyEngine
from receptionist.privacy.payment import looks_like_pan
from receptionist.privacy.redactor import masked_spans, redact
from receptionist.privacy.spoken import DigitRun, digit_runs, words_between
from receptionist.privacy.types import Finding, ScanResult

StreamMode = Literal["auto", "cumulative", "fragments"]

# How far back (in words) an earlier digit run can still join a later one into a card
# number; matches the payment detector's tolerance for "hang on, I need my glasses".
_BRIDGE_WORDS = 12
_MAX_PAN = 19
_TRAILING_GAP = re.compile(r"[\s,.\-–/]*(?:(?:um+|uh+|er|erm|ah)\b[\s,.\-–/]*)*")
_PAYMENT_CONTEXT = re.compile(
    r"\b(?:card|long number|sort[ -]?code|account|cvv|cvc|security code|expiry|iban|pay(?:ing|ment)?)\b", re.I
)


@dataclass(frozen=True, slots=True)
class StreamUpdate:
    """What the scanner lets out after one partial transcript."""

    safe_text: str
    payment_in_progress: bool
    result: ScanResult


class StreamingScanner:
    """Incremental scanning of one utterance's partial transcripts.

    ``mode`` says how successive partials relate: ``cumulative`` (each partial is the whole
    utterance so far), ``fragments`` (each partial is the next piece), or ``auto``: a partial
    that extends or revises the current segment replaces it, anything else is appended.
    """

    def __init__(self, engine: PrivacyEngine, *, mode: StreamMode = "auto") -> None:
        self._engine = engine
        self._mode = mode
        self._committed = ""
        self._segment = ""

    @property
    def text(self) -> str:
        """The utterance so far, as the scanner understands it."""
        return _join(self._committed, self._segment)

    def reset(self) -> None:
        """Start a new utterance."""
        self._committed = ""
        self._segment = ""

    def feed(self, partial_text: str) -> StreamUpdate:
        """Take the next partial transcript; return the safe text so far and the scan result."""
        if self._mode == "fragments" or (self._mode == "auto" and not _same_segment(self._segment, partial_text)):
            self._committed = _join(self._committed, self._segment)
        self._segment = partial_text
        text = self.text
        result = self._engine.scan(text)
        cut, started = _hold_back(text, result.findings)
        safe = result.redacted if cut >= len(text) else _redact_prefix(text, result.findings, cut)
        return StreamUpdate(safe_text=safe, payment_in_progress=result.has_payment_data or started, result=result)

    def finish(self) -> StreamUpdate:
        """The utterance is over: release everything (fully redacted) and reset."""
        result = self._engine.scan(self.text)
        self.reset()
        return StreamUpdate(safe_text=result.redacted, payment_in_progress=result.has_payment_data, result=result)


def _join(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    return a + ("" if a[-1].isspace() or b[0].isspace() else " ") + b


def _same_segment(previous: str, partial: str) -> bool:
    """True when ``partial`` is a revision or extension of ``previous`` rather than a new piece."""
    if not previous:
        return True
    a, b = previous.strip().lower(), partial.strip().lower()
    if b.startswith(a) or a.startswith(b):
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, len(a) // 2)


def _could_start_pan(run: DigitRun) -> bool:
    """Some chunk boundary of the run starts a digit string that may still grow into a PAN."""
    acc = run.digits
    offset = 0
    for chunk in run.chunks:
        rest = acc[offset:]
        if rest and rest[0] in "23456" and (len(rest) < _MAX_PAN or looks_like_pan(rest[:_MAX_PAN])):
            return True
        offset += len(chunk.digits)
    return False


def _hold_back(text: str, findings: tuple[Finding, ...]) -> tuple[int, bool]:
    """Where the safe text must stop, and whether a card or bank number has started."""
    masked = [(s.start, s.end) for s in masked_spans(text, findings)]
    cut = len(text)
    started = False
    # Only runs within bridging distance of the end can still grow: walk back from the end.
    for run in reversed(digit_runs(text)):
        if words_between(text, run.end, len(text)) > _BRIDGE_WORDS:
            break
        if any(s <= run.start and run.end <= e for s, e in masked):
            continue
        trailing = _TRAILING_GAP.fullmatch(text, run.end) is not None
        context = _PAYMENT_CONTEXT.search(text, max(0, run.start - 40), run.start) is not None
        pending = (trailing and (_could_start_pan(run) or context)) or (
            len(run.digits) >= 3 and run.digits[0] in "23456"
        )
        if pending:
            cut = min(cut, run.start)
            started = started or context or len(run.digits) >= 4
    return cut, started


def _redact_prefix(text: str, findings: tuple[Finding, ...], cut: int) -> str:
    """The redacted form of ``text[:cut]``; findings that cross the cut are clipped to it."""
    clipped = [
        Finding(f.kind, f.label, f.start, min(f.end, cut), f.score) for f in findings if f.start < cut
    ]
    return redact(text[:cut], clipped).rstrip()
