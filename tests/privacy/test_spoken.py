"""digit_runs: numbers typed or spoken in STT style, with spans into the original text."""

from __future__ import annotations

import pytest

from receptionist.privacy.spoken import RunIndex, digit_runs, spelled_tokens, words_between


def _runs(text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.digits) for r in digit_runs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits, typed groups, separators
        ("call 01632 960771 please", [("01632 960771", "01632960771")]),
        ("card 5555-5555-5555-4444 ok", [("5555-5555-5555-4444", "5555555555554444")]),
        ("expiry 09/26", [("09/26", "0926")]),
        ("sort code 08-92-99", [("08-92-99", "089299")]),
        # spoken digits, doubles and triples
        ("oh seven seven double oh nine", [("oh seven seven double oh nine", "077009")]),
        ("four one one one", [("four one one one", "4111")]),
        ("triple five", [("triple five", "555")]),
        ("treble two one", [("treble two one", "2221")]),
        ("double 7 one", [("double 7 one", "771")]),
        ("zero nine twenty six", [("zero nine twenty six", "0926")]),
        # tens, teens, compounds
        ("twenty six", [("twenty six", "26")]),
        ("twenty-six and forty-three", [("twenty-six", "26"), ("forty-three", "43")]),
        ("eleven twenty two thirty three", [("eleven twenty two thirty three", "112233")]),
        ("the x forty three bus", [("forty three", "43")]),
        ("it's twenty twenty six", [("twenty twenty six", "2026")]),
        ("three hundred and twelve", [("three hundred and twelve", "312")]),
        ("a hundred quid", [("a hundred", "100")]),
        ("two thousand and five", [("two thousand and five", "2005")]),
        ("nought one", [("nought one", "01")]),
        # hesitations and commas keep one run; words end it
        ("four oh oh oh, um, oh oh two five", [("four oh oh oh, um, oh oh two five", "40000025")]),
        ("um four oh oh oh hang on three one", [("four oh oh oh", "4000"), ("three one", "31")]),
        ("room one oh six in Block B", [("one oh six", "106")]),
        ("Four One One", [("Four One One", "411")]),
        # hard negatives: interjections, times, words containing number words
        ("oh i forgot", []),
        ("oh, oh no", []),
        ("seven o'clock", [("seven", "7")]),
        ("someone said it was often fine", []),
        ("we went there, honestly", []),
        ("double booking again", []),
        ("", []),
    ],
)
def test_digit_runs(text: str, expected: list[tuple[str, str]]) -> None:
    assert _runs(text) == expected


@pytest.mark.parametrize(
    ("text", "chunks"),
    [
        ("four oh oh oh, oh oh two five", ["4000", "0025"]),
        ("5425 2334 3010 9903", ["5425", "2334", "3010", "9903"]),
        ("oh seven seven double oh, nine double oh, eight three four", ["07700", "900", "834"]),
        ("four nine one seven um six one double oh", ["4917", "6100"]),
        ("one two three four five six", ["123456"]),
    ],
)
def test_chunks_split_at_pauses_and_typed_groups(text: str, chunks: list[str]) -> None:
    (run,) = digit_runs(text)
    assert [c.digits for c in run.chunks] == chunks
    assert "".join(c.digits for c in run.chunks) == run.digits
    for c in run.chunks:
        assert run.start <= c.start < c.end <= run.end


def test_spans_point_into_original_text() -> None:
    text = "Yeah it's FOUR one, double OH two and that's it"
    (run,) = digit_runs(text)
    assert text[run.start : run.end] == "FOUR one, double OH two"
    assert run.digits == "41002"


@pytest.mark.parametrize(
    ("text", "context", "sizes", "expected"),
    [
        ("sort code two oh, double oh, double oh", "sort code", range(6, 7), "two oh, double oh, double oh"),
        ("double four, double six, double two is the sort code", "sort code", range(6, 7), "double four, double six, double two"),
        # a corrected false start belongs to the number it corrects: "12" is masked with "123"
        ("cvv is, um, 12, no sorry 123", "cvv", range(3, 5), "12, no sorry 123"),
        # the nearest run of the wrong size is skipped for the next one in reach
        ("cvv is, um, 12, and the card ends 1234", "cvv", range(3, 5), "1234"),
        # too far away on either side
        ("sort code " + "and then " * 5 + "two oh two oh two oh", "sort code", range(6, 7), None),
        ("123456 " + "and then " * 3 + "sort code", "sort code", range(6, 7), None),
        ("no numbers at all near the sort code", "sort code", range(6, 7), None),
    ],
)
def test_run_index_near(text: str, context: str, sizes: range, expected: str | None) -> None:
    start = text.index(context)
    run = RunIndex(digit_runs(text)).near(text, start, start + len(context), sizes)
    assert (text[run.start : run.end] if run else None) == expected


@pytest.mark.parametrize(
    ("text", "a", "b", "n"),
    [("one two three", 0, 13, 3), ("a, b; c", 0, 7, 3), ("abc", 2, 1, 0), ("it's here", 0, 9, 2)],
)
def test_words_between(text: str, a: int, b: int, n: int) -> None:
    assert words_between(text, a, b) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i e two nine, a i b k", "IE29AIBK"),
        ("g b double oh seven", "GB007"),
        ("it's b oh four", "B04"),
        ("the letter o then x", "OX"),
        ("flat 4 b", "4B"),
    ],
)
def test_spelled_tokens(text: str, expected: str) -> None:
    assert "".join(t for t, _, _ in spelled_tokens(text)) == expected
