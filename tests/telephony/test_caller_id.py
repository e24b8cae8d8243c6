"""Caller ID from Twilio or LiveKit SIP into the call's caller number."""

from __future__ import annotations

import pytest

from receptionist.telephony.caller_id import caller_number, is_withheld


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+447700900123", "+447700900123"),
        ("07700 900123", "+447700900123"),
        ("00447700900123", "+447700900123"),
        ("447700900123", "+447700900123"),
        ("sip:+447700900123@trunk.pstn.twilio.com", "+447700900123"),
        ("<sip:+441632960000@example.org;user=phone>", "+441632960000"),
        ("tel:+14155550100", "+14155550100"),
        ("anonymous", None),
        ("Anonymous", None),
        ("sip:anonymous@anonymous.invalid", None),
        ("+266696687", None),
        ("+7378742833", None),
        ("+86282452253", None),
        ("restricted", None),
        ("", None),
        (None, None),
        ("12345", None),
        ("not a number", None),
    ],
)
def test_caller_number(raw: str | None, expected: str | None) -> None:
    assert caller_number(raw) == expected
    assert is_withheld(raw) is (expected is None)
