"""The seams of the outbox: what a delivery is, who delivers it, and what time it is.

A :class:`Deliverer` hands one message to the outside world (an SMS gateway, a mail
server, a CRM). It receives the decrypted payload and the message's idempotency key,
which it must pass on to the receiver so that a retried delivery is recognised there.
Failures are reported by raising :class:`receptionist.outbox.errors.DeliveryError`.

:class:`Clock` exists so that backoff, leases and acknowledgement windows can be tested
by moving time forward instead of sleeping.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from receptionist.store.crypto import EnvelopeCipher


@dataclass(frozen=True, slots=True)
class Delivery:
    """One claimed outbox message, decrypted and ready to hand to a deliverer."""

    id: str
    tenant_id: str
    kind: str
    target: str
    idempotency_key: str
    payload: dict[str, Any] = field(repr=False)  # personal data: never in reprs or logs
    attempt: int
    max_attempts: int = 10
    call_id: str | None = None
    escalation_id: str | None = None


class Deliverer(Protocol):
    """Delivers one kind of outbox message; raises ``DeliveryError`` on failure.

    Implementations must be safe to call twice with the same idempotency key: the outbox
    guarantees at-least-once hand-over, and the key is what turns that into exactly-once
    at the receiver.
    """

    async def deliver(self, delivery: Delivery) -> None:
        """Hand the message over; return normally only when the receiver has accepted it."""
        ...


class StoreLike(Protocol):
    """What the outbox needs from :class:`receptionist.store.service.Store`."""

    @property
    def cipher(self) -> EnvelopeCipher:
        """The envelope cipher."""
        ...


class Clock(Protocol):
    """The current time and a way to wait; swapped for :class:`FakeClock` in tests."""

    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` of this clock's time."""
        ...


class SystemClock:
    """Wall-clock time and real sleeping."""

    def now(self) -> datetime:
        """The current UTC time."""
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        """Sleep on the event loop."""
        await asyncio.sleep(seconds)


class FakeClock:
    """A clock that only moves when told to; ``sleep`` advances it instead of waiting.

    ``real_pause`` makes each ``sleep`` also yield for that many real seconds, so idle
    loops in a test do not spin the CPU that busy tasks need.
    """

    def __init__(self, start: datetime | None = None, *, real_pause: float = 0.0) -> None:
        self._now = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        self._pause = real_pause

    def now(self) -> datetime:
        """The fake current time."""
        return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self._now += timedelta(seconds=seconds)

    async def sleep(self, seconds: float) -> None:
        """Advance instead of waiting, then yield so other tasks run."""
        self.advance(seconds)
        await asyncio.sleep(self._pause)
