"""The case record a safeguarding lead works in: read, notes, actions, close.

Reading the case decrypts the caller's words, so every read names the person and their
reason and is audited. Notes are encrypted under the call's ``escalation`` key like the
disclosure itself. Closing the case releases the safeguarding hold, after which the
call's data follows its normal retention.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.escalations.audit_trail import audit_case
from receptionist.escalations.holds import release_safeguarding_hold
from receptionist.escalations.service import CALLER_WORDS_FIELD, EscalationError, is_overdue
from receptionist.outbox.ports import StoreLike
from receptionist.store.base import new_id
from receptionist.store.models import Escalation, EscalationNote

ACTIONS: tuple[str, ...] = (
    "referral_childrens_social_care",
    "referral_adult_social_care",
    "police",
    "ambulance",
    "lado",
    "early_help",
    "gp_or_health",
    "advice_sought",
    "no_further_action",
)
NOTE_FIELD = "note_text"


@dataclass(frozen=True, slots=True)
class NoteView:
    """One decrypted note or action on a case."""

    id: str
    at: datetime
    author: str
    kind: str
    action: str | None
    text: str | None = field(repr=False)


@dataclass(frozen=True, slots=True)
class CaseView:
    """A decrypted case, for the authenticated case view only."""

    id: str
    case_code: str
    call_id: str
    subtype: str
    status: str
    raised_at: datetime
    ack_due_at: datetime | None
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    escalated_to_deputies_at: datetime | None
    closed_at: datetime | None
    outcome: str | None
    overdue: bool
    caller_words: str | None = field(repr=False)
    notes: list[NoteView] = field(default_factory=list, repr=False)


def _get(session: Session, escalation_id: str, tenant_id: str | None) -> Escalation:
    escalation = session.get(Escalation, escalation_id)
    if escalation is None or (tenant_id is not None and escalation.tenant_id != tenant_id):
        raise EscalationError(f"no escalation {escalation_id}")
    return escalation


def _decrypt(session: Session, store: StoreLike, e: Escalation, field_name: str, owner: str, blob: bytes) -> str:
    return store.cipher.decrypt_str(
        session,
        tenant_id=e.tenant_id,
        call_id=e.call_id,
        data_class="escalation",
        field=field_name,
        owner_id=owner,
        blob=blob,
    )


def read_case(
    session: Session,
    store: StoreLike,
    *,
    escalation_id: str,
    actor: str,
    reason: str,
    now: datetime,
    tenant_id: str | None = None,
) -> CaseView:
    """The case with the disclosure and notes decrypted; audited with the reader's reason."""
    if not reason.strip():
        raise EscalationError("a reason is required to open a safeguarding case")
    e = _get(session, escalation_id, tenant_id)
    words = _decrypt(session, store, e, CALLER_WORDS_FIELD, e.id, e.caller_words_enc) if e.caller_words_enc else None
    rows = session.scalars(
        select(EscalationNote).where(EscalationNote.escalation_id == e.id).order_by(EscalationNote.at)
    ).all()
    notes = [
        NoteView(
            id=n.id,
            at=n.at,
            author=n.author,
            kind=n.kind,
            action=n.action,
            text=_decrypt(session, store, e, NOTE_FIELD, n.id, n.text_enc) if n.text_enc else None,
        )
        for n in rows
    ]
    audit_case(
        session,
        e,
        actor=actor,
        action="escalation.read",
        reason=reason[:500],
    )
    return CaseView(
        id=e.id,
        case_code=e.case_code,
        call_id=e.call_id,
        subtype=e.subtype,
        status=e.status,
        raised_at=e.raised_at,
        ack_due_at=e.ack_due_at,
        acknowledged_at=e.acknowledged_at,
        acknowledged_by=e.acknowledged_by,
        escalated_to_deputies_at=e.escalated_to_deputies_at,
        closed_at=e.closed_at,
        outcome=e.outcome,
        overdue=is_overdue(e, now),
        caller_words=words,
        notes=notes,
    )


def add_note(
    session: Session,
    store: StoreLike,
    *,
    escalation_id: str,
    author: str,
    text: str | None,
    now: datetime,
    action: str | None = None,
    tenant_id: str | None = None,
) -> EscalationNote:
    """Add a note, or record an action (from :data:`ACTIONS`) with an optional note; audited."""
    if action is not None and action not in ACTIONS:
        raise EscalationError(f"unknown action {action!r}; use one of {list(ACTIONS)}")
    if action is None and not (text and text.strip()):
        raise EscalationError("a note needs text")
    e = _get(session, escalation_id, tenant_id)
    if e.status == "closed":
        raise EscalationError(f"escalation {e.id} is closed")
    note = EscalationNote(
        id=new_id(), escalation_id=e.id, at=now, author=author[:200], kind="action" if action else "note", action=action
    )
    if text and text.strip():
        note.text_enc = store.cipher.encrypt(
            session,
            tenant_id=e.tenant_id,
            call_id=e.call_id,
            data_class="escalation",
            field=NOTE_FIELD,
            owner_id=note.id,
            value=text,
        )
    session.add(note)
    audit_case(
        session,
        e,
        actor=author,
        action="escalation.action" if action else "escalation.note",
        details={"action": action} if action else {},
    )
    return note


def close_case(
    session: Session,
    *,
    escalation_id: str,
    actor: str,
    outcome: str,
    now: datetime,
    tenant_id: str | None = None,
) -> Escalation:
    """Close the case with an outcome (an action code) and release the safeguarding hold."""
    if outcome not in ACTIONS:
        raise EscalationError(f"unknown outcome {outcome!r}; use one of {list(ACTIONS)}")
    e = _get(session, escalation_id, tenant_id)
    if e.status == "closed":
        raise EscalationError(f"escalation {e.id} is already closed")
    if e.acknowledged_at is None:
        # Closing is a decision about the case, so it implies having taken it.
        e.acknowledged_at = now
        e.acknowledged_by = actor[:200]
    e.status = "closed"
    e.closed_at = now
    e.outcome = outcome
    session.flush()
    released = release_safeguarding_hold(session, escalation=e, actor=actor)
    audit_case(
        session,
        e,
        actor=actor,
        action="escalation.closed",
        details={"outcome": outcome, "holds_released": released},
    )
    return e
