"""Safeguarding queue and case work: list, open (with a reason), acknowledge, note, close.

Every route looks the case up *within the principal's tenant* first and answers 404 for a
case that exists elsewhere, so an id guessed from another tenant reveals nothing. The case
work itself is the escalations service's; this module only adapts it to HTTP.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from receptionist.escalations import cases
from receptionist.escalations.service import EscalationError, acknowledge
from receptionist.store.models import Escalation
from receptionist.web.accounts import Principal
from receptionist.web.cursors import BadCursorError
from receptionist.web.deps import (
    BrowserSession,
    Csrf,
    Ctx,
    Db,
    api_permission,
    page_permission,
    read_list,
    scoped_tenant,
)
from receptionist.web.escalation_queries import QUEUE_VIEWS, EscalationQueries, QueueView
from receptionist.web.json_response import FastJSONResponse
from receptionist.web.roles import ESCALATIONS_READ, ESCALATIONS_WRITE
from receptionist.web.routes.pages import redirect, render
from receptionist.web.schemas import CaseOut, CleanStr, EscalationPage, Reason

api = APIRouter(prefix="/api/v1/escalations", tags=["escalations"])
pages = APIRouter(prefix="/escalations", include_in_schema=False)

ApiReader = Annotated[Principal, Depends(api_permission(ESCALATIONS_READ))]
ApiWriter = Annotated[Principal, Depends(api_permission(ESCALATIONS_WRITE))]
PageReader = Annotated[Principal, Depends(page_permission(ESCALATIONS_READ))]
PageWriter = Annotated[Principal, Depends(page_permission(ESCALATIONS_WRITE))]


class NoteIn(BaseModel):
    """A note and/or a recorded action on a case."""

    text: CleanStr | None = Field(default=None, max_length=5000)
    action: CleanStr | None = Field(default=None, max_length=60)


class CloseIn(BaseModel):
    """How the case ended: one of the escalation service's action codes."""

    outcome: CleanStr = Field(max_length=60)


def _scoped(db: Session, principal: Principal, escalation_id: str) -> Escalation:
    found = EscalationQueries.get(db, escalation_id, tenant_id=scoped_tenant(principal))
    if found is None:
        raise HTTPException(404, "no such escalation")
    return found


def _case(db: Session, ctx: Any, principal: Principal, e: Escalation, reason: str) -> cases.CaseView:
    try:
        return cases.read_case(db, ctx.store, escalation_id=e.id, actor=principal.actor, reason=reason,
                               now=datetime.now(UTC), tenant_id=e.tenant_id)
    except EscalationError as exc:
        raise HTTPException(400, str(exc)) from None


