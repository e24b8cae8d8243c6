"""The privacy engine: caller text in, findings and redacted text out. No I/O."""

from receptionist.privacy.types import (
    CATEGORIES,
    INTENTS,
    SAFEGUARDING_SUBTYPES,
    Finding,
    FindingKind,
    ScanResult,
)

__all__ = ["CATEGORIES", "INTENTS", "SAFEGUARDING_SUBTYPES", "Finding", "FindingKind", "ScanResult"]
