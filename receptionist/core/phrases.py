"""What the receptionist says, in English and (for tenants that offer it) Welsh.

Fixed wording lives here rather than inside the brain's logic, so that the lines which
carry obligations (the recording notice, the safeguarding response, "I don't know") are
reviewed in one place. Welsh lines are spoken before the English one, as bilingual
public services in Wales do.
"""

from __future__ import annotations

import re

from receptionist.core.config import TenantConfig
from receptionist.core.phone import spoken_e164
from receptionist.core.state import CallState

WELSH: dict[str, str] = {
    "reason": "Sut alla i helpu?",
    "name": "Ga i eich enw, os gwelwch yn dda?",
    "callback_number": "Beth yw'r rhif gorau i'ch ffonio'n ôl?",
    "callback_confirm": "Ai dyna'r rhif gorau i'ch ffonio'n ôl?",
    "anything_else": "Oes unrhyw beth arall?",
    "goodbye": "Diolch am ffonio. Hwyl fawr.",
    "thanks": "Diolch.",
}


def bilingual(state: CallState, config: TenantConfig, key: str, english: str) -> str:
    """``english``, preceded by its Welsh line when the caller spoke Welsh and the tenant offers it."""
    if state.welsh and "cy" in config.languages and key in WELSH:
        return f"{WELSH[key]} {english}"
    return english


def opening(config: TenantConfig) -> str:
    """Greeting and recording notice, spoken first on every call."""
    # Bilingual organisations in Wales greet in Welsh first (Welsh Language Standards).
    welsh = [config.greeting_cy] if config.greeting_cy and "cy" in config.languages else []
    parts = [*welsh, config.greeting, config.recording.notice]
    if config.recording.mode == "ask":
        # Ask mode needs a clear question; a notice that already asks one isn't asked twice.
        if not config.recording.notice.rstrip().endswith("?"):
            parts.append("Is it OK to record this call?")
    else:
        parts.append("How can I help?")
    return " ".join(parts)


def slot_question(state: CallState, config: TenantConfig, slot: str) -> str:
    """The question that fills ``slot``."""
    if slot == "reason":
        return bilingual(state, config, "reason", config.intake.reason)
    if slot == "name":
        return bilingual(state, config, "name", config.intake.name)
    if slot == "callback_number":
        prefix = "Your number has come through as withheld. " if state.caller_number is None else ""
        return bilingual(state, config, "callback_number", prefix + config.intake.callback_number)
    if slot == "callback_confirm" and state.callback_number:
        english = f"Is {spoken_e164(state.callback_number)} the best number to call you back on?"
        return bilingual(state, config, "callback_confirm", english)
    return bilingual(state, config, "anything_else", "Is there anything else I can help with?")


def readback(state: CallState, config: TenantConfig) -> str:
    """What will be passed on, read back to the caller before the call ends."""
    who = f"Thanks, {state.name.split()[0]}. " if state.name else "Thank you. "
    if state.escalated:
        # Never promise a call to a number that may not be safe; the lead decides how to make contact.
        return f"{who}Our safeguarding lead will follow this up. If you're ever in immediate danger, call 999."
    # "…called about: do you have a uniform shop, and…" reads on; a "?" mid-sentence doesn't.
    about = f" that you called about: {_lower_first(state.reason.rstrip('?.! '))}" if state.reason else " your message"
    back = (
        f", and someone will call you back on {spoken_e164(state.callback_number)}"
        if state.callback_number and not state.callback_declined
        else ""
    )
    return f"{who}So I'll pass on{about}{back}."


def goodbye(state: CallState, config: TenantConfig) -> str:
    """The last line of a normal call."""
    return bilingual(state, config, "goodbye", f"Thank you for calling {config.name}. Goodbye.")


def safeguarding_response(config: TenantConfig, subtype: str) -> str:
    """Care first: listen, no promise of secrecy, ask about safety now, 999 for immediate danger."""
    lines = [
        "Thank you for telling me. I'm listening, and you've done the right thing by telling someone.",
        "I can't keep this a secret, because it's about keeping you safe, so I'm passing it straight to "
        f"the safeguarding lead at {config.name}, who will follow it up.",
        "Are you safe right now? If you are in immediate danger, please call 999.",
    ]
    if subtype == "immediate_danger":
        lines.append("Would you like me to put you through to our safeguarding lead now?")
    return " ".join(lines)


def _lower_first(text: str) -> str:
    # "I'm after…" keeps its capital; "What time…" reads on naturally as "what time…".
    if not text or re.match(r"I\b", text) or text[:2].isupper():
        return text
    return text[0].lower() + text[1:]
