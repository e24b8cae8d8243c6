"""UK phone numbers (typed and spoken) and person names."""

from __future__ import annotations

import pytest

from receptionist.privacy.identifiers import find_person_names, find_phone_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call me on 01632 960771 if it declines", [("01632 960771", "+441632960771")]),
        ("my mobile is 07700900123", [("07700900123", "+447700900123")]),
        ("it's +44 7700 900123", [("+44 7700 900123", "+447700900123")]),
        ("it's 0044 20 7946 0958", [("0044 20 7946 0958", "+442079460958")]),
        (
            "my mobile's oh seven seven double oh, nine double oh, eight three four",
            [("oh seven seven double oh, nine double oh, eight three four", "+447700900834")],
        ),
        (
            "ring me on oh one one seven, four nine six, oh three three three please",
            [("oh one one seven, four nine six, oh three three three", "+441174960333")],
        ),
        (
            "plus four four seven seven double oh nine double oh one two three",
            [("plus four four seven seven double oh nine double oh one two three", "+447700900123")],
        ),
        ("oh two oh, seven nine four six, oh nine five eight", [("oh two oh, seven nine four six, oh nine five eight", "+442079460958")]),
        # two numbers in one breath
        (
            "01632 960771 or 07700 900123",
            [("01632 960771", "+441632960771"), ("07700 900123", "+447700900123")],
        ),
    ],
)
def test_phone_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[p.start : p.end], p.value) for p in find_phone_numbers(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "my card number is 4111 1111 1111 1111",
        "the reference is four four one two",
        "my payroll number's oh oh five five one two",
        "the bus is at seven fifteen",
        "04 00 04 is the sort code",
        "it's 01234 5678",
        "ref 0712345678901234",
        "",
    ],
)
def test_not_phone_numbers(text: str) -> None:
    assert find_phone_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my name is sarah jones", ["sarah jones"]),
        ("my name's tariq and i'm worried", ["tariq"]),
        ("can i speak to Mrs Evans please", ["Mrs Evans"]),
        ("Hi, it's Priya Shah calling about Tom", ["Priya Shah", "Tom"]),
        ("dr khan said to ring", ["dr khan"]),
        ("can james ring me back", ["james"]),
        ("I spoke to Oliver Bennett yesterday", ["Oliver Bennett"]),
    ],
)
def test_person_names(text: str, expected: list[str]) -> None:
    assert [text[p.start : p.end] for p in find_person_names(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "i'm worried about my son",
        "it's about the invoice",
        "this is the school office",
        "my name is on the list",
        "my name's down for the trip",
        "my name is spelt wrong on the letter",
        "can i speak to a real person",
        "",
    ],
)
def test_not_person_names(text: str) -> None:
    assert find_person_names(text) == []


def test_repr_hides_the_value() -> None:
    (phone,) = find_phone_numbers("07700 900123")
    assert "900123" not in repr(phone)
    assert phone.kind == "phone"


def test_card_number_groups_are_not_a_phone_number() -> None:
    assert find_phone_numbers("it's 3433-029011-95202 on the amex") == []
