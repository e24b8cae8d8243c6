"""Card and bank data: PANs (typed, spoken, split), expiry, CVV, sort code, account, IBAN."""

from __future__ import annotations

import pytest

from receptionist.privacy.payment import detect_payment, looks_like_pan, luhn_valid


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.label, text[f.start : f.end]) for f in detect_payment(text)}


CARD = "payment_card"
BANK = "bank_details"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # full card numbers, typed
        ("my card number is 4111 1111 1111 1111", {(CARD, "4111 1111 1111 1111")}),
        ("5555-5555-5555-4444 for the tickets", {(CARD, "5555-5555-5555-4444")}),
        ("it's 378282246310005 thanks", {(CARD, "378282246310005")}),
        ("2223 0031 2200 3222 is the mastercard", {(CARD, "2223 0031 2200 3222")}),
        # full card numbers, spoken, with doubles and pauses
        (
            "it's four one one one, one one one one, one one one one, one one one one",
            {(CARD, "four one one one, one one one one, one one one one, one one one one")},
        ),
        (
            "five five five five five five five five five five five five four four four four",
            {(CARD, "five five five five five five five five five five five five four four four four")},
        ),
        (
            "three seven eight two, eight two two four six three, one double oh oh five",
            {(CARD, "three seven eight two, eight two two four six three, one double oh oh five")},
        ),
        (
            "six oh one one, um, one one one one, one one one one, one one one seven",
            {(CARD, "six oh one one, um, one one one one, one one one one, one one one seven")},
        ),
        # split across a pause with words in between: both halves masked
        (
            "four one one one, one one one one, sorry where are my glasses, one one one one, one one one one",
            {(CARD, "four one one one, one one one one"), (CARD, "one one one one, one one one one")},
        ),
        # digits read straight on after the number are expiry and security code
        ("4111111111111111 09 26 123", {(CARD, "4111111111111111"), (CARD, "09 26 123")}),
        # expiry in context, before or after the words that name it
        ("and the expiry's zero nine twenty six", {(CARD, "zero nine twenty six")}),
        ("it expires end of March twenty eight", {(CARD, "March twenty eight")}),
        ("expiry date is 11/27", {(CARD, "11/27")}),
        ("valid until oh four thirty", {(CARD, "oh four thirty")}),
        ("oh nine twenty six is the expiry", {(CARD, "oh nine twenty six")}),
        # security codes
        ("CVV eight eight one", {(CARD, "eight eight one")}),
        ("the security code on the back is four four two", {(CARD, "four four two")}),
        ("the card's a visa and it's three one four on the back", {(CARD, "three one four")}),
        ("cid 1234 on the amex", {(CARD, "1234")}),
        ("the security code's double seven one", {(CARD, "double seven one")}),
        # bank details
        ("sort code 20-00-00 account 12345678", {(BANK, "20-00-00"), (BANK, "12345678")}),
        ("my new account number is one two three four five six seven eight", {(BANK, "one two three four five six seven eight")}),
        (
            "sort code two oh, double oh, double oh, account number seven three one two four five six",
            {(BANK, "two oh, double oh, double oh"), (BANK, "seven three one two four five six")},
        ),
        ("double four, double six, double two is the sort code", {(BANK, "double four, double six, double two")}),
        ("pay it into my bank, 40-11-62, account 31926819", {(BANK, "40-11-62"), (BANK, "31926819")}),
        ("my IBAN is GB29 NWBK 6016 1331 9268 19 thanks", {(BANK, "GB29 NWBK 6016 1331 9268 19")}),
        ("iban gb29nwbk60161331926819", {(BANK, "gb29nwbk60161331926819")}),
        # a month and year read straight after the card number is its expiry
        (
            "five four five four, five four five four, five four five four, five four five four, end of june thirty",
            {(CARD, "five four five four, five four five four, five four five four, five four five four"),
             (CARD, "june thirty")},
        ),
        # a typed sort code and "acc" in a direct debit: bank details, not one long card number
        ("for the direct debit it's 20-00-00 acc 31926819", {(BANK, "20-00-00"), (BANK, "31926819")}),
        # a changed or corrected account number some way after "account"
        (
            "the account number's changed but the sort code's the same, the new one is four four one two "
            "nine three eight seven, it's for my wages",
            {(BANK, "four four one two nine three eight seven")},
        ),
        # an IBAN spelled aloud with no "IBAN" word, kept only because the checksum holds
        (
            "refund it to my account please, g b two nine, n w b k, six oh one six, one three three one, "
            "nine two six eight, one nine",
            {(BANK, "g b two nine, n w b k, six oh one six, one three three one, nine two six eight, one nine")},
        ),
    ],
)
def test_detects(text: str, expected: set[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Luhn failures that look like cards
        "the voucher code is 4929 1234 5678 1234",
        "the warranty serial number is six one three three, oh two nine four, four eight one two, oh six seven three",
        "4111 1111 1111 1112",
        # phone numbers, typed and spoken (start with 0, never a PAN)
        "call me on 07700 900123 if it declines",
        "my number's oh one six three two, nine six oh, seven seven one",
        "ring oh seven seven double oh, nine double oh, eight three four",
        # references and other numbers
        "my reference is four four one two",
        "order number 12345678 hasn't arrived",
        "the invoice is 5105 1051 0510",
        "my employee number is double oh four five one seven",
        # council tax and other non-bank accounts
        "my council tax account number is 12345678",
        "can you cancel my council tax direct debit on account seven seven one oh four two",
        "my library account 12345678 is locked",
        "the account reference is 12345678",
        "my account number is one two three four",
        # card words with no number, last four alone, valid-from dates
        "i'll pay with my debit card when i come in on Monday",
        "my Amex was declined again",
        "the card ending four four four four",
        "the last four digits are one two three four",
        "it's valid from oh three twenty two",
        "start date oh three twenty two",
        # back-of-something without a card being discussed
        "room one oh six is on the back corridor",
        "the expiry of the lease is next year",
        "what's the sort code for the school",
        # two different numbers a few words apart are not one split card number
        "the number of the class is 4111 and room 1111 1111 1111",
        "he's in room four one one one and my mobile's oh seven seven double oh, nine double oh, one one one",
        "it's 4111 then 07700 900111",
        # a valid-from month after the card words, letters and numbers that fail the IBAN checksum
        "my visa's valid from march twenty two",
        "the refund ref is g b two nine, n w b k, six oh one six, one three three one, nine two six eight, one eight",
        "my account's changed, the staff id is four four one two nine three eight seven",
        "",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert detect_payment(text) == []


@pytest.mark.parametrize(
    ("digits", "valid", "pan"),
    [
        ("4111111111111111", True, True),
        ("4111111111111112", False, False),
        ("79927398713", True, False),  # valid Luhn but too short and wrong first digit
        ("0000000000000000", True, False),  # starts like a phone number, not a card
        ("6011000990139424", True, True),
        ("4000002500003155", True, True),
        ("1234567890123456", False, False),
        ("5105105105105100", True, True),
        ("5105105105105101", False, False),
    ],
)
def test_luhn_and_pan_shape(digits: str, valid: bool, pan: bool) -> None:
    assert luhn_valid(digits) is valid
    assert looks_like_pan(digits) is pan


def test_findings_are_categories_with_scores() -> None:
    for f in detect_payment("card 4111 1111 1111 1111 cvv 123 sort code 20-00-00"):
        assert f.kind == "category"
        assert 0.5 < f.score <= 1.0


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("exp oh three slash twenty eight", "oh three slash twenty eight"),
        ("the expiry is oh nine, twenty six", "oh nine, twenty six"),
        ("expires September twenty six", "September twenty six"),
        ("expiry twelve twenty eight", "twelve twenty eight"),
        # day and month as ordinals, then the year
        ("expiry the first of the tenth twenty eight", "the first of the tenth twenty eight"),
        ("it expires the tenth twenty seven", "the tenth twenty seven"),
    ],
)
def test_expiry_shapes(text: str, span: str) -> None:
    assert _found(text) == {(CARD, span)}


