"""Signed session cookies.

The cookie carries only ids and flags (user id, whether MFA was passed, the CSRF token,
issue time), signed with HMAC-SHA256 under the session secret. Nothing personal goes in
it. Sessions expire after ``max_age`` seconds; a password or role change is picked up
because the user row is re-read on every request.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import asdict, dataclass, field, replace

COOKIE_NAME = "rc_session"


@dataclass(frozen=True)
class SessionData:
    """What a browser session knows about its user."""

    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    user_id: str | None = None
    mfa_passed: bool = False
    issued_at: int = field(default_factory=lambda: int(time.time()))

    @property
    def authenticated(self) -> bool:
        """Signed in with a password (MFA may still be pending)."""
        return self.user_id is not None

    def signed_in(self, user_id: str, *, mfa_passed: bool) -> SessionData:
        """A new session for ``user_id`` with a fresh CSRF token (prevents session fixation)."""
        return SessionData(user_id=user_id, mfa_passed=mfa_passed)

    def with_mfa(self) -> SessionData:
        """The same session after the second factor was checked."""
        return replace(self, mfa_passed=True, csrf=secrets.token_urlsafe(24))


class SessionCodec:
    """Encodes and verifies :class:`SessionData` cookies."""

    def __init__(self, secret: str, *, max_age: int = 8 * 3600) -> None:
        self._key = hashlib.sha256(b"receptionist-session|" + secret.encode()).digest()
        self.max_age = max_age

    def encode(self, data: SessionData) -> str:
        """The cookie value for ``data``."""
        body = base64.urlsafe_b64encode(json.dumps(asdict(data), separators=(",", ":")).encode()).decode()
        return body + "." + self._sign(body)

    def decode(self, value: str | None) -> SessionData | None:
        """The session in a cookie, or None if missing, tampered with, malformed or expired."""
        if not value or "." not in value:
            return None
        body, sig = value.rsplit(".", 1)
        if not hmac.compare_digest(sig, self._sign(body)):
            return None
        try:
            raw = json.loads(base64.urlsafe_b64decode(body.encode()))
            data = SessionData(
                csrf=str(raw["csrf"]),
                user_id=None if raw["user_id"] is None else str(raw["user_id"]),
                mfa_passed=bool(raw["mfa_passed"]),
                issued_at=int(raw["issued_at"]),
            )
        except (ValueError, KeyError, TypeError):
            return None
        if time.time() - data.issued_at > self.max_age:
            return None
        return data

    def _sign(self, body: str) -> str:
        return hmac.new(self._key, body.encode(), hashlib.sha256).hexdigest()
