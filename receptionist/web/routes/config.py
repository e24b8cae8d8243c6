"""Tenant configuration for client admins: view, edit (validated, versioned, audited), see
what changed between versions, and try a text call against the unsaved draft.

Tenant users always work on their own tenant. Platform admins name one with ``?tenant=``.
"""

from __future__ import annotations

from collections.abc import Awaitable
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from receptionist.core.config import TenantConfig
from receptionist.core.tenants import TenantNotFoundError
from receptionist.store.models import Tenant
from receptionist.web.accounts import Principal
from receptionist.web.config_editor import MAX_CONFIG_BYTES, ConfigEditError, ConfigEditor, parse_draft
from receptionist.web.deps import BrowserSession, Csrf, Ctx, Db, api_permission, page_permission
from receptionist.web.roles import CONFIG_READ, CONFIG_WRITE
from receptionist.web.routes.pages import redirect, render
from receptionist.web.schemas import CleanStr
from receptionist.web.tryit import MAX_TURNS, TryItError

api = APIRouter(prefix="/api/v1/config", tags=["config"])
pages = APIRouter(prefix="/config", include_in_schema=False)

ApiReader = Annotated[Principal, Depends(api_permission(CONFIG_READ))]
ApiWriter = Annotated[Principal, Depends(api_permission(CONFIG_WRITE))]
PageWriter = Annotated[Principal, Depends(page_permission(CONFIG_WRITE))]
TenantSlug = Annotated[str | None, Query(max_length=64, description="platform admins: which tenant")]

editor = ConfigEditor()


def _tenant(db: Session, principal: Principal, slug: str | None) -> Tenant:
    if principal.tenant_id is not None:
        tenant = db.get(Tenant, principal.tenant_id)
    elif slug:
        tenant = editor.tenants.get_by_slug(db, slug)
    else:
        raise HTTPException(400, "platform admins must choose a tenant with ?tenant=SLUG")
    if tenant is None:
        raise HTTPException(404, "no such tenant")
    return tenant


class ConfigOut(BaseModel):
    """The active configuration as YAML, and its version number."""

    version: int
    yaml: str


class ConfigIn(BaseModel):
    """A new configuration as YAML, with an optional comment for the history."""

    yaml: CleanStr = Field(max_length=MAX_CONFIG_BYTES)
    comment: CleanStr | None = Field(default=None, max_length=500)


class TryIn(BaseModel):
    """Caller lines to play against a configuration (the saved one when ``yaml`` is absent)."""

    yaml: CleanStr | None = Field(default=None, max_length=MAX_CONFIG_BYTES)
    lines: list[CleanStr] = Field(min_length=1, max_length=MAX_TURNS)


@api.get("", response_model=ConfigOut)
def get_config(principal: ApiReader, db: Db, tenant: TenantSlug = None) -> ConfigOut:
    """The active configuration."""
    t = _tenant(db, principal, tenant)
    return ConfigOut(version=t.active_config_version, yaml=editor.current_yaml(db, t))


@api.put("", response_model=ConfigOut, responses={422: {"description": "invalid configuration"}})
def put_config(body: ConfigIn, principal: ApiWriter, db: Db, tenant: TenantSlug = None) -> ConfigOut:
    """Save a new version (validated, audited) and make it active."""
    t = _tenant(db, principal, tenant)
    try:
        version = editor.save(db, t, body.yaml, actor=principal.actor, comment=body.comment)
    except ConfigEditError as exc:
        raise HTTPException(422, {"problems": exc.problems}) from None
    return ConfigOut(version=version, yaml=editor.current_yaml(db, t))


@api.get("/versions")
def versions(principal: ApiReader, db: Db, tenant: TenantSlug = None) -> list[dict[str, Any]]:
    """Saved versions, newest first."""
    return [v.__dict__ for v in editor.versions(db, _tenant(db, principal, tenant))]


@api.get("/diff")
def diff(principal: ApiReader, db: Db, old: Annotated[int, Query(ge=1)], new: Annotated[int, Query(ge=1)],
         tenant: TenantSlug = None) -> dict[str, Any]:
    """What changed between two saved versions, as a unified diff."""
    t = _tenant(db, principal, tenant)
    try:
        return {"old": old, "new": new, "diff": editor.diff(db, t, old, new)}
    except TenantNotFoundError:
        raise HTTPException(404, "no such configuration version") from None


