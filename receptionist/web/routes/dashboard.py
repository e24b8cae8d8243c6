"""The aggregate dashboard (no personal data), as a page and as JSON."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from receptionist.web.accounts import Principal
from receptionist.web.dashboard_queries import DashboardQueries
from receptionist.web.deps import BrowserSession, Db, api_permission, page_permission, scoped_tenant
from receptionist.web.roles import DASHBOARD_READ
from receptionist.web.routes.pages import render

api = APIRouter(prefix="/api/v1", tags=["dashboard"])
pages = APIRouter(include_in_schema=False)


@api.get("/dashboard")
def dashboard(principal: Annotated[Principal, Depends(api_permission(DASHBOARD_READ))], db: Db,
              days: Annotated[int, Query(ge=1, le=90)] = 14) -> dict[str, Any]:
    """Calls, escalations, transfers and messages per day; reasons and outcomes over the period."""
    return DashboardQueries.summary(db, tenant_id=scoped_tenant(principal), days=days)


@pages.get("/")
def dashboard_page(request: Request, principal: Annotated[Principal, Depends(page_permission(DASHBOARD_READ))],
                   db: Db, data: BrowserSession) -> Response:
    """The dashboard page with a bar per day."""
    summary = DashboardQueries.summary(db, tenant_id=scoped_tenant(principal))
    peak = max([d["calls"] for d in summary["by_day"].values()] + [1])
    return render_dashboard(request, principal, data, summary, peak)


def render_dashboard(request: Request, principal: Principal, data: Any, summary: dict[str, Any],
                     peak: int) -> Response:
    """Render with bar widths precomputed (CSP forbids inline styles, so widths are classes)."""
    bars = {day: min(10, round(10 * v["calls"] / peak)) for day, v in summary["by_day"].items()}
    return render(request, "dashboard.html", principal=principal, session=data, summary=summary, bars=bars)
