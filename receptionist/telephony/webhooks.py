"""Twilio webhooks served by the web app: call status callbacks and the TwiML fallback.

Every route requires a valid ``X-Twilio-Signature`` (see :mod:`twilio_signature`). The
form carries caller numbers, so handlers log only the call SID, status and tenant slug,
never ``From``/``To``. Malformed requests get a 400 naming the bad field, not its value.

Routes:
- ``POST /twilio/voice/status``: call status callback; 204.
- ``POST /twilio/voice/fallback/{tenant}``: TwiML for when the SIP route is down.
- ``POST /twilio/voice/fallback/{tenant}/after-dial``: TwiML after the fallback ``<Dial>``.
"""

from __future__ import annotations

import logging
import re
from typing import Annotated, Protocol

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status

from receptionist.core.tenants import TenantRepository
from receptionist.store.service import Store
from receptionist.telephony.caller_id import is_withheld
from receptionist.telephony.fallback import FallbackPlan, after_dial_twiml, connect_twiml
from receptionist.telephony.twilio_signature import TwilioForm, TwilioFormDep

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/twilio/voice", tags=["twilio"])

CALL_STATUSES = frozenset(
    {"queued", "initiated", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled"}
)
DIAL_STATUSES = frozenset({"completed", "answered", "busy", "no-answer", "failed", "canceled"})
_CALL_SID = re.compile(r"^CA[0-9a-fA-F]{32}$")
_SLUG = re.compile(r"^[a-z0-9-]{1,64}$")
TWIML = "application/xml"


class FallbackDirectory(Protocol):
    """Looks up where a tenant's fallback calls go."""

    def plan_for(self, tenant_slug: str) -> FallbackPlan | None:
        """The tenant's fallback plan, or None for an unknown tenant."""
        ...


class StoreFallbackDirectory:
    """Reads the tenant's active configuration from the store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def plan_for(self, tenant_slug: str) -> FallbackPlan | None:
        """Organisation name and first department's number from the active config."""
        repo = TenantRepository()
        with self._store.sessions() as session:
            tenant = repo.get_by_slug(session, tenant_slug)
            if tenant is None:
                return None
            config = repo.active_config(session, tenant)
        desk = config.departments[0].transfer_number if config.departments else None
        return FallbackPlan(organisation=config.name, desk_number=desk)


def get_fallback_directory(request: Request) -> FallbackDirectory:
    """The directory on ``app.state`` (tests), else one over the web app's store."""
    directory = getattr(request.app.state, "fallback_directory", None)
    if directory is not None:
        return directory  # type: ignore[no-any-return]
    web = getattr(request.app.state, "web", None)
    store = getattr(web, "store", None)
    if not isinstance(store, Store):
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "no tenant directory configured")
    return StoreFallbackDirectory(store)


DirectoryDep = Annotated[FallbackDirectory, Depends(get_fallback_directory)]


def _required(form: TwilioForm, name: str, allowed: frozenset[str] | re.Pattern[str]) -> str:
    value = form.get(name)
    if value is None:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"missing field {name}")
    ok = value in allowed if isinstance(allowed, frozenset) else bool(allowed.match(value))
    if not ok:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"invalid field {name}")
    return value


def _plan(directory: FallbackDirectory, tenant: str) -> FallbackPlan:
    if not _SLUG.match(tenant):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid tenant")
    plan = directory.plan_for(tenant)
    if plan is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown tenant")
    return plan


@router.post("/status", status_code=status.HTTP_204_NO_CONTENT)
async def call_status(form: TwilioFormDep) -> Response:
    """Record a call's progress from Twilio (status and duration only)."""
    sid = _required(form, "CallSid", _CALL_SID)
    call_status_value = _required(form, "CallStatus", CALL_STATUSES)
    duration = form.get("CallDuration", "")
    if duration and not duration.isdigit():
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid field CallDuration")
    logger.info(
        "twilio call status",
        extra={
            "call_sid": sid,
            "call_status": call_status_value,
            "duration_s": int(duration) if duration else None,
            "cli_withheld": is_withheld(form.get("From")),
        },
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/fallback/{tenant}")
async def fallback(tenant: str, request: Request, form: TwilioFormDep, directory: DirectoryDep) -> Response:
    """TwiML for when the SIP route is down: a short notice, then the tenant's main desk."""
    _required(form, "CallSid", _CALL_SID)
    plan = _plan(directory, tenant)
    logger.warning("twilio fallback used", extra={"tenant": tenant, "error_code": form.get("ErrorCode")})
    after = str(request.url_for("fallback_after_dial", tenant=tenant).path)
    return Response(connect_twiml(plan, after_dial_url=after), media_type=TWIML)


@router.post("/fallback/{tenant}/after-dial", name="fallback_after_dial")
async def fallback_after_dial(tenant: str, form: TwilioFormDep, directory: DirectoryDep) -> Response:
    """TwiML after the fallback ``<Dial>``: end quietly if answered, else the unavailable line."""
    _required(form, "CallSid", _CALL_SID)
    dial_status = _required(form, "DialCallStatus", DIAL_STATUSES)
    plan = _plan(directory, tenant)
    return Response(after_dial_twiml(plan, dial_status), media_type=TWIML)
