"""The privacy engine: one call maps caller text to findings and redacted text.

:class:`PrivacyEngine` composes the detectors (card and bank data from
:mod:`~receptionist.privacy.payment`, safeguarding, special categories and intents from
:mod:`~receptionist.privacy.semantic`) and the redactor. It is pure and fast, so the call
flow runs it on every partial transcript. It also says when it is *unsure*: a language
finding scored in the middle band is the one case where a slower second opinion (an LLM
classifier) is worth asking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from receptionist.privacy.payment import detect_payment
from receptionist.privacy.redactor import redact
from receptionist.privacy.semantic import detect_semantic
from receptionist.privacy.spoken import digit_runs
from receptionist.privacy.types import PAYMENT_CATEGORIES, Finding, ScanResult

Detector = Callable[[str], Sequence[Finding]]

DEFAULT_MIN_SCORE = 0.5
# Language findings scored in [low, high) are plausible but not sure; recall matters more
# than precision for safeguarding, so those still count and are also flagged for review.
DEFAULT_UNCERTAIN_BAND = (0.4, 0.8)


class PrivacyEngine:
    """Detect and redact sensitive content in one utterance, with no I/O.

    ``detectors`` are the language detectors (default: :func:`detect_semantic`); card and
    bank detection always runs, because it is what keeps card numbers out of storage and
    out of the LLM. Findings scored below ``min_score`` are dropped; safeguarding and
    category findings scored inside ``uncertain_band`` set ``ScanResult.uncertain``.
    """

    def __init__(
        self,
        detectors: Sequence[Detector] = (detect_semantic,),
        *,
        min_score: float = DEFAULT_MIN_SCORE,
        uncertain_band: tuple[float, float] = DEFAULT_UNCERTAIN_BAND,
    ) -> None:
        low, high = uncertain_band
        if not 0.0 <= low <= high <= 1.0:
            raise ValueError("uncertain_band must satisfy 0 <= low <= high <= 1")
        self._detectors = tuple(detectors)
        self._min_score = min_score
        self._band = (low, high)

    def scan(self, text: str) -> ScanResult:
        """Findings and redacted text for ``text`` (an utterance or a partial transcript)."""
        found: list[Finding] = detect_payment(text, digit_runs(text))
        for detector in self._detectors:
            found.extend(detector(text))
        low, high = self._band
        uncertain = any(
            f.kind != "intent" and f.label not in PAYMENT_CATEGORIES and low <= f.score < high for f in found
        )
        kept = sorted({f for f in found if f.score >= self._min_score}, key=lambda f: (f.start, f.end, f.kind, f.label, f.score))
        return ScanResult(text=text, redacted=redact(text, kept), findings=tuple(kept), uncertain=uncertain)

    def with_findings(self, result: ScanResult, extra: Sequence[Finding]) -> ScanResult:
        """``result`` with ``extra`` findings added (never removed) and the text redacted again."""
        merged = sorted(set(result.findings) | set(extra), key=lambda f: (f.start, f.end, f.kind, f.label, f.score))
        return ScanResult(
            text=result.text, redacted=redact(result.text, merged), findings=tuple(merged), uncertain=result.uncertain
        )


@lru_cache(maxsize=1)
def default_engine() -> PrivacyEngine:
    """The process-wide engine with the default detectors and thresholds."""
    return PrivacyEngine()
