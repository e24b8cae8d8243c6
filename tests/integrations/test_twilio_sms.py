"""Twilio SMS client against Twilio's documented Messages request and response shapes."""

from __future__ import annotations

import base64
from urllib.parse import parse_qs

import httpx
import pytest
from pydantic import SecretStr

from integrations.twilio_sms import FakeSmsSender, TwilioSmsSender, api_base
from receptionist.outbox.errors import DeliveryError, TransientDeliveryError

from .conftest import mock_client

SID = "AC" + "0" * 32
TO = "+447700900123"


def _sender(handler: object, **kw: object) -> TwilioSmsSender:
    return TwilioSmsSender(mock_client(handler), account_sid=SID, auth_token=SecretStr("tok"),  # type: ignore[arg-type]
                           from_number="+447700900000", **kw)  # type: ignore[arg-type]


async def test_request_shape_and_sid() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"sid": "SM" + "1" * 32, "status": "queued", "to": TO})

    sid = await _sender(handler).send_sms(to=TO, body="Safeguarding concern", idempotency_key="esc:1:lead:0:sms")
    assert sid == "SM" + "1" * 32
    (req,) = seen
    assert req.method == "POST"
    assert str(req.url) == f"https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages.json"
    assert req.headers["Authorization"] == "Basic " + base64.b64encode(f"{SID}:tok".encode()).decode()
    assert req.headers["Content-Type"] == "application/x-www-form-urlencoded"
    form = parse_qs(req.content.decode())
    assert form == {"To": [TO], "From": ["+447700900000"], "Body": ["Safeguarding concern"]}


async def test_messaging_service_and_region() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"sid": "SMx"})

    sender = TwilioSmsSender(mock_client(handler), account_sid=SID, auth_token=SecretStr("t"),
                             messaging_service_sid="MG1", region="ie1", edge="dublin")
    await sender.send_sms(to=TO, body="b", idempotency_key="k")
    assert seen[0].url.host == "api.dublin.ie1.twilio.com"
    assert parse_qs(seen[0].content.decode())["MessagingServiceSid"] == ["MG1"]
    assert api_base() == "https://api.twilio.com"


@pytest.mark.parametrize(
    ("status", "body", "headers", "retryable", "expect"),
    [
        (400, {"code": 21211, "message": f"The 'To' number {TO} is not a valid phone number.", "status": 400}, {}, False, "code 21211"),
        (400, {"code": 21610, "message": f"Attempt to send to unsubscribed recipient {TO}", "status": 400}, {}, False, "code 21610"),
        (401, {"code": 20003, "message": "Authenticate", "status": 401}, {}, True, "credentials rejected"),
        (429, {"code": 20429, "message": "Too Many Requests", "status": 429}, {"Retry-After": "3"}, True, "429"),
        (500, {"code": 20500, "message": "Internal Server Error", "status": 500}, {}, True, "500"),
        (503, {}, {}, True, "503"),
    ],
)
async def test_errors(status: int, body: dict[str, object], headers: dict[str, str], retryable: bool, expect: str) -> None:
    sender = _sender(lambda request: httpx.Response(status, json=body, headers=headers))
    with pytest.raises(DeliveryError) as info:
        await sender.send_sms(to=TO, body="b", idempotency_key="k")
    assert info.value.retryable is retryable and expect in info.value.reason
    assert "7700" not in info.value.reason  # never the number


async def test_network_failure_is_retryable() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(TransientDeliveryError, match="unreachable"):
        await _sender(handler).send_sms(to=TO, body="b", idempotency_key="k")


def test_needs_a_sender_identity() -> None:
    with pytest.raises(ValueError, match="From number"):
        TwilioSmsSender(mock_client(lambda r: httpx.Response(201)), account_sid=SID, auth_token=SecretStr("t"))
    assert "tok" not in repr(_sender(lambda r: httpx.Response(201)))


async def test_fake_knobs() -> None:
    fake = FakeSmsSender(failures=[TransientDeliveryError("down")])
    with pytest.raises(TransientDeliveryError):
        await fake.send_sms(to=TO, body="b", idempotency_key="k")
    assert await fake.send_sms(to=TO, body="b", idempotency_key="k") == "SMfake000001"
    with pytest.raises(DeliveryError, match=r"E\.164"):
        await fake.send_sms(to="07700900123", body="b", idempotency_key="k")
    assert fake.sent == [(TO, "b", "k")]
