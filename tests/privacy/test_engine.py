"""PrivacyEngine: composition of detectors, thresholds, the uncertain band and redaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from receptionist.privacy.engine import PrivacyEngine, default_engine
from receptionist.privacy.types import Finding, ScanResult


def fixed(*findings: Finding) -> Callable[[str], Sequence[Finding]]:
    """A detector that always reports ``findings`` (a stand-in for the language detectors)."""

    def detect(text: str) -> Sequence[Finding]:
        return findings

    return detect


def health(score: float) -> Finding:
    return Finding("category", "health", 0, 6, score)


@pytest.mark.parametrize(
    ("score", "kept", "uncertain"),
    [
        (0.95, True, False),
        (0.8, True, False),
        (0.79, True, True),
        (0.5, True, True),
        (0.45, False, True),
        (0.4, False, True),
        (0.39, False, False),
    ],
)
def test_thresholds_and_uncertain_band(score: float, kept: bool, uncertain: bool) -> None:
    engine = PrivacyEngine(detectors=(fixed(health(score)),))
    result = engine.scan("asthma is why")
    assert (result.categories == ["health"]) is kept
    assert result.uncertain is uncertain
    assert (result.redacted == "[health] is why") is kept


def test_intents_and_payment_never_make_it_uncertain() -> None:
    engine = PrivacyEngine(detectors=(fixed(Finding("intent", "human_request", 0, 3, 0.5)),))
    result = engine.scan("yes 4111 1111 1111 1111")
    assert not result.uncertain
    assert result.intents == ["human_request"]
    assert result.redacted == "yes [payment_card]"


def test_safeguarding_is_the_highest_scoring_subtype() -> None:
    engine = PrivacyEngine(
        detectors=(
            fixed(Finding("safeguarding", "domestic_abuse", 0, 4, 0.8)),
            fixed(Finding("safeguarding", "immediate_danger", 0, 4, 0.95)),
        )
    )
    assert engine.scan("text here").safeguarding == "immediate_danger"


def test_duplicate_findings_from_two_detectors_collapse() -> None:
    engine = PrivacyEngine(detectors=(fixed(health(0.9)), fixed(health(0.9))))
    assert len(engine.scan("asthma").findings) == 1


def test_with_findings_adds_and_never_removes() -> None:
    engine = PrivacyEngine(detectors=())
    base = engine.scan("card 4111 1111 1111 1111 and asthma")
    more = engine.with_findings(base, [Finding("category", "health", 29, 35, 0.8)])
    assert set(base.findings) < set(more.findings)
    assert more.redacted == "card [payment_card] and [health]"


@pytest.mark.parametrize("band", [(0.8, 0.2), (-0.1, 0.5), (0.5, 1.5)])
def test_bad_band_is_refused(band: tuple[float, float]) -> None:
    with pytest.raises(ValueError, match="uncertain_band"):
        PrivacyEngine(uncertain_band=band)


def test_default_engine_is_cached_and_works_end_to_end() -> None:
    engine = default_engine()
    assert default_engine() is engine
    result = engine.scan("5425 2334 3010 9903, and call me on 01632 960771 if it declines")
    assert isinstance(result, ScanResult)
    assert result.redacted == "[payment_card], and call me on 01632 960771 if it declines"
    assert result.has_payment_data


@pytest.mark.parametrize(
    "text",
    [
        "the voucher code is 4929 1234 5678 1234",
        "my council tax reference is six oh double four two one nine",
        "my mobile's oh seven seven double oh, nine double oh, eight three four",
        "i'll pay with my debit card when i come in on Monday",
        "the bus number's the x forty three and it didn't turn up at seven fifteen again",
    ],
)
def test_default_engine_leaves_numbers_that_are_not_payment_data(text: str) -> None:
    result = default_engine().scan(text)
    assert not result.has_payment_data
    assert result.redacted == text
