"""Sign-in pages: password, then TOTP for roles that need it; sign-out; API token issue."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from receptionist.store.models import User
from receptionist.web.accounts import AccountError, Principal
from receptionist.web.context import WebContext
from receptionist.web.cookies import COOKIE_NAME, SessionData
from receptionist.web.deps import BrowserSession, Csrf, Ctx, Db, PagePrincipal
from receptionist.web.roles import requires_mfa
from receptionist.web.routes.pages import redirect, render, safe_next

router = APIRouter(include_in_schema=False)


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/login")
def login_page(request: Request, data: BrowserSession, next: str = "/") -> Response:
    """The sign-in form."""
    return render(request, "login.html", principal=None, session=data, next=safe_next(next), error=None)


@router.post("/login", dependencies=[Csrf])
def login(
    request: Request,
    ctx: Ctx,
    db: Db,
    data: BrowserSession,
    email: Annotated[str, Form(max_length=254)],
    password: Annotated[str, Form(max_length=1024)],
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    """Check the password (rate-limited); continue to the TOTP step when the role needs it."""
    client = _client(request)
    if not ctx.limiter.allowed(account=email, client=client):
        return render(request, "login.html", principal=None, session=data, next=safe_next(next),
                      error="Too many attempts. Wait a few minutes and try again.", status_code=429)
    user = ctx.accounts.check_password(db, email=email, password=password)
    if user is None:
        ctx.limiter.failed(account=email, client=client)
        return render(request, "login.html", principal=None, session=data, next=safe_next(next),
                      error="Email or password is not right.", status_code=401)
    needs_mfa = requires_mfa(user.role) or user.mfa_enabled
    new = data.signed_in(user.id, mfa_passed=not needs_mfa)
    if needs_mfa:
        return redirect(f"/login/mfa?next={safe_next(next)}", ctx=ctx, session=new)
    ctx.limiter.succeeded(account=email)
    ctx.accounts.signed_in(db, user, mfa=False)
    return redirect(safe_next(next), ctx=ctx, session=new)


@router.get("/login/mfa")
def mfa_page(request: Request, data: BrowserSession, next: str = "/") -> Response:
    """The TOTP form, only after a correct password."""
    if data.user_id is None:
        return redirect("/login")
    return render(request, "mfa.html", principal=None, session=data, next=safe_next(next), error=None)


@router.post("/login/mfa", dependencies=[Csrf])
def mfa(
    request: Request,
    ctx: Ctx,
    db: Db,
    data: BrowserSession,
    code: Annotated[str, Form(max_length=12)],
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    """Check the TOTP code; failures count against the same rate limit as passwords."""
    user = db.get(User, data.user_id) if data.user_id else None
    if user is None:
        return redirect("/login")
    client = _client(request)
    if not ctx.limiter.allowed(account=user.id, client=client):
        return render(request, "mfa.html", principal=None, session=data, next=safe_next(next),
                      error="Too many attempts. Wait a few minutes and try again.", status_code=429)
    if not ctx.accounts.check_totp(db, user, code):
        ctx.limiter.failed(account=user.id, client=client)
        return render(request, "mfa.html", principal=None, session=data, next=safe_next(next),
                      error="That code is not right. Use the current code from your app.", status_code=401)
    ctx.limiter.succeeded(account=user.id)
    ctx.accounts.signed_in(db, user, mfa=True)
    return redirect(safe_next(next), ctx=ctx, session=data.with_mfa())


@router.post("/logout", dependencies=[Csrf])
def logout() -> Response:
    """Forget the session."""
    response = redirect("/login")
    response.delete_cookie(COOKIE_NAME, path="/")
    return response


@router.get("/tokens")
def tokens_page(request: Request, principal: PagePrincipal, db: Db, data: BrowserSession) -> Response:
    """Issue an API token limited to some of the user's own permissions."""
    return _tokens_page(request, principal, db, data)


def _tokens_page(request: Request, principal: Principal, db: Session, data: SessionData, *,
                 token: str | None = None, error: str | None = None, status_code: int = 200) -> Response:
    ctx: WebContext = request.app.state.web
    return render(request, "tokens.html", principal=principal, session=data, token=token, error=error,
                  scopes=sorted(principal.permissions), tokens=ctx.accounts.tokens_of(db, principal.user_id),
                  status_code=status_code)


@router.post("/tokens/{token_id}/revoke", dependencies=[Csrf])
def revoke_token(token_id: str, principal: PagePrincipal, ctx: Ctx, db: Db) -> Response:
    """Revoke one of your own tokens; other processes notice within the token cache TTL."""
    row = ctx.accounts.revoke_token(db, principal.user_id, token_id)
    if row is None:
        raise HTTPException(404, "no such token")
    ctx.token_cache.forget_digest(row.token_hash)
    return redirect("/tokens")


@router.post("/tokens", dependencies=[Csrf])
async def issue_token(request: Request, principal: PagePrincipal, db: Db, data: BrowserSession) -> Response:
    """Create the token and show it once."""
    form = await request.form()
    name = str(form.get("name", "")).strip() or "token"
    scopes = [str(s) for s in form.getlist("scopes")]
    user = db.get(User, principal.user_id)
    assert user is not None
    try:
        token = request.app.state.web.accounts.issue_token(db, user, name=name, scopes=scopes)
    except AccountError as exc:
        return _tokens_page(request, principal, db, data, error=str(exc), status_code=400)
    return _tokens_page(request, principal, db, data, token=token)


__all__ = ["SessionData", "router"]
