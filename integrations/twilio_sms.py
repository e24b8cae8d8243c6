"""SMS through Twilio's Messages REST API, and its offline fake.

``POST /2010-04-01/Accounts/{AccountSid}/Messages.json`` with form parameters ``To``,
``From`` (or ``MessagingServiceSid``) and ``Body``, authenticated with HTTP Basic
(Account SID, Auth Token). A success is ``201`` with the message ``sid``; an error is a
JSON document ``{"code": 21211, "message": "...", "status": 400}`` whose ``message`` may
quote the number, so only the numeric code is kept. Region and edge select the regional
API host (``api.{edge}.{region}.twilio.com``) for data residency.

Twilio's Messages API has no idempotency key, so a retried send after a lost response can
duplicate an SMS. For safeguarding that is the right trade: a duplicate alert is harmless,
a missing one is not. The key is still sent as ``I-Twilio-Idempotency-Token`` and used as
the status-callback correlation.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import httpx
from pydantic import SecretStr

from integrations.http_errors import json_or_empty, raise_for_vendor, send
from receptionist.outbox.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError

logger = logging.getLogger(__name__)


def api_base(region: str | None = None, edge: str | None = None) -> str:
    """The REST API host for a region/edge pair (e.g. ``ie1``/``dublin``), or the global one."""
    if region and edge:
        return f"https://api.{edge}.{region}.twilio.com"
    if region:
        return f"https://api.{region}.twilio.com"
    return "https://api.twilio.com"


class TwilioSmsSender:
    """Sends SMS via Twilio over an injected ``httpx.AsyncClient``."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        account_sid: str,
        auth_token: SecretStr,
        from_number: str | None = None,
        messaging_service_sid: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        status_callback: str | None = None,
    ) -> None:
        if not account_sid or not (from_number or messaging_service_sid):
            raise ValueError("Twilio SMS needs an account SID and a From number or Messaging Service SID")
        self._client = client
        self._sid = account_sid
        self._token = auth_token
        self._from = from_number
        self._service = messaging_service_sid
        self._status_callback = status_callback
        self.url = f"{api_base(region, edge)}/2010-04-01/Accounts/{account_sid}/Messages.json"

    def __repr__(self) -> str:
        return f"TwilioSmsSender(account_sid={self._sid!r})"

    async def send_sms(self, *, to: str, body: str, idempotency_key: str) -> str:
        """Send one SMS; returns Twilio's message SID."""
        form = {"To": to, "Body": body}
        if self._service:
            form["MessagingServiceSid"] = self._service
        else:
            form["From"] = self._from or ""
        if self._status_callback:
            form["StatusCallback"] = self._status_callback
        response = await send(
            "twilio",
            self._client.post(
                self.url,
                data=form,
                auth=(self._sid, self._token.get_secret_value()),
                headers={"I-Twilio-Idempotency-Token": idempotency_key[:64]},
            ),
        )
        data = json_or_empty(response)
        code = data.get("code") if isinstance(data, dict) else None
        if response.status_code == 401:
            # Wrong or rotated credentials: an operator can fix them, so keep retrying.
            raise TransientDeliveryError(f"twilio 401 credentials rejected (code {code})")
        raise_for_vendor(response, "twilio", detail=f"code {code}" if code is not None else None)
        sid = data.get("sid") if isinstance(data, dict) else None
        if not isinstance(sid, str):
            raise TransientDeliveryError("twilio accepted the request but returned no message sid")
        return sid


@dataclass
class FakeSmsSender:
    """Offline SMS: records what would be sent. ``failures`` are raised first, one per call.

    This is also the product's default when no Twilio credentials are configured; it then
    logs that an SMS was *not* really sent (never the number or text).
    """

    failures: list[DeliveryError] = field(default_factory=list)
    sent: list[tuple[str, str, str]] = field(default_factory=list, repr=False)
    warn: bool = False

    async def send_sms(self, *, to: str, body: str, idempotency_key: str) -> str:
        """Record the SMS or raise the next scripted failure."""
        if self.failures:
            raise self.failures.pop(0)
        if not to.startswith("+"):
            raise PermanentDeliveryError("fake sms: recipient is not an E.164 number")
        self.sent.append((to, body, idempotency_key))
        if self.warn:
            logger.warning("twilio not configured: SMS recorded offline, not sent", extra={"key": idempotency_key})
        return f"SMfake{len(self.sent):06d}"
