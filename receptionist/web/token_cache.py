"""A short-lived in-process cache of resolved API tokens.

Resolving a bearer token costs two queries (token row, user row); the read endpoints
themselves cost one. Caching the resolved principal for a few seconds removes most of the
per-request database work under load. The price is that revoking a token, deactivating a
user or changing a role takes up to ``ttl`` seconds to reach a running process, so the TTL
is kept short. Keys are SHA-256 digests, never the tokens themselves.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable

from receptionist.web.accounts import Principal


class TokenCache:
    """Maps a token digest to its principal until ``ttl`` seconds pass (LRU-bounded)."""

    def __init__(self, *, ttl: float = 15.0, max_entries: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._max = max_entries
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, Principal]] = OrderedDict()

    @staticmethod
    def _key(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def get(self, token: str) -> Principal | None:
        """The cached principal, or None when absent or expired."""
        if self._ttl <= 0:
            return None
        key = self._key(token)
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry[0] < self._clock():
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return entry[1]

    def put(self, token: str, principal: Principal) -> None:
        """Remember a resolved principal (only successful resolutions are cached)."""
        if self._ttl <= 0:
            return
        self._entries[self._key(token)] = (self._clock() + self._ttl, principal)
        self._entries.move_to_end(self._key(token))
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)

    def forget_digest(self, digest: str) -> None:
        """Drop one entry by its SHA-256 digest (what ``api_tokens.token_hash`` stores)."""
        self._entries.pop(digest, None)

    def clear(self) -> None:
        """Forget everything (e.g. after revoking tokens in this process)."""
        self._entries.clear()
