"""Vendor responses to outbox decisions, and scrubbing of vendor messages."""

from __future__ import annotations

import httpx
import pytest

from integrations.http_errors import raise_for_vendor, retry_after_seconds, scrub
from receptionist.outbox.errors import DeliveryError


@pytest.mark.parametrize(
    ("text", "leaks"),
    [
        ("Email jo.bloggs@example.org is invalid", ["jo.bloggs", "example.org"]),
        ("The 'To' number +44 7700 900123 is not a valid phone number.", ["7700", "900123"]),
        ('Property "lastname" value "Bloggs" too long', ["Bloggs"]),
        ("Required fields are missing: [LastName, Company]", ["LastName"]),
    ],
)
def test_scrub_removes_values(text: str, leaks: list[str]) -> None:
    cleaned = scrub(text)
    for leak in leaks:
        assert leak not in cleaned


@pytest.mark.parametrize(
    ("status", "headers", "retryable", "retry_after"),
    [
        (429, {"Retry-After": "7"}, True, 7.0),
        (503, {}, True, None),
        (500, {}, True, None),
        (408, {}, True, None),
        (400, {}, False, None),
        (422, {}, False, None),
        (404, {}, False, None),
    ],
)
def test_status_mapping(status: int, headers: dict[str, str], retryable: bool, retry_after: float | None) -> None:
    with pytest.raises(DeliveryError) as info:
        raise_for_vendor(httpx.Response(status, headers=headers), "acme", detail="CODE(field)")
    assert info.value.retryable is retryable and info.value.retry_after == retry_after
    assert str(status) in info.value.reason and "CODE(field)" in info.value.reason


def test_success_passes() -> None:
    raise_for_vendor(httpx.Response(201), "acme")


@pytest.mark.parametrize(("value", "seconds"), [("120", 120.0), ("garbage", None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)])
def test_retry_after_forms(value: str, seconds: float | None) -> None:
    assert retry_after_seconds(httpx.Response(429, headers={"Retry-After": value})) == seconds
