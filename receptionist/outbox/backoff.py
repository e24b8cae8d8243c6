"""When to try a failed message again.

Exponential backoff with "equal jitter": the wait doubles with each attempt up to a cap, and
a random half of it is spread out so that many messages failing together (a receiver
outage) do not all come back at the same instant and knock the receiver over again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BackoffPolicy:
    """Delay before the next attempt: ``base * factor**(attempt-1)``, capped, half of it jittered."""

    base_seconds: float = 2.0
    factor: float = 2.0
    max_seconds: float = 3600.0

    def __post_init__(self) -> None:
        if self.base_seconds <= 0 or self.factor < 1 or self.max_seconds < self.base_seconds:
            raise ValueError("backoff needs base > 0, factor >= 1 and max >= base")

    def delay(self, attempt: int, rng: random.Random, *, retry_after: float | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based).

        A receiver's ``Retry-After`` is a floor: we never come back sooner than it asked.
        """
        exponent = max(0, attempt - 1)
        ceiling = min(self.max_seconds, self.base_seconds * self.factor**exponent)
        wait = ceiling / 2 + rng.uniform(0, ceiling / 2)
        if retry_after is not None and retry_after > wait:
            wait = min(retry_after, self.max_seconds)
        return wait
