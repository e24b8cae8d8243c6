"""Label values: machine tokens pass, anything that could identify a person becomes "other"."""

from __future__ import annotations

import pytest

from receptionist.observability.labels import OTHER, safe_label, safe_labels


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("school", "school"),
        ("oakfield-primary", "oakfield-primary"),
        ("immediate_danger", "immediate_danger"),
        ("sms", "sms"),
        ("deepgram", "deepgram"),
        ("gpt-4.1-mini", "gpt-4.1-mini"),
        ("escalation_sms", "escalation_sms"),
        ("Jane Smith", OTHER),  # capitals and spaces: typed by a person
        ("jane smith", OTHER),
        ("+447700900123", OTHER),
        ("07700900123", OTHER),
        ("tenant-0770090", OTHER),  # a number hiding inside a token
        ("jane@example.org", OTHER),
        ("", OTHER),
        ("x" * 49, OTHER),
        ("x" * 48, "x" * 48),
        ("1st", OTHER),
        (None, OTHER),
        (42, OTHER),
        ("I'm scared of my dad", OTHER),
    ],
)
def test_safe_label(value: object, expected: str) -> None:
    assert safe_label(value) == expected


def test_safe_labels_keeps_keys() -> None:
    assert safe_labels(tenant="school", channel="Jane") == {"tenant": "school", "channel": OTHER}