@pytest.mark.parametrize(
    "text",
    [
        "my passport expires in June twenty seven",
        "the parking permit expiry is oh nine twenty six",
        "the security code for the door is four five six seven",
        "the alarm security code is one two three four",
        "my student card expires oh nine twenty six",
        "the offer expires on the twelfth",
        "my passport expires the first of the tenth twenty eight",
    ],
)
def test_expiry_and_codes_of_other_things(text: str) -> None:
    assert detect_payment(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("it's a visa, and the three digits are five six seven", "five six seven"),
        ("the cvv's one two three", "one two three"),
        ("valid from oh one twenty four, expires oh one twenty nine", "oh one twenty nine"),
    ],
)
def test_more_card_contexts(text: str, span: str) -> None:
    assert _found(text) == {(CARD, span)}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "sorry four one one one one one one one, no wait, four one one one, one one one one, one one one one, one one one one",
            {"four one one one one one one one", "four one one one, one one one one, one one one one, one one one one"},
        ),
        (
            "five one oh five, five one oh five, one oh five one, oh five one oh, five one oh oh",
            {"five one oh five", "five one oh five, one oh five one, oh five one oh, five one oh oh"},
        ),
    ],
)
def test_false_starts_next_to_a_card_number_are_masked(text: str, spans: set[str]) -> None:
    assert {s for _, s in _found(text)} == spans


