"""StreamingScanner: partial transcripts in, safe text out; no PAN prefix ever escapes."""

from __future__ import annotations

import re

import pytest

from receptionist.privacy.engine import PrivacyEngine
from receptionist.privacy.spoken import digit_runs
from receptionist.privacy.streaming import StreamingScanner, StreamMode

PAN = "4917610000000000"


def _digits(text: str) -> str:
    return "".join(r.digits for r in digit_runs(text))


def _no_pan_prefix(safe: str, pan: str, min_len: int = 4) -> bool:
    """No run of >= min_len digits of ``pan`` (from its start) survives in ``safe``."""
    left = _digits(safe)
    return pan[:min_len] not in left


@pytest.fixture
def engine() -> PrivacyEngine:
    # Only the deterministic payment detector: these tests are about digits, not language.
    return PrivacyEngine(detectors=())


@pytest.mark.parametrize(
    ("mode", "partials"),
    [
        # cumulative interim transcripts
        (
            "auto",
            [
                "my card is four nine",
                "my card is four nine one seven, six one",
                "my card is four nine one seven, six one double oh, double oh double oh",
                "my card is four nine one seven, six one double oh, double oh double oh, double oh double oh",
            ],
        ),
        # the number split across two fragments
        ("fragments", ["my card is four nine one seven, six one double oh,", "double oh double oh, double oh double oh thanks"]),
        ("auto", ["my card is four nine one seven, six one double oh,", "double oh double oh, double oh double oh thanks"]),
        # typed digits split across fragments
        ("fragments", ["it's 4917 6100", "0000 0000 for the swimming"]),
        # split by words in the middle
        ("fragments", ["four nine one seven, six one double oh,", "hang on, let me find my glasses,", "double oh double oh, double oh double oh"]),
        ("cumulative", ["4917", "4917 6100", "4917 6100 0000", "4917 6100 0000 0000"]),
    ],
)
def test_no_pan_prefix_escapes(engine: PrivacyEngine, mode: StreamMode, partials: list[str]) -> None:
    scanner = StreamingScanner(engine, mode=mode)
    seen_payment = False
    for partial in partials:
        update = scanner.feed(partial)
        assert _no_pan_prefix(update.safe_text, PAN), update.safe_text
        seen_payment = seen_payment or update.payment_in_progress
    assert update.result.has_payment_data
    assert "[payment_card]" in update.safe_text
    assert PAN not in _digits(update.result.redacted)
    assert seen_payment


def test_payment_in_progress_as_soon_as_a_card_number_starts(engine: PrivacyEngine) -> None:
    scanner = StreamingScanner(engine)
    first = scanner.feed("i'd like to pay, the card number is four nine")
    assert first.payment_in_progress
    assert first.safe_text == "i'd like to pay, the card number is"


@pytest.mark.parametrize(
    ("partials", "final_safe"),
    [
        # phone numbers start with 0: never held, never flagged
        (["call me on oh seven seven double oh", "call me on oh seven seven double oh nine double oh eight three four"],
         "call me on oh seven seven double oh nine double oh eight three four"),
        (["the meeting is on Monday", "the meeting is on Monday at the town hall"], "the meeting is on Monday at the town hall"),
    ],
)
def test_ordinary_text_flows(engine: PrivacyEngine, partials: list[str], final_safe: str) -> None:
    scanner = StreamingScanner(engine)
    for partial in partials:
        update = scanner.feed(partial)
        assert not update.payment_in_progress
    assert update.safe_text == final_safe


def test_held_number_is_released_when_it_cannot_be_a_card(engine: PrivacyEngine) -> None:
    scanner = StreamingScanner(engine)
    held = scanner.feed("my locker is three one two")
    assert "three one two" not in held.safe_text
    done = scanner.finish()
    assert done.safe_text == "my locker is three one two"
    assert scanner.text == ""


def test_auto_mode_treats_revisions_as_the_same_segment(engine: PrivacyEngine) -> None:
    scanner = StreamingScanner(engine)
    scanner.feed("can i book the hall for")
    scanner.feed("can i book the hall for Saturday")
    assert scanner.text == "can i book the hall for Saturday"
    scanner.feed("and also the kitchen")
    assert scanner.text == "can i book the hall for Saturday and also the kitchen"


@pytest.mark.parametrize("cut", range(1, 16))
def test_every_split_point_of_a_typed_pan(engine: PrivacyEngine, cut: int) -> None:
    scanner = StreamingScanner(engine, mode="fragments")
    a, b = PAN[:cut], PAN[cut:]
    first = scanner.feed(f"card {a}")
    assert not re.search(r"\d{4}", first.safe_text)
    second = scanner.feed(b)
    assert PAN[:4] not in second.safe_text
