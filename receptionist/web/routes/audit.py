"""Auditors: the audit log with its chain verification, deletion records and certificates."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from receptionist.store import audit
from receptionist.web.accounts import Principal
from receptionist.web.audit_queries import AuditQueries
from receptionist.web.deps import BrowserSession, Db, api_permission, page_permission, scoped_tenant
from receptionist.web.roles import AUDIT_READ
from receptionist.web.routes.pages import render

api = APIRouter(prefix="/api/v1", tags=["audit"])
pages = APIRouter(include_in_schema=False)

ApiAuditor = Annotated[Principal, Depends(api_permission(AUDIT_READ))]
PageAuditor = Annotated[Principal, Depends(page_permission(AUDIT_READ))]


def _verify(db: Any) -> dict[str, Any]:
    result = audit.verify(db)
    return {"ok": result.ok, "checked": result.checked, "first_bad_id": result.first_bad_id,
            "problem": result.problem}


@api.get("/audit")
def audit_events(
    principal: ApiAuditor,
    db: Db,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    before_id: Annotated[int | None, Query(ge=1, le=2**62)] = None,
    action: Annotated[str | None, Query(max_length=60)] = None,
) -> list[dict[str, Any]]:
    """Audit events newest first."""
    return AuditQueries.events(db, tenant_id=scoped_tenant(principal), limit=limit, before_id=before_id,
                               action=action)


@api.get("/audit/verify")
def audit_verify(principal: ApiAuditor, db: Db) -> dict[str, Any]:
    """Walk the hash chain and report whether any event was edited, removed or reordered."""
    return _verify(db)


@api.get("/deletions")
def deletions(principal: ApiAuditor, db: Db,
              limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[dict[str, Any]]:
    """Deletion records newest first (what, when, which rule, hash; never contents)."""
    return AuditQueries.deletions(db, tenant_id=scoped_tenant(principal), limit=limit)


@api.get("/deletions/{record_id}/certificate")
def deletion_certificate(record_id: str, principal: ApiAuditor, db: Db) -> dict[str, Any]:
    """A deletion certificate for one record."""
    cert = AuditQueries.deletion(db, record_id, tenant_id=scoped_tenant(principal))
    if cert is None:
        raise HTTPException(404, "no such deletion record")
    return cert


@pages.get("/audit")
def audit_page(request: Request, principal: PageAuditor, db: Db, data: BrowserSession,
               before_id: int | None = None, action: str | None = None) -> Response:
    """The audit log, verification status and deletion records."""
    events = AuditQueries.events(db, tenant_id=scoped_tenant(principal), before_id=before_id,
                                 action=action or None)
    return render(request, "audit.html", principal=principal, session=data, events=events,
                  verification=_verify(db), action=action or "",
                  deletions=AuditQueries.deletions(db, tenant_id=scoped_tenant(principal), limit=50))


@pages.get("/deletions/{record_id}")
def certificate_page(request: Request, record_id: str, principal: PageAuditor, db: Db,
                     data: BrowserSession) -> Response:
    """One deletion certificate."""
    cert = AuditQueries.deletion(db, record_id, tenant_id=scoped_tenant(principal))
    if cert is None:
        raise HTTPException(404, "no such deletion record")
    return render(request, "certificate.html", principal=principal, session=data, cert=cert)
