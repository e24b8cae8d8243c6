"""Keyed hashes of phone numbers, the only searchable form of a number we keep.

A subject-access search must find every call from a number without the number being
stored in clear. An HMAC-SHA256 of the normalised E.164 form gives an exact-match index;
the key comes from the key provider (never from the database), so a stolen database
cannot be brute-forced over the small space of phone numbers.
"""

from __future__ import annotations

import hashlib
import hmac
import re

_SEPARATORS = re.compile(r"[\s\-./()]")
_E164 = re.compile(r"\+[1-9]\d{6,14}")


class InvalidNumberError(ValueError):
    """The input is not a phone number we can normalise (the message never echoes it)."""


def normalise_number(raw: str, *, default_country_code: str = "44") -> str:
    """E.164 form of a phone number: ``07700 900123`` and ``+44 (0)7700-900123`` -> ``+447700900123``."""
    text = raw.strip().replace("(0)", "")
    text = _SEPARATORS.sub("", text)
    if text.startswith("00"):
        text = "+" + text[2:]
    elif text.startswith("0"):
        text = f"+{default_country_code}{text[1:]}"
    if not _E164.fullmatch(text):
        raise InvalidNumberError("not a valid phone number (expected E.164 such as +447700900123)")
    return text


class NumberHasher:
    """HMAC-SHA256 (hex) of normalised numbers under a secret index key."""

    def __init__(self, key: bytes, *, default_country_code: str = "44") -> None:
        if len(key) < 16:
            raise ValueError("index key too short")
        self._key = key
        self._country = default_country_code

    def __repr__(self) -> str:
        return "NumberHasher(<key hidden>)"

    def normalise(self, raw: str) -> str:
        """The E.164 form used for hashing (raises :class:`InvalidNumberError`)."""
        return normalise_number(raw, default_country_code=self._country)

    def hash_number(self, e164: str) -> str:
        """The keyed hash of a number; any accepted spelling of one number hashes the same."""
        normalised = self.normalise(e164)
        return hmac.new(self._key, normalised.encode(), hashlib.sha256).hexdigest()
