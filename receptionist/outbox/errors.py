"""How a delivery fails, in words that never contain personal data.

Deliverers raise :class:`DeliveryError`; the dispatcher reads ``retryable`` and
``retry_after`` to decide between backing off and dead-lettering. The message becomes the
outbox row's ``last_error``, which admins see, so it carries status codes and vendor error
codes only, never the payload or a receiver's echo of it.
"""

from __future__ import annotations


class DeliveryError(Exception):
    """A failed hand-over. ``retryable`` False means retrying cannot help (dead-letter now)."""

    def __init__(self, reason: str, *, retryable: bool, retry_after: float | None = None) -> None:
        super().__init__(reason[:400])
        self.reason = reason[:400]
        self.retryable = retryable
        self.retry_after = retry_after


class TransientDeliveryError(DeliveryError):
    """The receiver is down, rate-limiting or erroring; try again later."""

    def __init__(self, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason, retryable=True, retry_after=retry_after)


class PermanentDeliveryError(DeliveryError):
    """The receiver rejected the message itself (validation, not found, forbidden)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, retryable=False)


class UnknownRouteError(PermanentDeliveryError):
    """No deliverer is configured for this message's kind or target."""
