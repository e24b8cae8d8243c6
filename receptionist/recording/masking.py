"""From privacy findings on a transcript to spans of audio to silence.

The privacy engine works on characters; the recording works on milliseconds. The STT's
word timings join them: every word that overlaps a masked character span is silenced,
with a little padding because word boundaries from STT are approximate. When a finding
cannot be matched to any word (the transcript and the word list disagree), the whole
utterance is silenced: losing a few seconds of audio is better than keeping card digits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from receptionist.privacy.types import Finding

# Findings of these kinds are redacted from text, so their audio is silenced too.
MASKED_KINDS: frozenset[str] = frozenset({"category"})
PAD_MS = 120


@dataclass(frozen=True, slots=True)
class TimedWord:
    """One recognised word and where it was heard, in ms on the recording's timeline."""

    text: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True, slots=True)
class MaskSpan:
    """A stretch of one track to silence before the recording is finalised."""

    track: str
    start_ms: int
    end_ms: int


def word_char_spans(text: str, words: Sequence[TimedWord]) -> list[tuple[int, int] | None]:
    """Character span of each word in ``text``, searched left to right; None if not found."""
    lowered = text.lower()
    cursor = 0
    spans: list[tuple[int, int] | None] = []
    for word in words:
        token = word.text.strip().lower()
        at = lowered.find(token, cursor) if token else -1
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(token)))
        cursor = at + len(token)
    return spans


def spans_to_mask(
    text: str,
    words: Sequence[TimedWord],
    findings: Iterable[Finding],
    *,
    track: str = "caller",
    kinds: frozenset[str] = MASKED_KINDS,
    pad_ms: int = PAD_MS,
) -> list[MaskSpan]:
    """The audio spans to silence for the masked ``findings`` on ``text``."""
    masked = [f for f in findings if f.kind in kinds]
    if not masked or not words:
        return []
    char_spans = word_char_spans(text, words)
    out: list[MaskSpan] = []
    for finding in masked:
        hit = [
            w
            for w, span in zip(words, char_spans, strict=True)
            if span is not None and span[0] < finding.end and span[1] > finding.start
        ]
        if not hit:
            # No word lines up with the finding: silence the whole utterance.
            hit = list(words)
        start = min(w.start_ms for w in hit) - pad_ms
        end = max(w.end_ms for w in hit) + pad_ms
        out.append(MaskSpan(track=track, start_ms=max(0, start), end_ms=end))
    return merge(out)


def merge(spans: Iterable[MaskSpan]) -> list[MaskSpan]:
    """Overlapping or touching spans of the same track joined, sorted by start."""
    ordered = sorted(spans, key=lambda s: (s.track, s.start_ms))
    out: list[MaskSpan] = []
    for span in ordered:
        last = out[-1] if out else None
        if last and last.track == span.track and span.start_ms <= last.end_ms:
            out[-1] = MaskSpan(last.track, last.start_ms, max(last.end_ms, span.end_ms))
        else:
            out.append(span)
    return out
