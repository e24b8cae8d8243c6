"""Safeguarding escalations: raise while the caller is on the line, acknowledge, escalate.

:func:`raise_escalation` runs inside the call flow's transaction the moment a disclosure is
detected. In that one transaction it writes the case (the caller's words encrypted under
the call's ``escalation`` key), places a safeguarding hold on the call, audits, and
enqueues a notification for every lead on every configured channel. Either all of that
is committed or none of it is, so a case can never exist without its notifications.

A lead acknowledges in the admin app (:func:`acknowledge`) or by replying to the SMS with
the case code (:func:`acknowledge_by_sms`). :func:`check_overdue`, run on a timer with an
injectable clock, sends unacknowledged cases to the deputies once their window passes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.core.config import TenantConfig
from receptionist.core.tenants import TenantRepository
from receptionist.escalations.audit_trail import audit_case
from receptionist.escalations.codes import find_case_codes, new_case_code
from receptionist.escalations.holds import place_safeguarding_hold
from receptionist.escalations.notifications import enqueue_notifications
from receptionist.observability import metrics
from receptionist.outbox.ports import StoreLike
from receptionist.store.base import new_id
from receptionist.store.models import Call, Escalation, Tenant

ConfigLookup = Callable[[Session, str], TenantConfig]
"""Given a session and a tenant id, the tenant's active configuration."""

CALLER_WORDS_FIELD = "caller_words"
IMMEDIATE_DANGER = "immediate_danger"


class EscalationError(ValueError):
    """A refused escalation operation; messages name ids and states only."""


def active_config(session: Session, tenant_id: str) -> TenantConfig:
    """The tenant's active configuration: the default ``config_for`` lookup."""
    tenant = session.get(Tenant, tenant_id)
    if tenant is None:
        raise EscalationError(f"no tenant {tenant_id}")
    return TenantRepository().active_config(session, tenant)


def ack_window(config: TenantConfig, subtype: str) -> timedelta:
    """How long the leads have to acknowledge: the tenant's window, shorter for immediate danger."""
    policy = config.safeguarding
    minutes = policy.immediate_danger_ack_window_minutes if subtype == IMMEDIATE_DANGER else policy.ack_window_minutes
    return timedelta(minutes=minutes)


def _unused_case_code(session: Session) -> str:
    for _ in range(8):
        code = new_case_code()
        if session.scalar(select(Escalation.id).where(Escalation.case_code == code)) is None:
            return code
    raise EscalationError("could not allocate a unique case code")  # ~never: 244M codes


def raise_escalation(
    session: Session,
    store: StoreLike,
    *,
    call: Call,
    config: TenantConfig,
    subtype: str,
    caller_words: str,
    now: datetime,
) -> Escalation:
    """Open a safeguarding case for ``call`` and queue the leads' notifications, in one transaction.

    A second disclosure in the same call, while its case is still open, returns that case
    rather than opening another: the leads already have it, and more messages would only
    bury it.
    """
    if not subtype:
        raise EscalationError("a safeguarding subtype is required")
    open_case = session.scalars(
        select(Escalation).where(Escalation.call_id == call.id, Escalation.status != "closed")
    ).first()
    if open_case is not None:
        return open_case
    escalation = Escalation(
        id=new_id(),
        tenant_id=call.tenant_id,
        call_id=call.id,
        case_code=_unused_case_code(session),
        subtype=subtype,
        status="new",
        raised_at=now,
        ack_due_at=now + ack_window(config, subtype),
    )
    escalation.caller_words_enc = store.cipher.encrypt(
        session,
        tenant_id=call.tenant_id,
        call_id=call.id,
        data_class="escalation",
        field=CALLER_WORDS_FIELD,
        owner_id=escalation.id,
        value=caller_words,
    )
    session.add(escalation)
    call.escalated = True
    call.safeguarding_subtype = subtype
    session.flush()
    place_safeguarding_hold(session, call=call, escalation=escalation)
    messages = enqueue_notifications(
        session,
        store,
        escalation=escalation,
        config=config,
        role="lead",
        contacts=config.safeguarding.leads,
        caller_words=caller_words,
        now=now,
    )
    audit_case(
        session,
        escalation,
        actor="system",
        action="escalation.raised",
        details={
            "call_id": call.id,
            "subtype": subtype,
            "case_code": escalation.case_code,
            "notifications": len(messages),
            "ack_due_at": escalation.ack_due_at.isoformat() if escalation.ack_due_at else None,
        },
    )
    return escalation


