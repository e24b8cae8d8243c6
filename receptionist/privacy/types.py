"""The small record where detection and redaction meet.

Detectors produce :class:`Finding` objects (kind, label, span, score); the redactor and
every consumer downstream read only these. Labels are the product's fixed vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FindingKind = Literal["safeguarding", "category", "intent"]

SAFEGUARDING_SUBTYPES: tuple[str, ...] = (
    "self_harm_suicide",
    "child_abuse",
    "neglect",
    "domestic_abuse",
    "exploitation",
    "radicalisation",
    "fgm",
    "immediate_danger",
    "bullying_harassment",
    "adult_at_risk",
)

CATEGORIES: tuple[str, ...] = (
    "health",
    "racial_ethnic_origin",
    "religion_belief",
    "political_opinion",
    "trade_union",
    "genetic",
    "biometric",
    "sex_life_orientation",
    "criminal_offence",
    "payment_card",
    "bank_details",
)

INTENTS: tuple[str, ...] = ("human_request", "recording_objection")

# Categories whose presence pauses recording and which never reach the LLM unmasked.
PAYMENT_CATEGORIES: frozenset[str] = frozenset({"payment_card", "bank_details"})


@dataclass(frozen=True, slots=True)
class Finding:
    """One detection: what was found, where (character offsets into the text) and how sure."""

    kind: FindingKind
    label: str
    start: int
    end: int
    score: float

    def as_dict(self) -> dict[str, object]:
        """The finding in the ``receptionist scan`` output shape."""
        return {
            "kind": self.kind,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
        }


@dataclass(frozen=True, slots=True)
class ScanResult:
    """Everything the engine concluded about one piece of caller text."""

    text: str
    redacted: str
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    uncertain: bool = False

    @property
    def safeguarding(self) -> str | None:
        """The highest-scoring safeguarding subtype, or None."""
        best: Finding | None = None
        for f in self.findings:
            if f.kind == "safeguarding" and (best is None or f.score > best.score):
                best = f
        return best.label if best else None

    @property
    def categories(self) -> list[str]:
        """Distinct category labels, in vocabulary order."""
        found = {f.label for f in self.findings if f.kind == "category"}
        return [c for c in CATEGORIES if c in found]

    @property
    def intents(self) -> list[str]:
        """Distinct intent labels, in vocabulary order."""
        found = {f.label for f in self.findings if f.kind == "intent"}
        return [i for i in INTENTS if i in found]

    @property
    def has_payment_data(self) -> bool:
        """True when card or bank data was found (recording must pause)."""
        return any(f.kind == "category" and f.label in PAYMENT_CATEGORIES for f in self.findings)
