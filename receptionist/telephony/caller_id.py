"""Caller ID (CLI) from the network into the call's caller number.

Twilio and LiveKit SIP hand us whatever the network sent: an E.164 number, a SIP URI, or
one of the markers carriers use for a withheld number ("anonymous", "restricted", and
Twilio's keypad spellings of them). A withheld or unusable CLI becomes ``None``, which the
call flow treats as "no number: ask for a callback number". The raw value is never logged.
"""

from __future__ import annotations

import re

# Twilio's documented stand-ins for a hidden CLI, spelled on a phone keypad:
# +266696687 ANONYMOUS, +7378742833 RESTRICTED, +86282452253 UNAVAILABLE, +2562533 BLOCKED.
_KEYPAD_WITHHELD = frozenset({"+266696687", "+7378742833", "+86282452253", "+2562533", "+8656696"})
_WORD_WITHHELD = frozenset({"", "anonymous", "restricted", "unavailable", "unknown", "private", "blocked", "withheld"})
_SIP_URI = re.compile(r"^<?(?:sips?|tel):([^@;>]+)", re.IGNORECASE)
_E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def caller_number(raw_cli: str | None) -> str | None:
    """The caller's E.164 number, or None when the CLI is withheld or not a phone number.

    UK national numbers (``07700 900123``) are converted to E.164; anything else that is
    not already E.164 is refused rather than guessed.
    """
    if raw_cli is None:
        return None
    value = raw_cli.strip()
    uri = _SIP_URI.match(value)
    if uri:
        value = uri.group(1)
    value = re.sub(r"[\s\-().]", "", value)
    if value.lower() in _WORD_WITHHELD or value in _KEYPAD_WITHHELD:
        return None
    if value.startswith("00"):
        value = "+" + value[2:]
    elif value.startswith("0") and len(value) in (10, 11) and value[1:].isdigit():
        value = "+44" + value[1:]
    elif value.isdigit() and value.startswith("44"):
        value = "+" + value
    return value if _E164.match(value) else None


def is_withheld(raw_cli: str | None) -> bool:
    """True when no usable caller number came with the call."""
    return caller_number(raw_cli) is None
