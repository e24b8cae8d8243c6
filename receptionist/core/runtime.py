"""Building a call: tenant lookup, the brain from settings, and the text-mode driver.

This is the call flow's composition root. Console and simulate use :class:`TextCall`,
which runs :class:`ReceptionistAgent` in a LiveKit ``AgentSession`` with no room (text
mode), exactly the agent the voice worker runs over audio. The OpenAI plugin is imported
here only, and only when a key is configured.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from livekit.agents import AgentSession, llm
from livekit.agents.types import NOT_GIVEN

from receptionist.core.agent import ReceptionistAgent
from receptionist.core.config import DEMO_TENANTS, TenantConfig, load_tenant_config
from receptionist.core.hours import Clock, system_clock
from receptionist.core.ports import RecordingControl, Transferer
from receptionist.core.session import CallEndedError, CallSession
from receptionist.core.summary import LlmSummariser, OfflineSummariser, Summariser
from receptionist.core.tenants import TenantRepository
from receptionist.privacy.engine import PrivacyEngine, default_engine
from receptionist.settings import Settings
from receptionist.store.db import session_scope
from receptionist.store.service import Store


def resolve_tenant(store: Store, ref: str, *, actor: str) -> tuple[str, int, TenantConfig]:
    """(tenant id, active version, config) for a demo name, slug or tenant YAML path.

    Demo tenants are imported on first use, so the product runs on an empty data dir. A
    YAML path is imported (as a new version) only when its content differs from the active one.
    """
    repo = TenantRepository()
    with session_scope(store.sessions) as session:
        if ref in DEMO_TENANTS:
            repo.ensure_demo_tenants(session, actor=actor)
        if Path(ref).suffix in (".yaml", ".yml") and Path(ref).is_file():
            cfg = load_tenant_config(ref)
            tenant = repo.get_by_slug(session, cfg.slug)
            if tenant is None or repo.active_config(session, tenant) != cfg:
                tenant = repo.import_config(session, cfg, actor, comment="imported for a call")
        else:
            tenant = repo.require(session, ref)
        return tenant.id, tenant.active_config_version, repo.active_config(session, tenant)


@dataclass(frozen=True, slots=True)
class Brain:
    """The model behind the agent (None = offline) and the summariser that goes with it."""

    model: llm.LLM[Any] | None
    summariser: Summariser


def brain_from_settings(settings: Settings, engine: PrivacyEngine) -> Brain:
    """OpenAI when a key is configured (never stored or trained on), otherwise offline."""
    if settings.openai_api_key is None:
        return Brain(None, OfflineSummariser())
    from livekit.plugins import openai

    from receptionist.core.prompts import load_prompt

    model = openai.LLM(
        model=settings.openai_model,
        api_key=settings.openai_api_key.get_secret_value(),
        base_url=settings.openai_base_url or NOT_GIVEN,
        store=False,
    )
    return Brain(model, LlmSummariser(lambda system, user: complete(model, system, user), engine, load_prompt("summary")))


async def complete(model: llm.LLM[Any], system: str, user: str) -> str:
    """One non-streaming completion through any ``llm.LLM``."""
    ctx = llm.ChatContext.empty()
    ctx.add_message(role="system", content=system)
    ctx.add_message(role="user", content=user)
    parts: list[str] = []
    async with model.chat(chat_ctx=ctx) as stream:
        async for chunk in stream:
            if chunk.delta is not None and chunk.delta.content:
                parts.append(chunk.delta.content)
    return "".join(parts)


def new_call(
    store: Store,
    tenant: str,
    *,
    caller_number: str | None,
    transport: str,
    actor: str,
    engine: PrivacyEngine | None = None,
    clock: Clock = system_clock,
    recorder: RecordingControl | None = None,
    transferer: Transferer | None = None,
) -> CallSession:
    """Open a call record for ``tenant`` and the call core around it."""
    tenant_id, version, config = resolve_tenant(store, tenant, actor=actor)
    return CallSession(
        store=store, config=config, tenant_id=tenant_id, config_version=version, caller_number=caller_number,
        transport=transport, engine=engine or default_engine(), clock=clock, recorder=recorder, transferer=transferer,
    )


class TextCall:
    """Drives :class:`ReceptionistAgent` through a LiveKit ``AgentSession`` in text mode."""

    def __init__(self, call: CallSession, brain: Brain) -> None:
        self.agent = ReceptionistAgent(call, model=brain.model)
        self.brain = brain
        self._session: AgentSession[None] | None = None

    @property
    def ended(self) -> bool:
        """True once the call has ended (goodbye, transfer, or a polite end)."""
        return self.agent.call.state.ended

    async def start(self) -> list[str]:
        """Start the session; returns the receptionist's opening lines."""
        # Text mode: no audio, so no VAD and no turn detector (turns arrive whole).
        self._session = AgentSession(vad=None, user_away_timeout=None, turn_handling={"turn_detection": None})
        await self._session.start(self.agent, record=False)
        return list(self.agent.replies)

    async def send(self, text: str) -> list[str]:
        """One caller turn; returns what the receptionist said in reply."""
        if self._session is None:
            raise RuntimeError("start() first")
        if self.ended:
            raise CallEndedError("the call has ended")
        before = len(self.agent.replies)
        await self._session.run(user_input=text)
        return self.agent.replies[before:]

    async def hang_up(self, *, status: str = "completed") -> None:
        """End the call (read-back if needed), write summary and CRM payload, close the session."""
        try:
            await self.agent.finish(self.brain.summariser, status=status)
        finally:
            if self._session is not None:
                await self._session.aclose()
            self.agent.call.close()
