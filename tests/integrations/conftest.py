"""Helpers for connector tests: deliveries and a request log around httpx.MockTransport."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from receptionist.outbox.ports import Delivery

RECORD: dict[str, Any] = {
    "call_reference": "C7K2M9",
    "name": "Jo Bloggs",
    "callback_number": "+447700900123",
    "reason": "Question about Year 7 admissions",
    "summary": "Caller asked about Year 7 admission dates; wants a call back.",
    "department": "admissions",
    "outcome": "message",
    "started_at": "2026-03-02T10:15:00+00:00",
}


def delivery(
    payload: dict[str, Any] | None = None, *, key: str = "call-1:crm", kind: str = "crm", target: str = "crm"
) -> Delivery:
    """A claimed message as the dispatcher hands it over."""
    return Delivery(id="m1", tenant_id="t1", kind=kind, target=target, idempotency_key=key,
                    payload=dict(RECORD if payload is None else payload), attempt=1)


def mock_client(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.AsyncClient:
    """An AsyncClient whose every request goes to ``handler``."""
    return httpx.AsyncClient(transport=httpx.MockTransport(handler))
