"""Dispatcher behaviour, one outcome per row: delivered, retried with backoff, dead, suppressed, reclaimed."""

from __future__ import annotations

import asyncio
import random

import pytest
from sqlalchemy import select

from receptionist.outbox.backoff import BackoffPolicy
from receptionist.outbox.dispatcher import Dispatcher
from receptionist.outbox.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError
from receptionist.outbox.ports import FakeClock
from receptionist.outbox.service import enqueue
from receptionist.store.models import AuditEvent, Call, OutboxMessage
from receptionist.store.service import Store

from .conftest import START, ScriptedDeliverer, add_calls

BACKOFF = BackoffPolicy(base_seconds=10, factor=2, max_seconds=300)


def _enqueue(store: Store, tenant_id: str, keys: list[str], *, kind: str = "crm", max_attempts: int = 3) -> list[str]:
    with store.sessions.begin() as session:
        call_ids = add_calls(session, tenant_id, len(keys))
        ids = []
        for key, call_id in zip(keys, call_ids, strict=True):
            msg = enqueue(session, store, tenant_id=tenant_id, kind=kind, target="t", idempotency_key=key,
                          payload={"ref": key}, call_id=call_id, max_attempts=max_attempts, now=START)
            assert msg is not None
            ids.append(msg.id)
        return ids


def _row(store: Store, msg_id: str) -> OutboxMessage:
    with store.sessions() as session:
        row = session.get(OutboxMessage, msg_id)
        assert row is not None
        return row


def _dispatcher(store: Store, clock: FakeClock, deliverer: ScriptedDeliverer, **kw: object) -> Dispatcher:
    return Dispatcher(store, {"crm": deliverer, "escalation_sms": deliverer}, clock=clock, backoff=BACKOFF,
                      rng=random.Random(7), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("errors", "status", "attempts", "last_error"),
    [
        ([], "delivered", 1, None),
        ([TransientDeliveryError("receiver 503")], "pending", 1, "receiver 503"),
        ([PermanentDeliveryError("hubspot 400 VALIDATION_ERROR")], "dead", 1, "hubspot 400 VALIDATION_ERROR"),
        ([DeliveryError("odd", retryable=True)] * 3, "dead", 3, "odd"),
    ],
)
async def test_outcome_of_a_round(store: Store, tenant_id: str, clock: FakeClock, errors: list[DeliveryError],
                                  status: str, attempts: int, last_error: str | None) -> None:
    (msg_id,) = _enqueue(store, tenant_id, ["m1"])
    deliverer = ScriptedDeliverer(script={"m1": list(errors)})
    dispatcher = _dispatcher(store, clock, deliverer)
    for _ in range(attempts):
        await dispatcher.run_once()
        clock.advance(BACKOFF.max_seconds)
    row = _row(store, msg_id)
    assert (row.status, row.attempts, row.last_error) == (status, attempts, last_error)
    assert row.locked_by is None
    assert [d.idempotency_key for d in deliverer.received] == ["m1"] * attempts
    assert deliverer.received[0].payload == {"ref": "m1"}


async def test_backoff_grows_with_jitter_and_honours_retry_after(store: Store, tenant_id: str, clock: FakeClock) -> None:
    (a, b) = _enqueue(store, tenant_id, ["a", "b"], max_attempts=10)
    deliverer = ScriptedDeliverer(script={
        "a": [TransientDeliveryError("503")] * 3,
        "b": [TransientDeliveryError("429", retry_after=250)],
    })
    dispatcher = _dispatcher(store, clock, deliverer)
    waits = []
    for _ in range(3):
        await dispatcher.run_once()
        waits.append((_row(store, a).next_attempt_at - clock.now()).total_seconds())
        if len(waits) == 1:
            assert (_row(store, b).next_attempt_at - clock.now()).total_seconds() == pytest.approx(250)
        clock.advance(waits[-1])
    # Attempt n waits between half and all of base * 2**(n-1).
    for n, wait in enumerate(waits, start=1):
        ceiling = 10 * 2 ** (n - 1)
        assert ceiling / 2 <= wait <= ceiling


async def test_nothing_is_sent_before_it_is_due(store: Store, tenant_id: str, clock: FakeClock) -> None:
    _enqueue(store, tenant_id, ["later"])
    deliverer = ScriptedDeliverer(script={"later": [TransientDeliveryError("503")]})
    dispatcher = _dispatcher(store, clock, deliverer)
    await dispatcher.run_once()
    report = await dispatcher.run_once()
    assert report.claimed == 0 and len(deliverer.received) == 1
    clock.advance(BACKOFF.base_seconds)
    assert (await dispatcher.run_once()).delivered == 1


async def test_unknown_kind_is_dead_lettered(store: Store, tenant_id: str, clock: FakeClock) -> None:
    (msg_id,) = _enqueue(store, tenant_id, ["x"], kind="fax")
    await _dispatcher(store, clock, ScriptedDeliverer()).run_once()
    row = _row(store, msg_id)
    assert (row.status, row.last_error) == ("dead", "no deliverer for kind fax")


