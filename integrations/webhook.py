"""Signed JSON webhooks: the sender, the generic CRM connector, and the receiver's check.

Every request carries::

    X-Receptionist-Signature: t=1767614400,v1=<hex HMAC-SHA256>
    Idempotency-Key: <outbox key>

where the HMAC is keyed with the shared secret over ``f"{t}.".encode() + raw_body``.

Receiving side (what a client's developer does), e.g. in any Python web framework::

    from integrations.webhook import verify_signature, SignatureError
    try:
        verify_signature(secret, request.headers["X-Receptionist-Signature"], raw_body)
    except SignatureError:
        return 401
    if already_processed(request.headers["Idempotency-Key"]):
        return 200          # a retry of something we already applied

``verify_signature`` rejects a bad signature and any timestamp more than five minutes
from the receiver's clock, so a captured request cannot be replayed later; within the
window, the Idempotency-Key makes a replay a no-op. Verify against the raw bytes, before
parsing the JSON, and compare in constant time (the function does).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from integrations.field_map import DEFAULT_WEBHOOK_MAP, map_fields
from integrations.http_errors import raise_for_vendor, send
from receptionist.outbox.errors import PermanentDeliveryError
from receptionist.outbox.ports import Delivery

SIGNATURE_HEADER = "X-Receptionist-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
TOLERANCE_SECONDS = 300


class SignatureError(ValueError):
    """A webhook request whose signature is missing, malformed, wrong or too old."""


def encode_body(body: Mapping[str, Any]) -> bytes:
    """The exact bytes that are signed and sent."""
    return json.dumps(body, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode()


def sign(secret: bytes, timestamp: int, body: bytes) -> str:
    """The signature header value for ``body`` sent at ``timestamp`` (Unix seconds)."""
    digest = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def verify_signature(
    secret: bytes, header: str | None, body: bytes, *, now: float | None = None, tolerance: int = TOLERANCE_SECONDS
) -> int:
    """Check a received request; returns its timestamp or raises :class:`SignatureError`."""
    if not header:
        raise SignatureError("missing signature header")
    parts: dict[str, list[str]] = {}
    for item in header.split(","):
        name, sep, value = item.strip().partition("=")
        if sep:
            parts.setdefault(name, []).append(value)
    try:
        timestamp = int(parts["t"][0])
    except (KeyError, ValueError):
        raise SignatureError("malformed signature header") from None
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise SignatureError("timestamp outside the tolerance window (possible replay)")
    expected = sign(secret, timestamp, body).partition("v1=")[2]
    if not any(hmac.compare_digest(expected, candidate) for candidate in parts.get("v1", [])):
        raise SignatureError("signature does not match")
    return timestamp


class WebhookSender:
    """Posts signed JSON over an injected ``httpx.AsyncClient`` (a ``JsonPoster``)."""

    def __init__(self, client: httpx.AsyncClient, secret: bytes, *, clock: Callable[[], float] = time.time) -> None:
        if not secret:
            raise ValueError("a webhook signing secret is required")
        self._client = client
        self._secret = secret
        self._clock = clock

    def __repr__(self) -> str:
        return "WebhookSender(secret=***)"

    async def post_json(self, url: str, body: dict[str, Any], *, idempotency_key: str) -> None:
        """POST the signed body; 2xx succeeds, 409 (already have it) counts as success."""
        raw = encode_body(body)
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign(self._secret, int(self._clock()), raw),
            IDEMPOTENCY_HEADER: idempotency_key,
        }
        response = await send("webhook", self._client.post(url, content=raw, headers=headers))
        if response.status_code == 409:
            return
        raise_for_vendor(response, "webhook")


class WebhookConnector:
    """Generic CRM webhook: posts the call record, mapped through the tenant's field map."""

    def __init__(self, sender: WebhookSender, *, url: str, field_map: Mapping[str, str] | None = None) -> None:
        if not url.startswith(("https://", "http://")):
            raise ValueError("webhook url must be http(s)")
        self._sender = sender
        self._url = url
        self._map = {**DEFAULT_WEBHOOK_MAP, **(field_map or {})}

    async def deliver(self, delivery: Delivery) -> None:
        """Send the record as ``{"event", "idempotency_key", "data"}``."""
        data = map_fields(delivery.payload, self._map)
        if not data:
            raise PermanentDeliveryError("webhook: nothing to send after field mapping")
        body = {"event": f"receptionist.{delivery.kind}", "idempotency_key": delivery.idempotency_key, "data": data}
        await self._sender.post_json(self._url, body, idempotency_key=delivery.idempotency_key)
