"""Turning one escalation into outbox messages: one per contact per configured channel.

SMS and email go to each person; the webhook goes once per wave (lead wave, then the
deputy wave if the case runs overdue). Idempotency keys name the escalation, the wave, the
person's position and the channel, so re-running a wave never sends twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from sqlalchemy.orm import Session

from receptionist.core.config import Contact, TenantConfig
from receptionist.outbox.ports import StoreLike
from receptionist.outbox.service import enqueue
from receptionist.store.models import Escalation, OutboxMessage

Role = Literal["lead", "deputy"]
CHANNEL_KINDS: dict[str, str] = {
    "sms": "escalation_sms",
    "email": "escalation_email",
    "webhook": "escalation_webhook",
}
# Safeguarding messages keep trying far longer than CRM updates: someone may be at risk.
ESCALATION_MAX_ATTEMPTS = 30


def _base_payload(escalation: Escalation, config: TenantConfig, role: Role) -> dict[str, Any]:
    return {
        "role": role,
        "case_code": escalation.case_code,
        "escalation_id": escalation.id,
        "subtype": escalation.subtype,
        "raised_at": escalation.raised_at.isoformat(),
        "organisation": config.name,
        "tenant_slug": config.slug,
    }


def enqueue_notifications(
    session: Session,
    store: StoreLike,
    *,
    escalation: Escalation,
    config: TenantConfig,
    role: Role,
    contacts: Sequence[Contact],
    caller_words: str | None,
    now: datetime,
) -> list[OutboxMessage]:
    """Write the notification messages for one wave; ``caller_words`` only reach opted-in channels."""
    policy = config.safeguarding
    messages: list[OutboxMessage] = []

    def add(channel: str, key_suffix: str, extra: dict[str, Any]) -> None:
        payload = _base_payload(escalation, config, role) | extra
        if caller_words and channel in policy.include_disclosure_in and channel != "sms":
            payload["disclosure"] = caller_words
        message = enqueue(
            session,
            store,
            tenant_id=escalation.tenant_id,
            kind=CHANNEL_KINDS[channel],
            target=channel,
            idempotency_key=f"esc:{escalation.id}:{role}:{key_suffix}:{channel}",
            payload=payload,
            call_id=escalation.call_id,
            escalation_id=escalation.id,
            max_attempts=ESCALATION_MAX_ATTEMPTS,
            now=now,
        )
        if message is not None:
            messages.append(message)

    for channel in policy.channels:
        if channel == "webhook":
            if policy.webhook_url:
                add(channel, "all", {"to": policy.webhook_url})
            continue
        for index, contact in enumerate(contacts):
            to = contact.phone if channel == "sms" else contact.email
            add(channel, str(index), {"to": to, "recipient_name": contact.name})
    return messages
