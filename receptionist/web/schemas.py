"""Pydantic shapes of the JSON API, for validation and the OpenAPI schema.

List endpoints build their JSON directly from selected columns for speed, and declare
these models so the schema (and schemathesis) still knows the shape.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field

from receptionist.escalations.cases import CaseView


def _no_nul(value: str) -> str:
    # PostgreSQL refuses NUL in text and SQLite keeps it: refuse it up front, the same everywhere.
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


CleanStr = Annotated[str, AfterValidator(_no_nul)]


class Reason(BaseModel):
    """Why someone is opening personal data; stored in the audit log."""

    reason: CleanStr = Field(min_length=3, max_length=500)


class CallItem(BaseModel):
    """A call in the list: labels and times only."""

    id: str
    reference: str
    tenant_id: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    transport: str
    outcome: str | None
    reason_category: str | None
    escalated: bool
    transferred_to: str | None
    callback_done_at: datetime | None
    callback_pending: bool
    restricted: bool
    deleted: bool


class CallPageOut(BaseModel):
    """A page of calls and the cursor of the next page."""

    items: list[CallItem]
    next_cursor: str | None


class EscalationItem(BaseModel):
    """A case in the queue: labels and times only."""

    id: str
    tenant_id: str
    call_id: str
    case_code: str
    subtype: str
    status: str
    raised_at: datetime
    ack_due_at: datetime | None
    acknowledged_at: datetime | None
    closed_at: datetime | None
    outcome: str | None
    escalated_to_deputies_at: datetime | None
    overdue: bool


class EscalationPage(BaseModel):
    """A page of the queue and the cursor of the next page."""

    items: list[EscalationItem]
    next_cursor: str | None


class NoteOut(BaseModel):
    """A note or action on a case."""

    at: datetime
    author: str
    kind: str
    action: str | None
    text: str | None


class CaseOut(BaseModel):
    """A safeguarding case including the caller's own words."""

    id: str
    case_code: str
    call_id: str
    subtype: str
    status: str
    raised_at: datetime
    ack_due_at: datetime | None
    acknowledged_at: datetime | None
    closed_at: datetime | None
    outcome: str | None
    overdue: bool
    caller_words: str | None
    notes: list[NoteOut]

    @classmethod
    def from_view(cls, v: CaseView) -> CaseOut:
        """From the escalation service's decrypted view."""
        return cls(
            id=v.id, case_code=v.case_code, call_id=v.call_id, subtype=v.subtype, status=v.status,
            raised_at=v.raised_at, ack_due_at=v.ack_due_at, acknowledged_at=v.acknowledged_at,
            closed_at=v.closed_at, outcome=v.outcome, overdue=v.overdue, caller_words=v.caller_words,
            notes=[NoteOut(at=n.at, author=n.author, kind=n.kind, action=n.action, text=n.text) for n in v.notes],
        )
