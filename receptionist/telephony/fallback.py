"""What a caller hears when the SIP route to the AI receptionist is down.

Twilio calls a fallback URL when the primary voice route fails. A UK organisation would
rather a caller reached a person than a machine, and should not collect voicemail
outside the receptionist's consent notice and privacy controls, so the fallback says one
short line and puts the caller straight through to the tenant's main desk (the first
department in its configuration). If nobody answers, the caller is told to ring back and,
because these are schools, councils and GP practices, to dial 999 in an emergency. No
message is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass

from twilio.twiml.voice_response import VoiceResponse

VOICE = "Polly.Amy"  # a British English voice Twilio offers on every account
LANGUAGE = "en-GB"
DIAL_TIMEOUT_S = 25
EMERGENCY_LINE = "If someone is in immediate danger, please hang up and call 999."


@dataclass(frozen=True, slots=True)
class FallbackPlan:
    """Where the fallback sends callers: the organisation's name and its main desk number."""

    organisation: str
    desk_number: str | None


def connect_twiml(plan: FallbackPlan, *, after_dial_url: str) -> str:
    """TwiML for a failed SIP route: a short notice, then ``<Dial>`` the desk (or say sorry)."""
    response = VoiceResponse()
    if plan.desk_number is None:
        return unavailable_twiml(plan)
    response.say(
        f"Thank you for calling {plan.organisation}. Our automated receptionist is unavailable, "
        "so I'm putting you through to the team.",
        voice=VOICE,
        language=LANGUAGE,
    )
    response.dial(
        plan.desk_number,
        timeout=DIAL_TIMEOUT_S,
        action=after_dial_url,
        method="POST",
        answer_on_bridge=True,
    )
    return str(response)


def unavailable_twiml(plan: FallbackPlan) -> str:
    """TwiML when nobody can take the call: ring back later, 999 in an emergency, hang up."""
    response = VoiceResponse()
    response.say(
        f"Sorry, nobody at {plan.organisation} can take your call just now. Please call back later. "
        + EMERGENCY_LINE,
        voice=VOICE,
        language=LANGUAGE,
    )
    response.hangup()
    return str(response)


def after_dial_twiml(plan: FallbackPlan, dial_status: str) -> str:
    """After ``<Dial>``: hang up quietly if the call was answered, else the unavailable line."""
    if dial_status in ("completed", "answered"):
        response = VoiceResponse()
        response.hangup()
        return str(response)
    return unavailable_twiml(plan)
