"""FastAPI dependencies: the database session, who is asking, and what they may do.

Two ways in. The JSON API (``/api/v1``) takes ``Authorization: Bearer`` API tokens only,
so it needs no CSRF defence. The HTML pages take the signed session cookie, require the
second factor where the role needs it, and check a CSRF token on every form post.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, TypeVar

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Connection
from sqlalchemy.orm import Session

from receptionist.store.models import User
from receptionist.web.accounts import Principal, principal_for
from receptionist.web.call_queries import CallPage, ListQuery
from receptionist.web.context import WebContext
from receptionist.web.cookies import COOKIE_NAME, SessionData
from receptionist.web.roles import requires_mfa

T = TypeVar("T")


class LoginRequiredError(Exception):
    """Raised by page dependencies; the app turns it into a redirect to the sign-in page."""

    def __init__(self, next_path: str = "/") -> None:
        super().__init__("sign-in required")
        self.next_path = next_path


async def get_ctx(request: Request) -> WebContext:
    """The app's :class:`WebContext`."""
    ctx: WebContext = request.app.state.web
    return ctx


Ctx = Annotated[WebContext, Depends(get_ctx)]


async def db_session(ctx: Ctx) -> AsyncIterator[Session]:
    """One transaction per request: committed on success, rolled back on any error.

    Creating a session does no I/O, so it happens on the event loop; the commit or rollback
    at the end does, so it runs in the thread pool (one hop, instead of two for a sync
    generator dependency). A session that never began a transaction has nothing to end and
    is closed on the loop.
    """
    session = ctx.store.sessions()
    try:
        yield session
    except BaseException:
        await _end(session, False)
        raise
    await _end(session, True)


async def _end(session: Session, ok: bool) -> None:
    if session.in_transaction():
        await run_in_threadpool(_finish, session, ok)
    else:
        session.close()


def _finish(session: Session, ok: bool) -> None:
    try:
        if ok:
            session.commit()
        else:
            session.rollback()
    finally:
        session.close()


Db = Annotated[Session, Depends(db_session)]


async def read_only(ctx: WebContext, query: Callable[[Connection], T]) -> T:
    """Run one read-only ``query`` on a pooled connection in the thread pool, in autocommit.

    For the hot list endpoints: a single SELECT is its own consistent snapshot, so it needs
    no BEGIN/COMMIT round trips and no ORM session, and the whole database part of the
    request is one thread-pool hop. Anything that writes (audit rows included) uses ``Db``.
    """
    return await run_in_threadpool(_read, ctx, query)


def _read(ctx: WebContext, query: Callable[[Connection], T]) -> T:
    with ctx.reader.connect() as conn:
        return query(conn)


async def read_list(ctx: WebContext, query: ListQuery) -> CallPage:
    """One page of a list endpoint: on PostgreSQL on the event loop (``pg_reader``: no thread,
    no pre-ping round trip), elsewhere through ``read_only``."""
    if ctx.pg_reader is not None:
        return await ctx.pg_reader.run(query)
    return await read_only(ctx, query.run)


async def browser_session(request: Request, ctx: Ctx) -> SessionData:
    """The browser's session (anonymous if it has none yet)."""
    data = ctx.sessions.decode(request.cookies.get(COOKIE_NAME))
    return data or SessionData()


BrowserSession = Annotated[SessionData, Depends(browser_session)]


async def api_principal(request: Request, ctx: Ctx) -> Principal:
    """The principal of a bearer API token (briefly cached, see ``token_cache``); 401 otherwise.

    A cache miss looks the token up in a short read-only session of its own, so a request
    served from the cache touches no session and no thread at all for authentication.
    """
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "bearer API token required", headers={"WWW-Authenticate": "Bearer"})
    principal = ctx.token_cache.get(token)
    if principal is None:
        principal = await run_in_threadpool(_resolve_token, ctx, token)
        if principal is None:
            raise HTTPException(401, "invalid or expired API token", headers={"WWW-Authenticate": "Bearer"})
        ctx.token_cache.put(token, principal)
    return principal


def _resolve_token(ctx: WebContext, token: str) -> Principal | None:
    with ctx.store.sessions() as session:
        return ctx.accounts.principal_for_token(session, token)


def page_principal(request: Request, db: Db, data: BrowserSession) -> Principal:
    """The signed-in user of a page request, with MFA passed where the role needs it."""
    if data.user_id is None:
        raise LoginRequiredError(request.url.path)
    user = db.get(User, data.user_id)
    if user is None or not user.active:
        raise LoginRequiredError(request.url.path)
    if requires_mfa(user.role) and not data.mfa_passed:
        raise LoginRequiredError(request.url.path)
    return principal_for(user)


ApiPrincipal = Annotated[Principal, Depends(api_principal)]
PagePrincipal = Annotated[Principal, Depends(page_principal)]


def require(principal: Principal, permission: str) -> None:
    """403 unless ``principal`` holds ``permission``."""
    if not principal.can(permission):
        raise HTTPException(403, f"requires permission {permission}")


def api_permission(permission: str) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency yielding the API principal after checking ``permission``."""

    async def dep(principal: ApiPrincipal) -> Principal:
        require(principal, permission)
        return principal

    return dep


def page_permission(permission: str) -> Callable[[Principal], Principal]:
    """A dependency yielding the page principal after checking ``permission``."""

    def dep(principal: PagePrincipal) -> Principal:
        require(principal, permission)
        return principal

    return dep


async def csrf_checked(request: Request, data: BrowserSession) -> None:
    """Reject a form post whose ``csrf_token`` does not match the session's."""
    form = await request.form()
    sent = form.get("csrf_token")
    if not isinstance(sent, str) or not hmac.compare_digest(sent, data.csrf):
        raise HTTPException(403, "the form has expired; reload the page and try again")


Csrf = Depends(csrf_checked)


def scoped_tenant(principal: Principal, requested: str | None = None) -> str | None:
    """The tenant a query must be limited to: the user's own, or for platform admins the one
    they asked for (None means all tenants, only ever for platform admins)."""
    if principal.tenant_id is not None:
        return principal.tenant_id
    return requested
