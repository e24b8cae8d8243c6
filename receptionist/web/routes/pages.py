"""Rendering helpers shared by the page routes: templates with the signed-in user and CSRF token."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from receptionist.web.accounts import Principal
from receptionist.web.context import WebContext
from receptionist.web.cookies import COOKIE_NAME, SessionData
from receptionist.web.roles import (
    AUDIT_READ,
    CALLS_READ,
    CONFIG_WRITE,
    DASHBOARD_READ,
    ESCALATIONS_READ,
    REQUESTS_READ,
)

# (permission, path, label) for the navigation bar; a link shows only with the permission.
NAV: tuple[tuple[str, str, str], ...] = (
    (DASHBOARD_READ, "/", "Dashboard"),
    (CALLS_READ, "/calls", "Calls"),
    (ESCALATIONS_READ, "/escalations", "Safeguarding"),
    (CONFIG_WRITE, "/config", "Configuration"),
    (REQUESTS_READ, "/requests", "Data requests"),
    (AUDIT_READ, "/audit", "Audit log"),
)


def render(
    request: Request,
    name: str,
    *,
    principal: Principal | None,
    session: SessionData,
    status_code: int = 200,
    **context: Any,
) -> Response:
    """Render template ``name`` with the navigation, user and CSRF token filled in."""
    ctx: WebContext = request.app.state.web
    nav = [(path, label) for perm, path, label in NAV if principal is not None and principal.can(perm)]
    response = ctx.templates.TemplateResponse(
        request,
        name,
        {"principal": principal, "csrf_token": session.csrf, "nav": nav, "path": request.url.path, **context},
        status_code=status_code,
    )
    set_session_cookie(response, ctx, session)
    return response


def set_session_cookie(response: Response, ctx: WebContext, session: SessionData) -> None:
    """Write the signed session cookie: HttpOnly, SameSite=Lax, Secure outside plain-http dev."""
    response.set_cookie(
        COOKIE_NAME,
        ctx.sessions.encode(session),
        max_age=ctx.sessions.max_age,
        httponly=True,
        samesite="lax",
        secure=ctx.secure_cookies,
        path="/",
    )


def redirect(path: str, *, ctx: WebContext | None = None, session: SessionData | None = None) -> Response:
    """A 303 redirect after a form post, optionally re-issuing the session cookie."""
    response = RedirectResponse(path, status_code=303)
    if ctx is not None and session is not None:
        set_session_cookie(response, ctx, session)
    return response


def safe_next(value: str | None) -> str:
    """Only same-site relative paths are followed after sign-in (no open redirects)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value
