"""Login rate limiting: a sliding window of failed attempts per account and per client.

Kept in memory because the app runs as one process per host; a restart forgets failures,
which only ever makes the limiter more lenient for a few minutes. Keys are hashes, so the
limiter never holds email addresses.
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import Callable


class LoginRateLimiter:
    """Refuses further attempts once a key has ``limit`` failures within ``window`` seconds."""

    def __init__(
        self,
        *,
        per_account: int = 5,
        per_client: int = 20,
        window: float = 15 * 60,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = {"account": per_account, "client": per_client}
        self._window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}

    @staticmethod
    def _key(kind: str, value: str) -> str:
        return kind + ":" + hashlib.sha256(value.strip().lower().encode()).hexdigest()

    def _recent(self, key: str) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        cutoff = self._clock() - self._window
        while q and q[0] < cutoff:
            q.popleft()
        return q

    def allowed(self, *, account: str, client: str) -> bool:
        """False while either the account or the client address is over its limit."""
        for kind, value in (("account", account), ("client", client)):
            if len(self._recent(self._key(kind, value))) >= self._limits[kind]:
                return False
        return True

    def failed(self, *, account: str, client: str) -> None:
        """Record one failed attempt against both keys."""
        now = self._clock()
        for kind, value in (("account", account), ("client", client)):
            self._recent(self._key(kind, value)).append(now)

    def succeeded(self, *, account: str) -> None:
        """A successful sign-in clears the account's failures (not the client's)."""
        self._failures.pop(self._key("account", account), None)
