"""The "try it" panel: a text call against a draft configuration, through exactly what
``receptionist console`` runs: a ``CallSession`` driven by ``TextCall`` (the LiveKit
``AgentSession`` in text mode around ``ReceptionistAgent``), with the brain chosen from
settings (offline without an OpenAI key).

Trial calls run against a private in-memory sandbox store, never the real one: a draft may
never be saved, and an admin typing a test disclosure must not page the real safeguarding
leads or leave a call in the real list. The sandbox is built once per process.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from datetime import UTC, datetime

from anyio import to_thread
from sqlalchemy.pool import StaticPool

from receptionist.core.config import TenantConfig
from receptionist.core.runtime import Brain, TextCall
from receptionist.core.session import CallSession
from receptionist.core.tenants import TenantRepository
from receptionist.privacy.engine import default_engine
from receptionist.store.db import make_engine, upgrade
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.service import Store

MAX_TURNS = 20
MAX_LINE = 500


class TryItError(RuntimeError):
    """The trial call could not run (message names no caller text)."""


class TrySandbox:
    """Runs trial calls on a migrated in-memory SQLite store with a throwaway key."""

    def __init__(self, brain: Brain) -> None:
        self.brain = brain
        self._lock = asyncio.Lock()
        self._store: Store | None = None

    @staticmethod
    def _build() -> Store:
        engine = make_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
        upgrade(engine)
        return Store(engine, LocalKeyProvider(os.urandom(32)))

    async def run(self, config: TenantConfig, lines: Sequence[str]) -> list[tuple[str, str]]:
        """Play ``lines`` as the caller; returns (speaker, text) pairs, starting with the greeting.

        Caller lines come back as stored (redacted), so the admin sees what the privacy
        engine masked.
        """
        if len(lines) > MAX_TURNS:
            raise TryItError(f"at most {MAX_TURNS} caller lines per trial call")
        if any(len(line) > MAX_LINE for line in lines):
            raise TryItError(f"each caller line must be at most {MAX_LINE} characters")
        async with self._lock:  # one in-memory connection: trial calls take turns
            if self._store is None:
                self._store = await to_thread.run_sync(self._build)
            return await self._play(self._store, config, lines)

    async def _play(self, store: Store, config: TenantConfig, lines: Sequence[str]) -> list[tuple[str, str]]:
        with store.sessions() as db:
            tenant = TenantRepository().import_config(db, config, "web:try-it", comment="draft")
            tenant_id, version = tenant.id, tenant.active_config_version
            db.commit()
        call = CallSession(store=store, config=config, tenant_id=tenant_id, config_version=version,
                           caller_number=None, transport="web", engine=default_engine(),
                           clock=lambda: datetime.now(UTC))
        text_call = TextCall(call, self.brain)
        transcript: list[tuple[str, str]] = []
        try:
            transcript += [("receptionist", line) for line in await text_call.start()]
            for line in lines:
                if text_call.ended:
                    break
                replies = await text_call.send(line)
                heard = call.state.caller_turns[-1].redacted if call.state.caller_turns else ""
                transcript.append(("caller", heard))
                transcript += [("receptionist", reply) for reply in replies]
        finally:
            await text_call.hang_up()
        return transcript