def test_repeated_digits_far_from_a_card_are_left() -> None:
    text = "card 4111 1111 1111 1111. " + "and then " * 10 + "my locker is 1111"
    assert _found(text) == {(CARD, "4111 1111 1111 1111")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my new bank details are 20-00-00 and 31926819", {"20-00-00", "31926819"}),
        ("sort code two oh, double oh, double oh, then three one nine two six eight one nine",
         {"two oh, double oh, double oh", "three one nine two six eight one nine"}),
        ("the iban is g b two nine n w b k six oh one six one three three one nine two six eight one nine thanks",
         {"g b two nine n w b k six oh one six one three three one nine two six eight one nine"}),
    ],
)
def test_bank_details_without_their_own_label(text: str, expected: set[str]) -> None:
    assert _found(text) == {(BANK, s) for s in expected}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an Amex CID is four digits on the front of the card
        ("it's an amex, the four numbers on the front are two two six one", "two two six one"),
        ("amex, and the code on the front of the card is 4821", "4821"),
        ("the CID is nine nine one seven", "nine nine one seven"),
    ],
)
def test_amex_front_code(text: str, span: str) -> None:
    assert _found(text) == {(CARD, span)}


@pytest.mark.parametrize(
    "text",
    [
        "the four numbers on the front of the house are 2261",
        "the last four of the card are 1234",
        "the door code on the front gate is 1234",
    ],
)
def test_front_numbers_of_other_things(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # sort codes read as pair-words, masked whole even when "double" parsing is ambiguous
        ("my sort code is forty double oh nine sixty two", "forty double oh nine sixty two"),
        ("sort code forty, oh nine, sixty two please", "forty, oh nine, sixty two"),
        ("the sort code's twenty thirty two ten", "twenty thirty two ten"),
        ("sort code oh one double oh sixty", "oh one double oh sixty"),
    ],
)
def test_spoken_sort_code_pairs(text: str, span: str) -> None:
    assert _found(text) == {(BANK, span)}


@pytest.mark.parametrize(
    "text",
    [
        # letters that are not A to Z beside numbers are no spelled code (and never break the checksum)
        "ffordd y môr, two nine six oh one six one three three one nine two six eight one nine",
        "é b two nine n w b k six oh one six one three three one nine two six eight one nine",
        "straße ß two nine three four",
    ],
)
def test_letters_outside_a_to_z_are_not_spelled_code_letters(text: str) -> None:
    assert not [f for f in detect_payment(text) if f.label == "bank_details"]
