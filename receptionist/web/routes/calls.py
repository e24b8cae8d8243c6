"""Calls for staff: the list, a call's redacted transcript, summary and message, marking a
callback done; and, for permitted roles with a typed reason, the unredacted transcript and
the recording. Every read of personal data goes through the store and is audited.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.recording.playback import RecordingNotFoundError, read_recording
from receptionist.store import audit
from receptionist.store.call_view import CallView
from receptionist.store.calls import CallNotFoundError, CallRepository
from receptionist.store.crypto import ShreddedError
from receptionist.store.models import Call, Recording
from receptionist.web.accounts import Principal
from receptionist.web.call_queries import CallQueries
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
from receptionist.web.json_response import FastJSONResponse
from receptionist.web.reveal import reveal_turn, revealed_text
from receptionist.web.roles import CALLS_CALLBACK, CALLS_MESSAGES, CALLS_READ, CALLS_REVEAL
from receptionist.web.routes.pages import redirect, render
from receptionist.web.schemas import CallPageOut, Reason

api = APIRouter(prefix="/api/v1/calls", tags=["calls"])
pages = APIRouter(prefix="/calls", include_in_schema=False)

ApiReader = Annotated[Principal, Depends(api_permission(CALLS_READ))]
ApiCallback = Annotated[Principal, Depends(api_permission(CALLS_CALLBACK))]
ApiReveal = Annotated[Principal, Depends(api_permission(CALLS_REVEAL))]
PageReader = Annotated[Principal, Depends(page_permission(CALLS_READ))]
PageCallback = Annotated[Principal, Depends(page_permission(CALLS_CALLBACK))]
PageReveal = Annotated[Principal, Depends(page_permission(CALLS_REVEAL))]

VIEW_REASON = "view call (redacted transcript, summary and message)"


def _scoped(db: Session, principal: Principal, call_id: str) -> Call:
    call = CallQueries.get_call(db, call_id, tenant_id=scoped_tenant(principal))
    if call is None:
        raise HTTPException(404, "no such call")
    return call


def _read(db: Session, ctx: Any, principal: Principal, call: Call, reason: str) -> CallView:
    try:
        return CallRepository(ctx.store).read_call(db, call.id, actor=principal.actor, reason=reason,
                                                   tenant_id=call.tenant_id)
    except CallNotFoundError:
        raise HTTPException(404, "no such call") from None


def _redacted_json(view: CallView, principal: Principal) -> dict[str, Any]:
    """The staff view: redacted turns, summary, and the message fields if the role may see them."""
    out: dict[str, Any] = {
        "id": view.id, "reference": view.reference, "status": view.status, "outcome": view.outcome,
        "started_at": view.started_at.isoformat(), "reason_category": view.reason_category,
        "escalated": view.escalated, "restricted": view.restricted, "summary": view.summary,
        "turns": [{"seq": t.seq, "speaker": t.speaker, "text": t.text} for t in view.turns],
        "shredded": sorted(view.shredded),
    }
    if principal.can(CALLS_MESSAGES):
        out["message"] = {"name": view.caller_name, "callback_number": view.callback_number,
                          "reason": view.reason, "message": view.message}
    return out


def _recordings(db: Session, call_id: str) -> list[Recording]:
    return list(db.scalars(select(Recording).where(Recording.call_id == call_id,
                                                   Recording.status == "finalised")).all())


# JSON API
@api.get("", responses={200: {"model": CallPageOut}})
async def list_calls(
    principal: ApiReader,
    ctx: Ctx,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    callback_pending: bool | None = None,
    escalated: bool | None = None,
) -> Response:
    """Calls newest first: labels and times only, no personal data (so nothing to audit)."""
    try:
        query = CallQueries.list_query(tenant_id=scoped_tenant(principal), limit=limit, cursor=cursor,
                                       callback_pending=callback_pending, escalated=escalated)
    except BadCursorError as exc:
        raise HTTPException(400, str(exc)) from None
    page = await read_list(ctx, query)
    return FastJSONResponse({"items": page.items, "next_cursor": page.next_cursor})


@api.get("/{call_id}")
def get_call(call_id: str, principal: ApiReader, ctx: Ctx, db: Db) -> dict[str, Any]:
    """One call with its redacted transcript and summary (audited as a read)."""
    call = _scoped(db, principal, call_id)
    return _redacted_json(_read(db, ctx, principal, call, VIEW_REASON), principal)


@api.post("/{call_id}/callback-done")
def callback_done(call_id: str, principal: ApiCallback, db: Db) -> dict[str, Any]:
    """Mark that the caller has been rung back (idempotent)."""
    call = _scoped(db, principal, call_id)
    changed = CallQueries.mark_callback_done(db, call, actor=principal.actor)
    return {"id": call.id, "callback_done": True, "changed": changed}


@api.post("/{call_id}/reveal")
def reveal(call_id: str, body: Reason, principal: ApiReveal, ctx: Ctx, db: Db) -> dict[str, Any]:
    """The unredacted transcript, for a permitted role with a stated reason (audited)."""
    call = _scoped(db, principal, call_id)
    view = _read(db, ctx, principal, call, body.reason)
    audit.record(db, actor=principal.actor, action="call.reveal", tenant_id=call.tenant_id,
                 target_type="call", target_id=call.id, reason=body.reason)
    out = _redacted_json(view, principal)
    out["turns"] = [{"seq": t.seq, "speaker": t.speaker, "text": revealed_text(t)} for t in view.turns]
    return out


# Pages
@pages.get("")
def calls_page(request: Request, principal: PageReader, db: Db, data: BrowserSession,
               cursor: str | None = None, pending: bool = False) -> Response:
    """The call list."""
    try:
        page = CallQueries.list_calls(db, tenant_id=scoped_tenant(principal), cursor=cursor,
                                      callback_pending=True if pending else None)
    except BadCursorError:
        page = CallQueries.list_calls(db, tenant_id=scoped_tenant(principal))
    return render(request, "calls.html", principal=principal, session=data, page=page, pending=pending)


@pages.get("/{call_id}")
def call_page(request: Request, call_id: str, principal: PageReader, ctx: Ctx, db: Db,
              data: BrowserSession) -> Response:
    """One call, redacted."""
    call = _scoped(db, principal, call_id)
    view = _read(db, ctx, principal, call, VIEW_REASON)
    return render(request, "call.html", principal=principal, session=data, call=view, revealed=None,
                  can_messages=principal.can(CALLS_MESSAGES), can_reveal=principal.can(CALLS_REVEAL),
                  can_callback=principal.can(CALLS_CALLBACK), callback_done_at=call.callback_done_at,
                  recordings=_recordings(db, call.id), error=None)


@pages.post("/{call_id}/callback-done", dependencies=[Csrf])
def callback_done_page(call_id: str, principal: PageCallback, db: Db) -> Response:
    """Mark the callback done and go back to the call."""
    call = _scoped(db, principal, call_id)
    CallQueries.mark_callback_done(db, call, actor=principal.actor)
    return redirect(f"/calls/{call.id}")


@pages.post("/{call_id}/reveal", dependencies=[Csrf])
def reveal_page(request: Request, call_id: str, principal: PageReveal, ctx: Ctx, db: Db,
                data: BrowserSession, reason: Annotated[str, Form(max_length=500)] = "") -> Response:
    """The unredacted transcript after a typed reason (audited)."""
    call = _scoped(db, principal, call_id)
    ok = len(reason.strip()) >= 3
    view = _read(db, ctx, principal, call, reason.strip() if ok else VIEW_REASON)
    revealed = None
    if ok:
        audit.record(db, actor=principal.actor, action="call.reveal", tenant_id=call.tenant_id,
                     target_type="call", target_id=call.id, reason=reason.strip())
        revealed = {t.seq: reveal_turn(t) for t in view.turns}
    return render(request, "call.html", principal=principal, session=data, call=view, revealed=revealed,
                  can_messages=principal.can(CALLS_MESSAGES), can_reveal=True,
                  can_callback=principal.can(CALLS_CALLBACK), callback_done_at=call.callback_done_at,
                  recordings=_recordings(db, call.id),
                  error=None if ok else "Type a reason (at least 3 characters) to reveal.",
                  status_code=200 if ok else 400)


@pages.post("/{call_id}/recordings/{recording_id}", dependencies=[Csrf])
def play_recording(call_id: str, recording_id: str, principal: PageReveal, ctx: Ctx, db: Db,
                   reason: Annotated[str, Form(max_length=500)] = "") -> Response:
    """The recording as WAV after a typed reason (audited by the recording service)."""
    call = _scoped(db, principal, call_id)
    if len(reason.strip()) < 3:
        raise HTTPException(400, "type a reason (at least 3 characters) to play the recording")
    try:
        playback = read_recording(db, ctx.store.cipher, recording_id, actor=principal.actor,
                                  reason=reason.strip(), tenant_id=call.tenant_id)
    except RecordingNotFoundError:
        raise HTTPException(404, "no such recording") from None
    except ShreddedError:
        raise HTTPException(410, "the recording has been deleted under the retention policy") from None
    if playback.call_id != call.id:
        raise HTTPException(404, "no such recording")
    return Response(playback.wav, media_type="audio/wav",
                    headers={"content-disposition": f'inline; filename="recording-{call.reference}.wav"'})
