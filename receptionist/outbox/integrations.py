"""Queuing a finished call's record for each of the tenant's integrations.

Called by the call flow in the transaction that finishes the call, so the CRM/SIS updates
exist exactly when the call record does. One message per configured integration, keyed
by call and integration name, so finishing the same call twice queues nothing new. The
payload is cut down to the tenant's minimisation policy once more here (defence in depth:
whatever the caller built, nothing outside ``crm_fields`` is queued), and a restricted
call queues nothing at all (``enqueue`` enforces that and audits it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from receptionist.core.config import TenantConfig
from receptionist.outbox.ports import StoreLike
from receptionist.outbox.service import enqueue
from receptionist.store.models import Call, OutboxMessage

SIS_TYPES = frozenset({"sis_rest", "sis_csv"})


def kind_for(integration_type: str) -> str:
    """Outbox kind for an integration type: ``sis`` for student systems, ``crm`` for the rest."""
    return "sis" if integration_type in SIS_TYPES else "crm"


def enqueue_integrations(
    session: Session, store: StoreLike, *, call: Call, config: TenantConfig, payload: dict[str, Any] | None
) -> list[OutboxMessage]:
    """One outbox message per integration for this call's minimised record; [] when nothing to send."""
    if not payload or not config.integrations:
        return []
    allowed = set(config.minimisation.crm_fields)
    record = {k: v for k, v in payload.items() if k in allowed and v not in (None, "")}
    if not record:
        return []
    messages: list[OutboxMessage] = []
    for integration in config.integrations:
        message = enqueue(
            session,
            store,
            tenant_id=call.tenant_id,
            kind=kind_for(integration.type),
            target=integration.name,
            idempotency_key=f"call:{call.id}:{integration.name}"[:100],
            payload=record,
            call_id=call.id,
        )
        if message is not None:
            messages.append(message)
    return messages
