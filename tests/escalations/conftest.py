"""Fixtures for escalation tests: a real store on the migrated database, a tenant and a live call."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from receptionist.core.config import TenantConfig, load_tenant_config
from receptionist.store.base import new_id
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.models import Call, Tenant
from receptionist.store.service import Store

NOW = datetime(2026, 3, 2, 10, 15, tzinfo=UTC)


@pytest.fixture
def store(engine: Engine) -> Iterator[Store]:
    """A store over the test database with a throwaway master key."""
    yield Store(engine, LocalKeyProvider(os.urandom(32)))


def school_config(**safeguarding: Any) -> TenantConfig:
    """The demo school with safeguarding settings overridden."""
    cfg = load_tenant_config("school")
    return cfg.model_copy(update={"safeguarding": cfg.safeguarding.model_copy(update=safeguarding)})


@pytest.fixture
def config() -> TenantConfig:
    """School config: SMS, email and a webhook; disclosure shared by email only."""
    return school_config(
        channels=["sms", "email", "webhook"],
        webhook_url="https://safeguarding.example.org/hook",
        include_disclosure_in=["email"],
    )


def make_call(session: Session, tenant_id: str) -> Call:
    """A live call for ``tenant_id``."""
    call = Call(id=new_id(), tenant_id=tenant_id, reference=new_id()[:10].upper(), transport="console", started_at=NOW)
    session.add(call)
    session.flush()
    return call


@pytest.fixture
def tenant_and_call(store: Store, config: TenantConfig) -> tuple[str, str]:
    """Ids of a tenant matching ``config`` and one call to it."""
    with store.sessions.begin() as session:
        tenant = Tenant(id=new_id(), slug=config.slug, name=config.name, sector=config.sector)
        session.add(tenant)
        session.flush()
        call = make_call(session, tenant.id)
        return tenant.id, call.id
