"""Case codes: the short reference a safeguarding lead reads in an SMS and replies with.

The alphabet leaves out characters that look or sound alike (0/O, 1/I/L, 5/S, 2/Z, 8/B), so
a code read from a lock screen and typed back on a phone keypad survives the round trip.
Codes are random, not sequential, so one case's code says nothing about another's.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 6
# Optional "SG-" prefix lets the lead paste the code as printed; matching ignores case.
_CODE_PATTERN = re.compile(r"\b(?:SG-?)?([" + ALPHABET + r"]{" + str(CODE_LENGTH) + r"})\b", re.IGNORECASE)


def new_case_code() -> str:
    """A fresh random case code such as ``K7P3QX`` (about 244 million possibilities)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def find_case_codes(text: str) -> list[str]:
    """Every well-formed case code in a reply, upper-cased, in order of appearance."""
    return [m.group(1).upper() for m in _CODE_PATTERN.finditer(text)]


def format_case_code(code: str) -> str:
    """The code as shown to people: prefixed so it is recognisable in a message."""
    return f"SG-{code}"
