"""Acknowledging a safeguarding case by replying to its SMS.

Twilio posts inbound SMS to ``POST /twilio/sms`` (set it as the number's "A message comes
in" webhook). The request must carry a valid ``X-Twilio-Signature``: the shared
dependency in :mod:`receptionist.telephony.twilio_signature` checks it with Twilio's own
``RequestValidator`` and answers 403 otherwise. The reply's case code acknowledges the
case only if it comes from a phone configured as that tenant's lead or deputy. Nothing
from the form (numbers, text) is logged; the TwiML answer names only the case code.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Annotated
from xml.sax.saxutils import escape

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status

from receptionist.escalations.codes import format_case_code
from receptionist.escalations.service import acknowledge_by_sms, active_config
from receptionist.outbox.dispatcher import DispatchStore
from receptionist.store.db import session_scope
from receptionist.telephony.twilio_signature import TwilioFormDep

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/twilio/sms", tags=["twilio"])
TWIML = "application/xml"


def get_store(request: Request) -> DispatchStore:
    """The store on ``app.state.escalations_store`` (tests), else the web app's."""
    store = getattr(request.app.state, "escalations_store", None)
    if store is None:
        store = getattr(getattr(request.app.state, "web", None), "store", None)
    if store is None:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "no store configured")
    return store  # type: ignore[no-any-return]


def _twiml(text: str) -> Response:
    return Response(f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>{escape(text)}</Message></Response>",
                    media_type=TWIML)


@router.post("")
async def inbound_sms(form: TwilioFormDep, store: Annotated[DispatchStore, Depends(get_store)]) -> Response:
    """Acknowledge the case named in the reply; answer with a short confirmation."""
    sender, body = form.get("From", ""), form.get("Body", "")
    if not sender or not body:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "From and Body are required")
    with session_scope(store.sessions) as session:
        escalation = acknowledge_by_sms(
            session, from_number=sender, body=body, now=datetime.now(UTC), config_for=active_config
        )
        code = escalation.case_code if escalation is not None else None
        by = escalation.acknowledged_by if escalation is not None else None
    if code is None:
        logger.info("sms reply matched no case")
        return _twiml("No case was acknowledged. Reply ACK followed by the case code, e.g. ACK SG-K7P3QX.")
    logger.info("case acknowledged by sms", extra={"case_code": code})
    suffix = "" if by and by.startswith("sms:") else " (it was already acknowledged)"
    return _twiml(f"Case {format_case_code(code)} acknowledged{suffix}. Open it in the safeguarding view.")
