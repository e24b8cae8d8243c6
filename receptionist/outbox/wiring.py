"""The outbox worker as ``receptionist serve`` and ``receptionist dispatch`` run it.

A composition root: it reads settings, opens the HTTP client and takes the vendor
deliverers from ``integrations.factory`` (the only core module allowed to, because it is
where the application is assembled). The worker runs two loops side by side: the
dispatcher, and the overdue check that sends unacknowledged safeguarding cases to the
deputies and wakes the dispatcher so their messages leave at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import httpx

from integrations.factory import build_routes
from receptionist.escalations.service import active_config, check_overdue
from receptionist.outbox.dispatcher import Dispatcher, DispatchStore
from receptionist.outbox.ports import Clock, SystemClock
from receptionist.settings import Settings
from receptionist.store.db import session_scope

logger = logging.getLogger(__name__)

OVERDUE_CHECK_SECONDS = 10.0
HTTP_TIMEOUT = httpx.Timeout(20.0, connect=5.0)


class OutboxWorker:
    """Dispatcher plus overdue-escalation checker, sharing one clock and one HTTP client."""

    def __init__(
        self,
        store: DispatchStore,
        dispatcher: Dispatcher,
        *,
        client: httpx.AsyncClient | None = None,
        clock: Clock | None = None,
        overdue_every: float = OVERDUE_CHECK_SECONDS,
    ) -> None:
        self.store = store
        self.dispatcher = dispatcher
        self._client = client
        self._clock = clock or SystemClock()
        self._overdue_every = overdue_every

    def check_overdue_once(self) -> int:
        """Escalate every overdue case to its deputies now; returns how many."""
        with session_scope(self.store.sessions) as session:
            cases = check_overdue(session, self.store, now=self._clock.now(), config_for=active_config)
        if cases:
            self.dispatcher.wake()
        return len(cases)

    async def run_forever(self, stop: asyncio.Event | None = None) -> None:
        """Run both loops until ``stop`` is set or the task is cancelled."""
        overdue = asyncio.create_task(self._overdue_loop(stop))
        try:
            await self.dispatcher.run_forever(stop)
        finally:
            overdue.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await overdue
            if self._client is not None:
                await self._client.aclose()

    async def _overdue_loop(self, stop: asyncio.Event | None) -> None:
        while stop is None or not stop.is_set():
            try:
                await asyncio.to_thread(self.check_overdue_once)
            except Exception as exc:  # keep checking; the next round may succeed
                logger.warning("overdue check failed", extra={"error": type(exc).__name__})
            await self._clock.sleep(self._overdue_every)


def build_dispatcher(settings: Settings, store: DispatchStore, *, worker_id: str | None = None) -> OutboxWorker:
    """The worker ``receptionist serve`` and ``receptionist dispatch`` run (real or offline senders)."""
    client = httpx.AsyncClient(timeout=HTTP_TIMEOUT, follow_redirects=False)
    dispatcher = Dispatcher(
        store,
        build_routes(settings, store, client),
        worker_id=worker_id,
        batch_size=settings.dispatch_batch_size,
        concurrency=settings.dispatch_concurrency,
        poll_interval=settings.dispatch_poll_seconds,
    )
    return OutboxWorker(store, dispatcher, client=client)
