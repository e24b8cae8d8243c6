"""Assembling one phone call: call core, recorder, agent, failover, and the wind-up.

:func:`assemble_call` wires the pieces for one call from already-built collaborators (the
store, the tenant's configuration, providers, telephony), so the same assembly runs under
the LiveKit worker and in tests with fakes. :meth:`VoiceCall.wind_up` is the single
ending: whatever ended the call (goodbye, transfer, hang-up, provider failure) the record
is closed, the recording finalised with masked spans silenced, and the outcome logged
with labels only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from livekit.agents import llm, tts

from receptionist.core.agent import FALLBACK_LINE
from receptionist.core.config import TenantConfig
from receptionist.core.hours import Clock
from receptionist.core.session import CallSession
from receptionist.privacy.engine import PrivacyEngine
from receptionist.privacy.streaming import StreamingScanner
from receptionist.recording.guard import RecordingGuard
from receptionist.recording.recorder import CallRecorder, RecordingOutcome
from receptionist.recording.vault import RecordingVault, StoreRecordingVault
from receptionist.store.service import Store
from receptionist.telephony.caller_id import caller_number
from receptionist.telephony.transfer import Telephony
from receptionist.voice.agent import VoicePlumbing
from receptionist.voice.failover import ProviderFailover
from receptionist.voice.llm_guard import LlmInputGuard, RedactingLLM
from receptionist.voice.receptionist import DeferredTransferer, HangUp, VoiceReceptionist
from receptionist.voice.tap import CallAudioTap

logger = logging.getLogger(__name__)


@dataclass
class VoiceCall:
    """Everything one live call holds; built by :func:`assemble_call`."""

    call: CallSession
    agent: VoiceReceptionist
    recorder: CallRecorder
    vault: RecordingVault
    failover: ProviderFailover
    wound_up: bool = False

    async def wind_up(self) -> RecordingOutcome | None:
        """Close the record and finalise the recording; safe to call more than once."""
        if self.wound_up:
            return None
        self.wound_up = True
        status = "failed" if any(role != "llm" for role, _ in self.failover.failures) else "completed"
        try:
            await self.agent.finish(status=status)
        finally:
            outcome = self.recorder.finalise()
            if isinstance(self.vault, StoreRecordingVault):
                self.vault.close()
            self.call.close()
        logger.info(
            "call wound up",
            extra={
                "call_id": self.call.call_id,
                "status": status,
                "outcome": self.call.state.outcome,
                "recorded": outcome.recorded,
                "masked_spans": outcome.masked_spans,
                "provider_failures": [role for role, _ in self.failover.failures],
            },
        )
        return outcome


def assemble_call(
    *,
    store: Store,
    config: TenantConfig,
    tenant_id: str,
    config_version: int,
    raw_cli: str | None,
    engine: PrivacyEngine,
    clock: Clock,
    telephony: Telephony,
    model: llm.LLM[Any] | None,
    vault: RecordingVault | None = None,
    hang_up: HangUp | None = None,
) -> VoiceCall:
    """Open the call record and build the agent with its recorder, guard and failover."""
    deferred = DeferredTransferer()
    call = CallSession(
        store=store,
        config=config,
        tenant_id=tenant_id,
        config_version=config_version,
        caller_number=caller_number(raw_cli),
        transport="voice",
        engine=engine,
        clock=clock,
        transferer=deferred,
    )
    vault = vault or StoreRecordingVault(store.sessions, store.cipher, tenant_id=tenant_id, call_id=call.call_id)
    recorder = CallRecorder(vault)
    # The core owns the decisions (consent, objection, transfer); the recorder carries them out.
    call.recorder = recorder
    guard = RecordingGuard(recorder, engine, lambda: StreamingScanner(engine))
    failover = ProviderFailover(line=FALLBACK_LINE)
    safe_model = RedactingLLM(model, LlmInputGuard(engine)) if model is not None else None
    agent = VoiceReceptionist(call, deferred=deferred, telephony=telephony, hang_up=hang_up, model=safe_model)
    agent.voice = VoicePlumbing(tap=CallAudioTap(recorder, guard), failover=failover)
    failover.on_failure = agent.on_provider_failure
    return VoiceCall(call=call, agent=agent, recorder=recorder, vault=vault, failover=failover)


async def prepare_fallback(voice_call: VoiceCall, engine: tts.TTS[Any]) -> None:
    """Render the fallback line while synthesis works, for use if it later fails."""
    await voice_call.failover.prepare(engine)
