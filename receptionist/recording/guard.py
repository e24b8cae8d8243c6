"""Turns the caller's transcripts into recorder actions.

Interim transcripts are scanned as they stream, so the recorder pauses the moment a card
or bank number begins rather than when the caller finishes the sentence. Final
transcripts are scanned in full: masked findings become spans to silence (via the STT's
word timings), and a final utterance with no payment data lets recording resume.

The scanners are ports so this stays testable without the privacy engine's internals;
the voice worker passes ``PrivacyEngine`` and ``StreamingScanner``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from receptionist.privacy.types import ScanResult
from receptionist.recording.masking import TimedWord, spans_to_mask
from receptionist.recording.recorder import CallRecorder

PAUSE_REASON = "payment"


class TextScanner(Protocol):
    """The privacy engine's whole-utterance scan (pure, no I/O)."""

    def scan(self, text: str) -> ScanResult:
        """Findings and redacted text for ``text``."""
        ...


class PaymentSignal(Protocol):
    """The part of a streaming update the recorder needs."""

    @property
    def payment_in_progress(self) -> bool:
        """True as soon as a card or bank number has started."""
        ...


class InterimScanner(Protocol):
    """Scans one utterance's growing partial transcript."""

    def feed(self, partial_text: str) -> PaymentSignal:
        """Scan the partial transcript so far."""
        ...


class RecordingGuard:
    """Pauses, resumes and masks one call's recording from its transcripts."""

    def __init__(
        self,
        recorder: CallRecorder,
        engine: TextScanner,
        new_interim_scanner: Callable[[], InterimScanner],
    ) -> None:
        self._recorder = recorder
        self._engine = engine
        self._new_scanner = new_interim_scanner
        self._scanner: InterimScanner | None = None

    def on_interim(self, partial_text: str) -> bool:
        """Scan a partial transcript; pause at once if payment data has started."""
        if self._scanner is None:
            self._scanner = self._new_scanner()
        in_progress = self._scanner.feed(partial_text).payment_in_progress
        if in_progress:
            self._recorder.pause(PAUSE_REASON)
        return in_progress

    def on_final(self, text: str, words: Sequence[TimedWord]) -> ScanResult:
        """Scan a final transcript: queue masks, and resume once an utterance is clean."""
        self._scanner = None
        result = self._engine.scan(text)
        for span in spans_to_mask(text, words, result.findings):
            self._recorder.mask(span)
        if result.has_payment_data:
            self._recorder.pause(PAUSE_REASON)
        else:
            self._recorder.resume(PAUSE_REASON)
        return result
