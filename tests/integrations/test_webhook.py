"""Signed webhooks: sender headers, the receiver-side verify (replays over 5 minutes), the CRM connector."""

from __future__ import annotations

import json

import httpx
import pytest

from integrations.webhook import (
    IDEMPOTENCY_HEADER,
    SIGNATURE_HEADER,
    SignatureError,
    WebhookConnector,
    WebhookSender,
    sign,
    verify_signature,
)
from receptionist.outbox.errors import DeliveryError, PermanentDeliveryError

from .conftest import delivery, mock_client

SECRET = b"whsec_test_0123456789"
NOW = 1_767_614_400
BODY = b'{"event":"x"}'


@pytest.mark.parametrize(
    ("header", "body", "secret", "now", "problem"),
    [
        (sign(SECRET, NOW, BODY), BODY, SECRET, NOW, None),
        (sign(SECRET, NOW, BODY), BODY, SECRET, NOW + 299, None),
        (sign(SECRET, NOW, BODY), BODY, SECRET, NOW + 301, "tolerance"),
        (sign(SECRET, NOW, BODY), BODY, SECRET, NOW - 301, "tolerance"),
        (sign(SECRET, NOW, BODY), b'{"event":"y"}', SECRET, NOW, "does not match"),
        (sign(b"other", NOW, BODY), BODY, SECRET, NOW, "does not match"),
        (sign(SECRET, NOW, BODY).replace(f"t={NOW}", f"t={NOW + 5}"), BODY, SECRET, NOW, "does not match"),
        (f"t={NOW}", BODY, SECRET, NOW, "does not match"),
        ("v1=abc", BODY, SECRET, NOW, "malformed"),
        ("t=soon,v1=abc", BODY, SECRET, NOW, "malformed"),
        (None, BODY, SECRET, NOW, "missing"),
    ],
)
def test_verify(header: str | None, body: bytes, secret: bytes, now: int, problem: str | None) -> None:
    if problem is None:
        assert verify_signature(secret, header, body, now=now) == NOW
    else:
        with pytest.raises(SignatureError, match=problem):
            verify_signature(secret, header, body, now=now)


async def test_sender_signs_what_it_sends() -> None:
    seen: list[httpx.Request] = []

    def receiver(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        verify_signature(SECRET, request.headers[SIGNATURE_HEADER], request.content, now=NOW + 10)
        return httpx.Response(202)

    sender = WebhookSender(mock_client(receiver), SECRET, clock=lambda: NOW)
    await sender.post_json("https://hooks.example.org/in", {"b": 1, "a": "é"}, idempotency_key="esc:1:lead:all:webhook")
    (req,) = seen
    assert req.headers[IDEMPOTENCY_HEADER] == "esc:1:lead:all:webhook"
    assert req.headers["Content-Type"] == "application/json"
    assert json.loads(req.content) == {"a": "é", "b": 1}
    assert "whsec" not in repr(sender)


@pytest.mark.parametrize(("status", "ok", "retryable"), [(200, True, None), (409, True, None), (500, False, True),
                                                          (429, False, True), (400, False, False), (410, False, False)])
async def test_sender_statuses(status: int, ok: bool, retryable: bool | None) -> None:
    sender = WebhookSender(mock_client(lambda r: httpx.Response(status)), SECRET)
    if ok:
        await sender.post_json("https://h.example.org", {}, idempotency_key="k")
        return
    with pytest.raises(DeliveryError) as info:
        await sender.post_json("https://h.example.org", {}, idempotency_key="k")
    assert info.value.retryable is retryable


async def test_connector_maps_fields_per_tenant() -> None:
    bodies: list[dict[str, object]] = []

    def receiver(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200)

    sender = WebhookSender(mock_client(receiver), SECRET)
    connector = WebhookConnector(sender, url="https://crm.example.org/hook",
                                 field_map={"callback_number": "phone", "summary": "", "name": "contact_name"})
    await connector.deliver(delivery())
    (body,) = bodies
    assert body["event"] == "receptionist.crm" and body["idempotency_key"] == "call-1:crm"
    data = body["data"]
    assert isinstance(data, dict)
    assert data["phone"] == "+447700900123" and data["contact_name"] == "Jo Bloggs"
    assert "summary" not in data and "callback_number" not in data
    with pytest.raises(PermanentDeliveryError, match="nothing to send"):
        await connector.deliver(delivery({"unknown": 1}))
    with pytest.raises(ValueError, match="http"):
        WebhookConnector(sender, url="ftp://x")
