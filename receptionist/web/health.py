"""Liveness and readiness probes.

``/healthz`` says the process answers. ``/readyz`` says it can do its job: the database
answers, it is at the newest migration, and the key provider can wrap and unwrap a key.
Neither says anything more than ok/failed per check, so they are safe to expose.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from receptionist.store.db import require_current_schema
from receptionist.web.deps import Ctx

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "a dependency is not ready"}})
def readyz(ctx: Ctx) -> JSONResponse:
    """Database reachable, schema current and key provider usable."""
    checks: dict[str, str] = {}
    store = ctx.store
    try:
        with store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception:
        checks["database"] = "failed"
    try:
        require_current_schema(store.engine)
        checks["migrations"] = "ok"
    except Exception:
        checks["migrations"] = "failed"
    checks["keys"] = "ok" if _keys_usable(store) else "failed"
    ok = all(v == "ok" for v in checks.values())
    body: dict[str, Any] = {"status": "ok" if ok else "unavailable", "checks": checks}
    return JSONResponse(body, status_code=200 if ok else 503)


def _keys_usable(store: Any) -> bool:
    """Ask the key provider for its own self-check when it has one; else it must at least exist."""
    keys = getattr(store, "keys", None)
    if keys is None:
        return False
    probe = getattr(keys, "self_check", None) or getattr(keys, "healthy", None)
    if probe is None:
        return True
    try:
        return bool(probe())
    except Exception:
        return False
