"""The dispatcher: claims due outbox messages, hands them to deliverers, records the result.

Claims are leases (see :mod:`receptionist.outbox.leases`), so any number of dispatchers can
share one database, and one that dies mid-delivery loses nothing: its messages are
claimed again when the lease runs out, and the idempotency key lets the receiver discard
the duplicate.

Database work runs in a worker thread so that the event loop (shared with the web app in
``receptionist serve``) never blocks on it.
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from receptionist.outbox.backoff import BackoffPolicy
from receptionist.outbox.errors import DeliveryError, UnknownRouteError
from receptionist.outbox.leases import (
    ALL,
    BULK,
    URGENT,
    DispatchReport,
    DispatchStore,
    LeaseRepository,
    Outcome,
)
from receptionist.outbox.ports import Clock, Deliverer, Delivery, SystemClock

__all__ = ["DispatchReport", "DispatchStore", "Dispatcher"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Batch:
    token: str
    report: DispatchReport
    deliveries: list[Delivery]


class Dispatcher:
    """Delivers outbox messages through the deliverer registered for each message kind.

    ``routes`` maps a message kind (``escalation_sms``, ``crm``, …) to its deliverer. Any
    number of dispatchers may run against one database; give each its own ``worker_id``.
    """

    def __init__(
        self,
        store: DispatchStore,
        routes: Mapping[str, Deliverer],
        *,
        clock: Clock | None = None,
        worker_id: str | None = None,
        batch_size: int = 100,
        concurrency: int = 32,
        lease_seconds: float = 120.0,
        poll_interval: float = 0.25,
        backoff: BackoffPolicy | None = None,
        rng: random.Random | None = None,
    ) -> None:
        if batch_size < 1 or concurrency < 1 or lease_seconds <= 0 or poll_interval <= 0:
            raise ValueError("batch_size, concurrency, lease_seconds and poll_interval must be positive")
        self._routes = dict(routes)
        self._clock = clock or SystemClock()
        self.worker_id = (worker_id or f"dispatcher-{uuid.uuid4().hex[:8]}")[:60]
        self._batch_size = batch_size
        self._concurrency = concurrency
        self._poll_interval = poll_interval
        self._leases = LeaseRepository(
            store,
            clock=self._clock,
            worker_id=self.worker_id,
            lease=timedelta(seconds=lease_seconds),
            backoff=backoff or BackoffPolicy(),
            rng=rng or random.Random(),
        )
        self._wakes = {URGENT: asyncio.Event(), BULK: asyncio.Event()}

    def wake(self) -> None:
        """Skip the idle wait: something urgent (an escalation) was just enqueued."""
        for event in self._wakes.values():
            event.set()

    async def run_once(self) -> DispatchReport:
        """Claim one batch of due messages (escalations first), deliver them and record each outcome."""
        batch = await self._claim_batch(ALL, self._batch_size)
        if batch.deliveries:
            await self._deliver_batch(batch)
        return batch.report

    async def run_forever(self, stop: asyncio.Event | None = None) -> None:
        """Deliver until ``stop`` is set; each lane sleeps ``poll_interval`` whenever it has nothing due.

        Two lanes run side by side: safeguarding notifications in small batches, so they
        never wait behind a CRM backlog, and everything else in full batches, claiming the
        next batch while the current one is on the wire.
        """
        await asyncio.gather(
            self._lane(URGENT, max(1, self._batch_size // 5), stop, prefetch=False),
            self._lane(BULK, self._batch_size, stop, prefetch=True),
        )

    async def _lane(self, lane: str, size: int, stop: asyncio.Event | None, *, prefetch: bool) -> None:
        prefetched: asyncio.Task[_Batch] | None = None
        try:
            while stop is None or not stop.is_set():
                claimed = 0
                try:
                    batch = await (prefetched if prefetched is not None else self._claim_batch(lane, size))
                    prefetched = None
                    claimed = batch.report.claimed
                    if prefetch and claimed >= size:
                        prefetched = asyncio.create_task(self._claim_batch(lane, size))
                    if batch.deliveries:
                        await self._deliver_batch(batch)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # the database went away; keep the worker alive
                    logger.warning("dispatch round failed", extra={"error": type(exc).__name__, "lane": lane})
                    prefetched = None
                if claimed == 0:
                    await self._idle(self._wakes[lane])
        finally:
            if prefetched is not None:
                # Whatever it claimed stays leased and is reclaimed when the lease runs out.
                prefetched.cancel()

    async def _claim_batch(self, lane: str, size: int) -> _Batch:
        token = f"{self.worker_id}:{uuid.uuid4().hex[:12]}"
        report = DispatchReport()
        deliveries = await asyncio.to_thread(self._leases.claim, token, report, lane, size)
        return _Batch(token, report, deliveries)

    async def _deliver_batch(self, batch: _Batch) -> None:
        semaphore = asyncio.Semaphore(self._concurrency)

        async def attempt(delivery: Delivery) -> Outcome:
            async with semaphore:
                return Outcome(delivery, await self._deliver(delivery))

        outcomes = await asyncio.gather(*(attempt(d) for d in batch.deliveries))
        await asyncio.to_thread(self._leases.finish, batch.token, outcomes, batch.report)

    async def _idle(self, wake: asyncio.Event) -> None:
        if wake.is_set():
            wake.clear()
            return
        sleeper = asyncio.ensure_future(self._clock.sleep(self._poll_interval))
        waker = asyncio.ensure_future(wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            waker.cancel()
            wake.clear()

    async def _deliver(self, delivery: Delivery) -> DeliveryError | None:
        deliverer = self._routes.get(delivery.kind)
        if deliverer is None:
            return UnknownRouteError(f"no deliverer for kind {delivery.kind}")
        try:
            await deliverer.deliver(delivery)
        except DeliveryError as exc:
            return exc
        except Exception as exc:
            # An unexpected error may quote the payload, so only its type is kept.
            return DeliveryError(f"unexpected {type(exc).__name__}", retryable=True)
        return None
