"""Fixtures for store tests: a Store over the shared ``engine`` with a fresh local key."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from receptionist.privacy.types import Finding
from receptionist.store.calls import CallRepository
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.models import Call, Tenant
from receptionist.store.service import Store

CALLER_NAME = "Philippa Quennell-Ashworth"
CALLER_NUMBER = "+447700900123"
DISCLOSURE = "my stepdad Gareth hits me when mum is at work"
HEALTH_TEXT = "I have type 1 diabetes and missed my insulin"


@pytest.fixture
def keys() -> LocalKeyProvider:
    """A local provider with a throwaway master key."""
    return LocalKeyProvider(os.urandom(32))


@pytest.fixture
def store(engine: Engine, keys: LocalKeyProvider) -> Iterator[Store]:
    """The store over the parametrised engine (SQLite and, when configured, PostgreSQL)."""
    yield Store(engine, keys)


@pytest.fixture
def tenant_id(store: Store) -> str:
    """One tenant row."""
    with store.sessions.begin() as session:
        tenant = Tenant(slug="oakfield", name="Oakfield Primary", sector="school")
        session.add(tenant)
        session.flush()
        return tenant.id


def make_call(
    store: Store,
    tenant_id: str,
    *,
    number: str | None = CALLER_NUMBER,
    name: str = CALLER_NAME,
    callback: str | None = None,
    words: str = DISCLOSURE,
    summary: str = "Caller asked for a callback.",
) -> str:
    """A finished call with two turns (one with a safeguarding finding); returns its id."""
    repo = CallRepository(store)
    with store.sessions.begin() as session:
        call = repo.open_call(session, tenant_id=tenant_id, transport="console", caller_number=number, config_version=1)
        repo.append_turn(session, call, speaker="receptionist", text_redacted="Hello, how can I help?", findings=[], original_text=None)
        finding = Finding(kind="safeguarding", label="child_abuse", start=0, end=len(words), score=0.97)
        repo.append_turn(
            session, call, speaker="caller", text_redacted="[child_abuse]", findings=[finding], original_text=words
        )
        repo.set_identity(session, call, name=name, callback_number=callback or number, reason="worried about home")
        repo.finish_call(session, call, summary=summary, generator="offline", crm_payload={"outcome": "message"})
        return call.id


def call_row(store: Store, call_id: str) -> Call:
    """The raw row (no decryption)."""
    with store.sessions() as session:
        row = session.get(Call, call_id)
        assert row is not None
        return row
