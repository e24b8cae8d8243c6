"""Fixtures for outbox tests: a real store, a tenant, calls, and a recording deliverer."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from receptionist.outbox.errors import DeliveryError
from receptionist.outbox.ports import Delivery, FakeClock
from receptionist.store.base import new_id
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.models import Call, Tenant
from receptionist.store.service import Store

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def store(engine: Engine) -> Iterator[Store]:
    """A store over the test database with a throwaway master key."""
    yield Store(engine, LocalKeyProvider(os.urandom(32)))


@pytest.fixture
def clock() -> FakeClock:
    """Time that moves only when the test (or an idle dispatcher) moves it."""
    return FakeClock(START)


@pytest.fixture
def tenant_id(store: Store) -> str:
    """A tenant to own the messages."""
    with store.sessions.begin() as session:
        tenant = Tenant(id=new_id(), slug="acme", name="Acme Ltd", sector="business")
        session.add(tenant)
        return tenant.id


def add_calls(session: Session, tenant_id: str, n: int) -> list[str]:
    """``n`` calls for the tenant; returns their ids."""
    ids = [new_id() for _ in range(n)]
    session.add_all(
        Call(id=i, tenant_id=tenant_id, reference=i[:12].upper(), transport="simulate", started_at=START) for i in ids
    )
    session.flush()
    return ids


@dataclass
class ScriptedDeliverer:
    """Fails according to a script of errors per idempotency key, then accepts; records hand-overs."""

    script: dict[str, list[DeliveryError]] = field(default_factory=dict)
    received: list[Delivery] = field(default_factory=list)

    async def deliver(self, delivery: Delivery) -> None:
        self.received.append(delivery)
        queue = self.script.get(delivery.idempotency_key)
        if queue:
            raise queue.pop(0)
