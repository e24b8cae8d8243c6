"""The decrypted, read-only picture of one call handed to the API, UI and exports.

A field whose data class was shredded reads as ``None`` and its class is listed in
``shredded``; a field that fails authentication is listed in ``unreadable`` (by field
name and row id only) instead of failing the whole view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from receptionist.store.crypto import DecryptionError, EnvelopeCipher, ShreddedError
from receptionist.store.models import Call


@dataclass(slots=True)
class FindingView:
    """One privacy finding on a turn, with the original words when still held."""

    kind: str
    label: str
    start: int
    end: int
    score: float
    excerpt: str | None


@dataclass(slots=True)
class TurnView:
    """One utterance: the stored (redacted) text and its findings."""

    seq: int
    speaker: str
    at: datetime
    text: str | None
    findings: list[FindingView] = field(default_factory=list)


@dataclass(slots=True)
class CallView:
    """A call with its personal fields decrypted."""

    id: str
    tenant_id: str
    reference: str
    transport: str
    status: str
    started_at: datetime
    ended_at: datetime | None
    outcome: str | None
    reason_category: str | None
    safeguarding_subtype: str | None
    escalated: bool
    restricted: bool
    masked_categories: list[str]
    caller_number_hash: str | None
    callback_number_hash: str | None
    caller_number: str | None = None
    caller_name: str | None = None
    callback_number: str | None = None
    reason: str | None = None
    message: str | None = None
    turns: list[TurnView] = field(default_factory=list)
    summary: str | None = None
    summary_generator: str | None = None
    crm_payload: dict[str, Any] | None = None
    shredded: set[str] = field(default_factory=set)
    unreadable: list[str] = field(default_factory=list)

    @classmethod
    def from_call(cls, call: Call) -> CallView:
        """The plaintext columns of ``call``; personal fields are filled in by the repository."""
        return cls(
            id=call.id,
            tenant_id=call.tenant_id,
            reference=call.reference,
            transport=call.transport,
            status=call.status,
            started_at=call.started_at,
            ended_at=call.ended_at,
            outcome=call.outcome,
            reason_category=call.reason_category,
            safeguarding_subtype=call.safeguarding_subtype,
            escalated=call.escalated,
            restricted=call.restricted,
            masked_categories=list(call.masked_categories or []),
            caller_number_hash=call.caller_number_hash,
            callback_number_hash=call.callback_number_hash,
        )


def decrypt_field(
    session: Session,
    cipher: EnvelopeCipher,
    view: CallView,
    call: Call,
    data_class: str,
    field_name: str,
    owner_id: str,
    blob: bytes | None,
) -> str | None:
    """Decrypt one value into the view, noting shredded classes and unreadable fields."""
    if blob is None:
        return None
    try:
        return cipher.decrypt_str(
            session,
            tenant_id=call.tenant_id,
            call_id=call.id,
            data_class=data_class,
            field=field_name,
            owner_id=owner_id,
            blob=blob,
        )
    except ShreddedError:
        view.shredded.add(data_class)
    except DecryptionError:
        view.unreadable.append(f"{field_name}:{owner_id}")
    return None
