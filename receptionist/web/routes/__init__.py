"""The web app's own routers, in the order they are mounted."""

from __future__ import annotations

from fastapi import APIRouter

from receptionist.web.routes import audit, auth, calls, config, dashboard, escalations, requests

ROUTERS: tuple[APIRouter, ...] = (
    auth.router,
    dashboard.api,
    dashboard.pages,
    calls.api,
    calls.pages,
    escalations.api,
    escalations.pages,
    config.api,
    config.pages,
    audit.api,
    audit.pages,
    requests.api,
    requests.pages,
)
