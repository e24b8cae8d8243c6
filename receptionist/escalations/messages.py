"""What a safeguarding notification says, per channel.

Every channel says the same four things: there is a safeguarding concern, its subtype, when
it was raised and for which organisation, plus the case code and a link to the
authenticated case view. The caller's own words appear only where the tenant opted in,
and never by SMS (lock screens and carriers are outside anyone's control); the payload
builder already leaves them out, and the SMS renderer ignores them regardless.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from receptionist.escalations.codes import format_case_code

SUBTYPE_LABELS: dict[str, str] = {
    "self_harm_suicide": "self-harm or suicide risk",
    "child_abuse": "child abuse",
    "neglect": "neglect",
    "domestic_abuse": "domestic abuse",
    "exploitation": "exploitation",
    "radicalisation": "radicalisation",
    "fgm": "FGM",
    "immediate_danger": "immediate danger",
    "bullying_harassment": "bullying or harassment",
    "adult_at_risk": "adult at risk",
}


def subtype_label(subtype: str) -> str:
    """A human label for a subtype code; unknown codes are shown with spaces for underscores."""
    return SUBTYPE_LABELS.get(subtype, subtype.replace("_", " "))


def case_link(base_url: str, escalation_id: str) -> str:
    """Where the authenticated case view lives in the admin app."""
    return f"{base_url.rstrip('/')}/escalations/{escalation_id}"


def _when(payload: dict[str, Any]) -> str:
    raised = datetime.fromisoformat(str(payload["raised_at"]))
    return raised.strftime("%H:%M %d %b %Y UTC")


def _headline(payload: dict[str, Any]) -> str:
    prefix = "OVERDUE - " if payload.get("role") == "deputy" else ""
    return f"{prefix}Safeguarding concern ({subtype_label(str(payload['subtype']))})"


def render_sms(payload: dict[str, Any], base_url: str) -> str:
    """The SMS text: no caller words, ever; ends with how to acknowledge by reply."""
    code = format_case_code(str(payload["case_code"]))
    lines = [
        f"{_headline(payload)} at {payload['organisation']}, {_when(payload)}.",
        f"Case {code}: {case_link(base_url, str(payload['escalation_id']))}",
        f"Reply ACK {code} to acknowledge.",
    ]
    if payload.get("role") == "deputy":
        lines.insert(1, "Not acknowledged by the lead in time.")
    return "\n".join(lines)


def render_email(payload: dict[str, Any], base_url: str) -> tuple[str, str]:
    """Subject and plain-text body; the disclosure is included only if present in the payload."""
    code = format_case_code(str(payload["case_code"]))
    subject = f"{_headline(payload)} - {payload['organisation']} - case {code}"
    lines = [
        f"A safeguarding concern was raised during a call to {payload['organisation']}.",
        "",
        f"Type: {subtype_label(str(payload['subtype']))}",
        f"Raised: {_when(payload)}",
        f"Case: {code}",
        f"Open the case: {case_link(base_url, str(payload['escalation_id']))}",
    ]
    if payload.get("role") == "deputy":
        lines.insert(1, "The safeguarding lead has not acknowledged this case in time; you are the deputy.")
    disclosure = payload.get("disclosure")
    if isinstance(disclosure, str) and disclosure:
        lines += ["", "What the caller said (shared by your organisation's settings):", disclosure]
    lines += ["", f"Acknowledge in the case view, or reply to the SMS with ACK {code}."]
    return subject, "\n".join(lines)


def render_webhook(payload: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The JSON document posted to the tenant's safeguarding webhook."""
    body: dict[str, Any] = {
        "event": "safeguarding.escalation",
        "overdue": payload.get("role") == "deputy",
        "case_code": payload["case_code"],
        "escalation_id": payload["escalation_id"],
        "subtype": payload["subtype"],
        "raised_at": payload["raised_at"],
        "organisation": payload["organisation"],
        "case_url": case_link(base_url, str(payload["escalation_id"])),
    }
    if isinstance(payload.get("disclosure"), str):
        body["disclosure"] = payload["disclosure"]
    return body
