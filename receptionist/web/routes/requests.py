"""Data-subject requests: logged with their due dates and run from the UI through the store's
``RightsService`` (access export download, erasure, rectification, restriction).

The number is only ever held as its keyed hash in ``subject_requests``; the export is built
in memory and streamed back as a ZIP, never left on the server's disk.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.store.models import SubjectRequest
from receptionist.store.rights import RightsService
from receptionist.store.subject_access import AccessPackage, write_package
from receptionist.web.accounts import Principal
from receptionist.web.deps import (
    BrowserSession,
    Csrf,
    Ctx,
    Db,
    api_permission,
    page_permission,
    scoped_tenant,
)
from receptionist.web.roles import REQUESTS_READ, REQUESTS_WRITE
from receptionist.web.routes.pages import render
from receptionist.web.schemas import CleanStr

api = APIRouter(prefix="/api/v1/requests", tags=["requests"])
pages = APIRouter(prefix="/requests", include_in_schema=False)

ApiReader = Annotated[Principal, Depends(api_permission(REQUESTS_READ))]
ApiWriter = Annotated[Principal, Depends(api_permission(REQUESTS_WRITE))]
PageReader = Annotated[Principal, Depends(page_permission(REQUESTS_READ))]
PageWriter = Annotated[Principal, Depends(page_permission(REQUESTS_WRITE))]

Kind = Literal["access", "erasure", "rectification", "restriction"]
NUMBER = r"^\+?[0-9 ()-]{6,24}$"


class RequestIn(BaseModel):
    """A request to run now, for one phone number."""

    kind: Kind
    number: str = Field(pattern=NUMBER)
    new_name: CleanStr | None = Field(default=None, max_length=200)
    new_number: str | None = Field(default=None, pattern=NUMBER)
    lift: bool = False


class RequestError(ValueError):
    """The request cannot be run as given (message has no personal data)."""


def list_requests(db: Session, tenant_id: str | None) -> list[dict[str, Any]]:
    """Requests newest first with their due dates; no numbers, only hashes never shown."""
    stmt = select(SubjectRequest)
    if tenant_id is not None:
        stmt = stmt.where(SubjectRequest.tenant_id == tenant_id)
    rows = db.scalars(stmt.order_by(SubjectRequest.received_at.desc()).limit(200)).all()
    return [
        {"id": r.id, "kind": r.kind, "status": r.status, "received_at": r.received_at.isoformat(),
         "due_at": r.due_at.isoformat(), "completed_at": r.completed_at.isoformat() if r.completed_at else None,
         "handled_by": r.handled_by, "result": r.result}
        for r in rows
    ]


def run_request(db: Session, rights: RightsService, principal: Principal, body: RequestIn,
                tenant_id: str | None) -> tuple[dict[str, Any], AccessPackage | None]:
    """Carry out one request; returns its summary and, for access, the package."""
    actor = principal.actor
    try:
        if body.kind == "access":
            package = rights.export(db, number=body.number, tenant_id=tenant_id, actor=actor)
            return {"kind": "access", "request_id": package.request_id, "calls": len(package.calls),
                    "withheld": len(package.withheld)}, package
        if body.kind == "erasure":
            erased = rights.erase(db, number=body.number, tenant_id=tenant_id, actor=actor)
            return {"kind": "erasure", "request_id": erased.request_id, "calls_erased": len(erased.erased),
                    "calls_kept": len(erased.kept), "kept_reasons": sorted(set(erased.kept.values()))}, None
        if body.kind == "rectification":
            if not body.new_name and not body.new_number:
                raise RequestError("give a corrected name and/or number")
            changed = rights.rectify(db, number=body.number, tenant_id=tenant_id, actor=actor,
                                     name=body.new_name or None, new_number=body.new_number or None)
            return {"kind": "rectification", "calls": changed}, None
        count = rights.restrict(db, number=body.number, tenant_id=tenant_id, actor=actor, lift=body.lift)
        return {"kind": "restriction", "calls": count, "lifted": body.lift}, None
    except ValueError as exc:
        raise RequestError(str(exc)) from None


def package_zip(package: AccessPackage) -> bytes:
    """The store's package files (JSON + CSV) zipped in memory; the temp files are removed."""
    buf = io.BytesIO()
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in write_package(package, Path(tmp)):
            zf.write(path, arcname=path.name)
    return buf.getvalue()


@api.get("")
def requests_list(principal: ApiReader, db: Db) -> list[dict[str, Any]]:
    """Data-subject requests with their statutory due dates."""
    return list_requests(db, scoped_tenant(principal))


@api.post("")
def requests_run(body: RequestIn, principal: ApiWriter, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Log and run a request; an access request returns the package itself."""
    try:
        summary, package = run_request(db, RightsService(ctx.store), principal, body, scoped_tenant(principal))
    except RequestError as exc:
        raise HTTPException(400, str(exc)) from None
    if package is not None:
        summary["package"] = package.as_dict()
    return summary


@pages.get("")
def requests_page(request: Request, principal: PageReader, db: Db, data: BrowserSession) -> Response:
    """The request log and, for those who may, the form to run one."""
    return render(request, "requests.html", principal=principal, session=data,
                  rows=list_requests(db, scoped_tenant(principal)), can_run=principal.can(REQUESTS_WRITE),
                  result=None, error=None)


@pages.post("", dependencies=[Csrf])
async def requests_submit(request: Request, principal: PageWriter, ctx: Ctx, db: Db,
                          data: BrowserSession) -> Response:
    """Run the request; an access export downloads as a ZIP."""
    form = await request.form()
    raw = {k: str(v).strip() for k, v in form.items() if k != "csrf_token" and str(v).strip()}
    raw["lift"] = "lift" in form  # type: ignore[assignment]
    try:
        body = RequestIn.model_validate(raw)
        summary, package = run_request(db, RightsService(ctx.store), principal, body, scoped_tenant(principal))
    except (ValueError, RequestError) as exc:
        message = str(exc) if isinstance(exc, RequestError) else "check the request type and phone numbers"
        return render(request, "requests.html", principal=principal, session=data,
                      rows=list_requests(db, scoped_tenant(principal)), can_run=True, result=None,
                      error=message, status_code=400)
    if package is not None:
        db.commit()  # the request and its audit events must be saved before the data leaves
        return Response(package_zip(package), media_type="application/zip", headers={
            "content-disposition": f'attachment; filename="subject-access-{package.request_id}.zip"'})
    return render(request, "requests.html", principal=principal, session=data,
                  rows=list_requests(db, scoped_tenant(principal)), can_run=True, result=summary, error=None)