def acknowledge(session: Session, *, escalation_id: str, actor: str, now: datetime, via: str = "app") -> Escalation:
    """Record that a person has taken the case. Acknowledging twice keeps the first (audited once)."""
    escalation = session.get(Escalation, escalation_id)
    if escalation is None:
        raise EscalationError(f"no escalation {escalation_id}")
    if escalation.status != "new":
        return escalation
    escalation.status = "acknowledged"
    escalation.acknowledged_at = now
    tenant = session.get(Tenant, escalation.tenant_id)
    metrics.escalation_acknowledged(tenant.slug if tenant else "unknown", escalation.subtype, via,
                                    (now - escalation.raised_at).total_seconds())
    escalation.acknowledged_by = actor[:200]
    overdue = escalation.ack_due_at is not None and now >= escalation.ack_due_at
    audit_case(
        session,
        escalation,
        actor=actor,
        action="escalation.acknowledged",
        details={"via": via, "late": overdue},
    )
    return escalation


def acknowledge_by_sms(
    session: Session, *, from_number: str, body: str, now: datetime, config_for: ConfigLookup
) -> Escalation | None:
    """Acknowledge the case whose code is in an SMS reply, if the sender is one of its contacts.

    Knowing a code is not enough: the reply must come from a lead's or deputy's phone as
    configured for that case's tenant. Returns None (and audits the refusal) otherwise.
    """
    for code in find_case_codes(body):
        escalation = session.scalars(select(Escalation).where(Escalation.case_code == code)).first()
        if escalation is None:
            continue
        policy = config_for(session, escalation.tenant_id).safeguarding
        contacts = [*policy.leads, *policy.deputies]
        match = next((c for c in contacts if c.phone == from_number), None)
        if match is None:
            audit_case(
                session,
                escalation,
                actor="sms",
                action="escalation.ack_refused",
                reason="reply not from a configured safeguarding contact",
            )
            return None
        role = "lead" if match in policy.leads else "deputy"
        return acknowledge(
            session, escalation_id=escalation.id, actor=f"sms:{role}:{contacts.index(match)}", now=now, via="sms"
        )
    return None


def check_overdue(session: Session, store: StoreLike, *, now: datetime, config_for: ConfigLookup) -> list[Escalation]:
    """Send every unacknowledged case past its window to the deputies, once; returns those cases."""
    due = session.scalars(
        select(Escalation)
        .where(
            Escalation.status == "new",
            Escalation.escalated_to_deputies_at.is_(None),
            Escalation.ack_due_at <= now,
        )
        .order_by(Escalation.ack_due_at)
    ).all()
    for escalation in due:
        config = config_for(session, escalation.tenant_id)
        messages = enqueue_notifications(
            session,
            store,
            escalation=escalation,
            config=config,
            role="deputy",
            contacts=config.safeguarding.deputies,
            caller_words=_caller_words_if_shared(session, store, escalation, config),
            now=now,
        )
        escalation.escalated_to_deputies_at = now
        audit_case(
            session,
            escalation,
            actor="system",
            action="escalation.overdue",
            details={"deputies": len(config.safeguarding.deputies), "notifications": len(messages)},
        )
    return list(due)


def is_overdue(escalation: Escalation, now: datetime) -> bool:
    """True while a case is unacknowledged past its window (the UI marks it overdue)."""
    return escalation.status == "new" and escalation.ack_due_at is not None and now >= escalation.ack_due_at


def _caller_words_if_shared(
    session: Session, store: StoreLike, escalation: Escalation, config: TenantConfig
) -> str | None:
    # Only decrypt when some channel will carry the words; the read is then audited.
    shared = set(config.safeguarding.include_disclosure_in) & set(config.safeguarding.channels)
    if not shared or escalation.caller_words_enc is None:
        return None
    words = store.cipher.decrypt_str(
        session,
        tenant_id=escalation.tenant_id,
        call_id=escalation.call_id,
        data_class="escalation",
        field=CALLER_WORDS_FIELD,
        owner_id=escalation.id,
        blob=escalation.caller_words_enc,
    )
    audit_case(
        session,
        escalation,
        actor="system",
        action="escalation.read",
        reason="disclosure shared with deputies by tenant setting",
        details={"channels": sorted(shared)},
    )
    return words
