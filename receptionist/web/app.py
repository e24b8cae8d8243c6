"""The FastAPI app factory: the composition root of the admin API and web UI.

``create_app`` takes the settings and (optionally) an already-open store, refuses an
unmigrated database, installs security headers, and mounts the pages, the JSON API,
health probes, and the routers other parts contribute (Twilio webhooks, metrics) when
they are importable.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError

from receptionist.escalations.sms_webhook import router as sms_router
from receptionist.observability.endpoint import router as metrics_router
from receptionist.settings import Settings, get_settings
from receptionist.store.db import require_current_schema
from receptionist.store.service import Store
from receptionist.telephony.webhooks import router as telephony_router
from receptionist.web import health
from receptionist.web.context import STATIC_DIR, WebContext
from receptionist.web.deps import LoginRequiredError
from receptionist.web.fast_lists import DATA_ERROR_BODY, FastListRoutes
from receptionist.web.headers import SecurityHeadersMiddleware
from receptionist.web.ratelimit import LoginRateLimiter
from receptionist.web.routes import ROUTERS

log = logging.getLogger(__name__)

# Routers owned by other parts: Twilio call webhooks, inbound SMS acknowledgements, metrics.
CONTRIBUTED_ROUTERS: tuple[APIRouter, ...] = (telephony_router, sms_router, metrics_router)


def create_app(
    settings: Settings | None = None,
    store: Store | None = None,
    *,
    limiter: LoginRateLimiter | None = None,
) -> FastAPI:
    """Build the app. Raises ``SchemaNotCurrentError`` if the database is not fully migrated."""
    settings = settings or get_settings()
    store = store or Store.open(settings, migrate_embedded=False)
    require_current_schema(store.engine)
    ctx = WebContext.build(settings, store, limiter=limiter)

    production = settings.environment == "production"
    app = FastAPI(
        title="Receptionist admin API",
        version="1",
        docs_url=None if production else "/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.web = ctx
    # Outermost first: security headers (and the NUL guard) around everything, including the
    # list answers FastListRoutes gives ahead of FastAPI's routing (see fast_lists.py).
    app.add_middleware(FastListRoutes, ctx=ctx)
    app.add_middleware(SecurityHeadersMiddleware, hsts=production)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.include_router(health.router)
    for router in ROUTERS:
        app.include_router(router)
    for contributed in CONTRIBUTED_ROUTERS:
        app.include_router(contributed)

    @app.exception_handler(DataError)
    async def _bad_data(request: Request, exc: DataError) -> Response:
        # The database refused a value (e.g. a NUL inside a JSON string). That is bad input,
        # not a server fault; the transaction was rolled back. Say nothing about the value.
        return JSONResponse(DATA_ERROR_BODY, status_code=400)

    @app.exception_handler(LoginRequiredError)
    async def _to_login(request: Request, exc: LoginRequiredError) -> Response:
        return RedirectResponse(f"/login?next={quote(exc.next_path)}", status_code=303)

    return app
