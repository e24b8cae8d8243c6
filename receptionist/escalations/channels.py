"""Outbox deliverers for safeguarding notifications: SMS, email and webhook.

Each renders the stored payload (see :mod:`receptionist.escalations.messages`) and hands
it to its sender. The payload already carries the recipient, so a lead who is replaced in
the configuration after the case was raised still gets the message that named them.
"""

from __future__ import annotations

from receptionist.escalations.messages import render_email, render_sms, render_webhook
from receptionist.escalations.ports import EmailSender, JsonPoster, SmsSender
from receptionist.outbox.errors import PermanentDeliveryError
from receptionist.outbox.ports import Delivery


def _recipient(delivery: Delivery) -> str:
    to = delivery.payload.get("to")
    if not isinstance(to, str) or not to:
        raise PermanentDeliveryError(f"{delivery.kind} message has no recipient")
    return to


class SmsChannel:
    """Delivers ``escalation_sms`` messages; the text never includes the caller's words."""

    def __init__(self, sender: SmsSender, *, base_url: str) -> None:
        self._sender = sender
        self._base_url = base_url

    async def deliver(self, delivery: Delivery) -> None:
        """Render and send the SMS."""
        await self._sender.send_sms(
            to=_recipient(delivery),
            body=render_sms(delivery.payload, self._base_url),
            idempotency_key=delivery.idempotency_key,
        )


class EmailChannel:
    """Delivers ``escalation_email`` messages."""

    def __init__(self, sender: EmailSender, *, base_url: str) -> None:
        self._sender = sender
        self._base_url = base_url

    async def deliver(self, delivery: Delivery) -> None:
        """Render and send the email."""
        subject, body = render_email(delivery.payload, self._base_url)
        await self._sender.send_email(
            to=_recipient(delivery), subject=subject, body=body, idempotency_key=delivery.idempotency_key
        )


class WebhookChannel:
    """Delivers ``escalation_webhook`` messages to the tenant's safeguarding webhook URL."""

    def __init__(self, poster: JsonPoster, *, base_url: str) -> None:
        self._poster = poster
        self._base_url = base_url

    async def deliver(self, delivery: Delivery) -> None:
        """Render and post the JSON document."""
        await self._poster.post_json(
            _recipient(delivery),
            render_webhook(delivery.payload, self._base_url),
            idempotency_key=delivery.idempotency_key,
        )
