"""Redaction: category findings become [label] tags; overlaps and split card numbers merge."""

from __future__ import annotations

import pytest

from receptionist.privacy.redactor import masked_spans, redact
from receptionist.privacy.types import Finding


def cat(label: str, start: int, end: int, score: float = 0.9) -> Finding:
    return Finding("category", label, start, end, score)


@pytest.mark.parametrize(
    ("text", "findings", "expected"),
    [
        ("no findings here", [], "no findings here"),
        ("i have asthma today", [cat("health", 7, 13)], "i have [health] today"),
        # safeguarding and intent findings mark, they do not mask
        ("he hits me", [Finding("safeguarding", "domestic_abuse", 0, 10, 0.9)], "he hits me"),
        ("a real person", [Finding("intent", "human_request", 2, 13, 0.9)], "a real person"),
        # overlapping spans merge into one tag; the more sensitive label names it
        ("abcdefghij", [cat("health", 0, 5), cat("genetic", 3, 8)], "[health]ij"),
        ("abcdefghij", [cat("health", 0, 5), cat("payment_card", 3, 8)], "[payment_card]ij"),
        ("abcdefghij", [cat("health", 2, 4), cat("health", 0, 8)], "[health]ij"),
        # touching payment spans separated only by pauses become one tag
        ("card 4111, 1111, um 1111 ok", [cat("payment_card", 5, 9), cat("payment_card", 11, 15), cat("payment_card", 20, 24)], "card [payment_card] ok"),
        # ...but different facts stay separate tags
        ("asthma and 4111", [cat("health", 0, 6), cat("payment_card", 11, 15)], "[health] and [payment_card]"),
        ("sort 20-00-00 acc 12345678", [cat("bank_details", 5, 13), cat("bank_details", 18, 26)], "sort [bank_details] acc [bank_details]"),
        # a span's own edge spaces stay outside its tag, so the tag never glues to a word
        ("the brca test and more", [cat("genetic", 4, 14)], "the [genetic] and more"),
        ("x  ", [cat("health", 1, 3)], "x  "),
        # spans beyond the text are clipped, empty spans ignored
        ("short", [cat("health", 2, 99), cat("religion_belief", 1, 1)], "sh[health]"),
    ],
)
def test_redact(text: str, findings: list[Finding], expected: str) -> None:
    assert redact(text, findings) == expected


def test_masked_spans_are_sorted_and_disjoint() -> None:
    spans = masked_spans("0123456789" * 3, [cat("health", 20, 25), cat("health", 0, 3), cat("genetic", 2, 6)])
    assert [(s.start, s.end, s.label) for s in spans] == [(0, 6, "health"), (20, 25, "health")]
