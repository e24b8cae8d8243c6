"""The senders safeguarding notifications go out through.

Real implementations live in ``integrations/`` (Twilio, SMTP, signed webhook) and are
chosen at the composition root; each has an offline fake there too. Every method raises
:class:`receptionist.outbox.errors.DeliveryError` on failure, with no personal data in
the message, and takes the outbox idempotency key so retries can be recognised.
"""

from __future__ import annotations

from typing import Any, Protocol


class SmsSender(Protocol):
    """Sends one SMS (the ``Notifier`` of the voice issue)."""

    async def send_sms(self, *, to: str, body: str, idempotency_key: str) -> str:
        """Send ``body`` to the E.164 number ``to``; returns the provider's message id."""
        ...


class EmailSender(Protocol):
    """Sends one plain-text email over an encrypted connection."""

    async def send_email(self, *, to: str, subject: str, body: str, idempotency_key: str) -> None:
        """Send the email; ``idempotency_key`` becomes its stable Message-ID."""
        ...


class JsonPoster(Protocol):
    """Posts a signed JSON document to a URL."""

    async def post_json(self, url: str, body: dict[str, Any], *, idempotency_key: str) -> None:
        """POST ``body``; returns only when the receiver answered 2xx."""
        ...
