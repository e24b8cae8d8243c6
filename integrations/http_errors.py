"""Turning vendor HTTP responses into outbox decisions, without leaking personal data.

Every connector ends up asking the same question of a response: accepted, worth retrying
(rate limits, outages), or rejected for good (validation)? The answer is a
:class:`DeliveryError` whose text becomes ``outbox.last_error``, seen by admins. Vendors
echo submitted values in their error messages ("Email foo@bar is invalid"), so only
status codes, vendor error codes and field *names* are kept, and anything else passes
through :func:`scrub`.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from receptionist.outbox.errors import PermanentDeliveryError, TransientDeliveryError

_EMAIL = re.compile(r"[^\s@'\"]+@[^\s@'\"]+")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|\[[^\]]*\]")
_DIGITS = re.compile(r"\+?\d[\d\s().-]{5,}\d")  # phone-length runs; short vendor codes survive
_MAX = 200


def scrub(text: str) -> str:
    """Remove what could be personal data from a vendor message: emails, quoted values, numbers."""
    text = _EMAIL.sub("<email>", text)
    text = _QUOTED.sub("<value>", text)
    text = _DIGITS.sub("<number>", text)
    return " ".join(text.split())[:_MAX]


def retry_after_seconds(response: httpx.Response, *, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds (it may be a number or an HTTP date); None if absent or bad."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def raise_for_vendor(response: httpx.Response, vendor: str, *, detail: str | None = None) -> None:
    """Return if 2xx/3xx; otherwise raise transient (429, 408, 5xx) or permanent (other 4xx).

    ``detail`` is the vendor's error code or field names, already free of values; it is
    scrubbed again as a second line of defence.
    """
    status = response.status_code
    if status < 400:
        return
    suffix = f": {scrub(detail)}" if detail else ""
    if status == 429:
        raise TransientDeliveryError(f"{vendor} 429 rate limited{suffix}", retry_after=retry_after_seconds(response))
    if status in (408, 425) or status >= 500:
        raise TransientDeliveryError(f"{vendor} {status} unavailable{suffix}", retry_after=retry_after_seconds(response))
    raise PermanentDeliveryError(f"{vendor} {status} rejected{suffix}")


async def send(vendor: str, request: Awaitable[httpx.Response]) -> httpx.Response:
    """Await a request, turning network failures into a transient error naming only the failure type."""
    try:
        return await request
    except httpx.TimeoutException as exc:
        raise TransientDeliveryError(f"{vendor} timed out ({type(exc).__name__})") from None
    except httpx.TransportError as exc:
        raise TransientDeliveryError(f"{vendor} unreachable ({type(exc).__name__})") from None


def json_or_empty(response: httpx.Response) -> object:
    """The response body as JSON, or an empty dict when it is not JSON."""
    try:
        return response.json()
    except ValueError:
        return {}