async def test_call_restricted_after_enqueue_is_suppressed(store: Store, tenant_id: str, clock: FakeClock) -> None:
    crm_id, = _enqueue(store, tenant_id, ["crm-1"])
    esc_id, = _enqueue(store, tenant_id, ["esc-1"], kind="escalation_sms")
    with store.sessions.begin() as session:
        for call in session.scalars(select(Call)):
            call.restricted = True
    deliverer = ScriptedDeliverer()
    report = await _dispatcher(store, clock, deliverer).run_once()
    assert (report.suppressed, report.delivered) == (1, 1)
    assert _row(store, crm_id).status == "suppressed"
    assert _row(store, esc_id).status == "delivered"
    assert [d.idempotency_key for d in deliverer.received] == ["esc-1"]


async def test_lease_of_a_dead_dispatcher_is_reclaimed(store: Store, tenant_id: str, clock: FakeClock) -> None:
    (msg_id,) = _enqueue(store, tenant_id, ["orphan"])
    blocked = asyncio.Event()

    class Hanging(ScriptedDeliverer):
        async def deliver(self, delivery):  # type: ignore[no-untyped-def]
            blocked.set()
            await asyncio.Event().wait()

    first = Dispatcher(store, {"crm": Hanging()}, clock=clock, lease_seconds=60, worker_id="first")
    task = asyncio.create_task(first.run_once())
    await blocked.wait()
    task.cancel()  # the process dies mid-delivery
    with pytest.raises(asyncio.CancelledError):
        await task
    assert _row(store, msg_id).status == "in_flight"
    second_deliverer = ScriptedDeliverer()
    second = _dispatcher(store, clock, second_deliverer, lease_seconds=60, worker_id="second")
    assert (await second.run_once()).claimed == 0  # lease still held
    clock.advance(61)
    assert (await second.run_once()).delivered == 1
    row = _row(store, msg_id)
    assert (row.status, row.attempts) == ("delivered", 2)


async def test_a_stale_dispatcher_cannot_overwrite_the_new_owner(store: Store, tenant_id: str, clock: FakeClock) -> None:
    (msg_id,) = _enqueue(store, tenant_id, ["slow"])
    release = asyncio.Event()
    started = asyncio.Event()

    class Slow(ScriptedDeliverer):
        async def deliver(self, delivery):  # type: ignore[no-untyped-def]
            started.set()
            await release.wait()
            raise TransientDeliveryError("late failure")

    slow = Dispatcher(store, {"crm": Slow()}, clock=clock, lease_seconds=30, worker_id="slow")
    task = asyncio.create_task(slow.run_once())
    await started.wait()
    clock.advance(31)
    await _dispatcher(store, clock, ScriptedDeliverer(), worker_id="fast").run_once()
    release.set()
    await task
    assert _row(store, msg_id).status == "delivered"


async def test_escalation_delivery_is_audited(store: Store, tenant_id: str, clock: FakeClock) -> None:
    _enqueue(store, tenant_id, ["e1"], kind="escalation_sms")
    await _dispatcher(store, clock, ScriptedDeliverer()).run_once()
    with store.sessions() as session:
        actions = [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions == ["outbox.dispatch", "escalation.notified"]


async def test_escalations_are_claimed_before_backlog(store: Store, tenant_id: str, clock: FakeClock) -> None:
    _enqueue(store, tenant_id, [f"crm-{i}" for i in range(5)])
    clock.advance(1)
    _enqueue(store, tenant_id, ["urgent"], kind="escalation_sms")
    deliverer = ScriptedDeliverer()
    await _dispatcher(store, clock, deliverer, batch_size=2).run_once()
    assert [d.idempotency_key for d in deliverer.received] == ["urgent", "crm-0"]


class StuckClock(FakeClock):
    """Idle waits never end by themselves: only ``wake()`` can move the dispatcher on."""

    async def sleep(self, seconds: float) -> None:
        await asyncio.Event().wait()


async def test_run_forever_stops_and_wakes(store: Store, tenant_id: str) -> None:
    deliverer = ScriptedDeliverer()
    clock = StuckClock(START)
    dispatcher = _dispatcher(store, clock, deliverer, poll_interval=3600)
    stop = asyncio.Event()
    task = asyncio.create_task(dispatcher.run_forever(stop))
    await asyncio.sleep(0.05)
    _enqueue(store, tenant_id, ["woken"])
    dispatcher.wake()
    for _ in range(200):
        if deliverer.received:
            break
        await asyncio.sleep(0.01)
    stop.set()
    dispatcher.wake()
    await asyncio.wait_for(task, 5)
    assert [d.idempotency_key for d in deliverer.received] == ["woken"]


def test_bad_settings_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="positive"):
        Dispatcher(store, {}, batch_size=0)
    with pytest.raises(ValueError, match="backoff"):
        BackoffPolicy(base_seconds=0)