@api.post("/try")
async def try_call(principal: ApiWriter, ctx: Ctx, db: Db, body: Annotated[TryIn, Body()],
                   tenant: TenantSlug = None) -> dict[str, Any]:
    """Run a text call against the draft (or saved) configuration; nothing is stored."""

    def prepare() -> TenantConfig:
        t = _tenant(db, principal, tenant)
        return parse_draft(body.yaml, t) if body.yaml is not None else editor.tenants.active_config(db, t)

    try:
        cfg = await run_in_threadpool(prepare)  # database reads stay off the event loop
        transcript = await ctx.sandbox.run(cfg, body.lines)
    except ConfigEditError as exc:
        raise HTTPException(422, {"problems": exc.problems}) from None
    except TryItError as exc:
        raise HTTPException(400, str(exc)) from None
    return {"turns": [{"speaker": s, "text": x} for s, x in transcript]}


# Pages
def _editor_page(request: Request, principal: Principal, db: Session, data: Any, t: Tenant, *,
                 draft: str | None = None, problems: list[str] | None = None, lines: str = "",
                 transcript: list[tuple[str, str]] | None = None, saved: int | None = None,
                 status_code: int = 200) -> Response:
    return render(request, "config.html", principal=principal, session=data, tenant=t,
                  draft=draft if draft is not None else editor.current_yaml(db, t),
                  versions=editor.versions(db, t), problems=problems or [], lines=lines,
                  transcript=transcript, saved=saved, status_code=status_code)


@pages.get("")
def config_page(request: Request, principal: PageWriter, db: Db, data: BrowserSession,
                tenant: str | None = None, saved: int | None = None) -> Response:
    """The editor, history and try-it panel."""
    return _editor_page(request, principal, db, data, _tenant(db, principal, tenant), saved=saved)


@pages.post("", dependencies=[Csrf])
async def config_submit(request: Request, principal: PageWriter, ctx: Ctx, db: Db, data: BrowserSession,
                        tenant: str | None = None) -> Response:
    """Either save the draft or try it, depending on which button was pressed."""
    form = await request.form()
    draft = str(form.get("yaml", ""))
    lines = str(form.get("lines", ""))
    t = await run_in_threadpool(_tenant, db, principal, tenant)

    def page(**kwargs: Any) -> Awaitable[Response]:
        # Rendering reads versions from the database: do it in the thread pool.
        return run_in_threadpool(partial(_editor_page, request, principal, db, data, t, draft=draft,
                                         lines=lines, **kwargs))

    if form.get("action") == "try":
        try:
            cfg = parse_draft(draft, t)
            said = [ln.strip() for ln in lines.splitlines() if ln.strip()][:MAX_TURNS]
            transcript = await ctx.sandbox.run(cfg, said or ["Hello"])
        except ConfigEditError as exc:
            return await page(problems=exc.problems, status_code=422)
        except TryItError as exc:
            return await page(problems=[str(exc)], status_code=400)
        return await page(transcript=transcript)
    comment = str(form.get("comment", "")) or None
    try:
        version = await run_in_threadpool(partial(editor.save, db, t, draft, actor=principal.actor,
                                                  comment=comment))
    except ConfigEditError as exc:
        return await page(problems=exc.problems, status_code=422)
    suffix = f"&tenant={t.slug}" if principal.tenant_id is None else ""
    return redirect(f"/config?saved={version}{suffix}")


@pages.get("/diff")
def diff_page(request: Request, principal: PageWriter, db: Db, data: BrowserSession,
              old: int, new: int, tenant: str | None = None) -> Response:
    """What changed between two versions."""
    t = _tenant(db, principal, tenant)
    try:
        lines = editor.diff(db, t, old, new)
    except TenantNotFoundError:
        raise HTTPException(404, "no such configuration version") from None
    return render(request, "diff.html", principal=principal, session=data, tenant=t, old=old, new=new,
                  lines=lines)