# JSON API
@api.get("", responses={200: {"model": EscalationPage}})
async def list_escalations(
    principal: ApiReader,
    ctx: Ctx,
    view: Annotated[QueueView, Query()] = "open",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """The queue for one view, newest first. Labels and times only; no caller words (nothing to audit)."""
    try:
        query = EscalationQueries.queue_query(tenant_id=scoped_tenant(principal), view=view, limit=limit,
                                              cursor=cursor)
    except BadCursorError as exc:
        raise HTTPException(400, str(exc)) from None
    page = await read_list(ctx, query)
    return FastJSONResponse({"items": page.items, "next_cursor": page.next_cursor})


@api.post("/{escalation_id}/open", response_model=CaseOut)
def open_case(escalation_id: str, body: Reason, principal: ApiReader, ctx: Ctx, db: Db) -> CaseOut:
    """The case with the caller's own words and the notes; the stated reason is audited."""
    view = _case(db, ctx, principal, _scoped(db, principal, escalation_id), body.reason)
    return CaseOut.from_view(view)


@api.post("/{escalation_id}/ack", response_model=CaseOut)
def ack(escalation_id: str, principal: ApiWriter, ctx: Ctx, db: Db) -> CaseOut:
    """Take the case (idempotent)."""
    e = _scoped(db, principal, escalation_id)
    acknowledge(db, escalation_id=e.id, actor=principal.actor, now=datetime.now(UTC))
    return CaseOut.from_view(_case(db, ctx, principal, e, "acknowledged the case"))


@api.post("/{escalation_id}/notes", response_model=CaseOut)
def note(escalation_id: str, body: NoteIn, principal: ApiWriter, ctx: Ctx, db: Db) -> CaseOut:
    """Add a note or record an action."""
    e = _scoped(db, principal, escalation_id)
    try:
        cases.add_note(db, ctx.store, escalation_id=e.id, author=principal.actor, text=body.text,
                       action=body.action, now=datetime.now(UTC), tenant_id=e.tenant_id)
    except EscalationError as exc:
        raise HTTPException(400, str(exc)) from None
    return CaseOut.from_view(_case(db, ctx, principal, e, "added a note"))


@api.post("/{escalation_id}/close", response_model=CaseOut)
def close(escalation_id: str, body: CloseIn, principal: ApiWriter, ctx: Ctx, db: Db) -> CaseOut:
    """Close the case with an outcome; the safeguarding hold is released."""
    e = _scoped(db, principal, escalation_id)
    try:
        cases.close_case(db, escalation_id=e.id, actor=principal.actor, outcome=body.outcome,
                         now=datetime.now(UTC), tenant_id=e.tenant_id)
    except EscalationError as exc:
        raise HTTPException(400, str(exc)) from None
    return CaseOut.from_view(_case(db, ctx, principal, e, "closed the case"))


# Pages
@pages.get("")
def queue_page(request: Request, principal: PageReader, db: Db, data: BrowserSession,
               view: str = "open", cursor: str | None = None) -> Response:
    """The queue with a tab per view."""
    if view not in QUEUE_VIEWS:
        view = "open"
    try:
        page = EscalationQueries.queue(db, tenant_id=scoped_tenant(principal), view=view,  # type: ignore[arg-type]
                                       cursor=cursor)
    except BadCursorError:
        page = EscalationQueries.queue(db, tenant_id=scoped_tenant(principal), view=view)  # type: ignore[arg-type]
    return render(request, "escalations.html", principal=principal, session=data, page=page, view=view,
                  views=QUEUE_VIEWS)


@pages.get("/{escalation_id}")
def case_gate(request: Request, escalation_id: str, principal: PageReader, db: Db,
              data: BrowserSession) -> Response:
    """Ask for a reason before showing the caller's words."""
    e = _scoped(db, principal, escalation_id)
    return render(request, "case_gate.html", principal=principal, session=data, e=e,
                  reference=EscalationQueries.call_reference(db, e.call_id))


@pages.post("/{escalation_id}", dependencies=[Csrf])
def case_page(request: Request, escalation_id: str, reason: Annotated[str, Form(max_length=500)],
              principal: PageReader, ctx: Ctx, db: Db, data: BrowserSession) -> Response:
    """The case view: caller's own words, notes, and the forms to act on it."""
    e = _scoped(db, principal, escalation_id)
    if not reason.strip():
        return render(request, "case_gate.html", principal=principal, session=data, e=e, status_code=400,
                      reference=EscalationQueries.call_reference(db, e.call_id),
                      error="Type why you are opening this case.")
    view = _case(db, ctx, principal, e, reason)
    return render(request, "case.html", principal=principal, session=data, case=view, actions=cases.ACTIONS,
                  reference=EscalationQueries.call_reference(db, e.call_id))


@pages.post("/{escalation_id}/ack", dependencies=[Csrf])
def ack_page(escalation_id: str, principal: PageWriter, db: Db) -> Response:
    """Acknowledge from the queue or the case."""
    e = _scoped(db, principal, escalation_id)
    acknowledge(db, escalation_id=e.id, actor=principal.actor, now=datetime.now(UTC))
    return redirect(f"/escalations?view=acknowledged#case-{e.id}")


@pages.post("/{escalation_id}/notes", dependencies=[Csrf])
def note_page(request: Request, escalation_id: str, principal: PageWriter, ctx: Ctx, db: Db,
              data: BrowserSession, text: Annotated[str, Form(max_length=5000)] = "",
              action: Annotated[str, Form(max_length=60)] = "") -> Response:
    """Add a note or action, then show the case again."""
    e = _scoped(db, principal, escalation_id)
    error = None
    try:
        cases.add_note(db, ctx.store, escalation_id=e.id, author=principal.actor, text=text or None,
                       action=action or None, now=datetime.now(UTC), tenant_id=e.tenant_id)
    except EscalationError as exc:
        error = str(exc)
    view = _case(db, ctx, principal, e, "added a note")
    return render(request, "case.html", principal=principal, session=data, case=view, actions=cases.ACTIONS,
                  reference=EscalationQueries.call_reference(db, e.call_id), error=error,
                  status_code=400 if error else 200)


@pages.post("/{escalation_id}/close", dependencies=[Csrf])
def close_page(request: Request, escalation_id: str, principal: PageWriter, ctx: Ctx, db: Db,
               data: BrowserSession, outcome: Annotated[str, Form(max_length=60)]) -> Response:
    """Close the case with an outcome."""
    e = _scoped(db, principal, escalation_id)
    try:
        cases.close_case(db, escalation_id=e.id, actor=principal.actor, outcome=outcome,
                         now=datetime.now(UTC), tenant_id=e.tenant_id)
    except EscalationError as exc:
        view = _case(db, ctx, principal, e, "closing the case")
        return render(request, "case.html", principal=principal, session=data, case=view,
                      actions=cases.ACTIONS, reference=EscalationQueries.call_reference(db, e.call_id),
                      error=str(exc), status_code=400)
    return redirect("/escalations?view=closed")
