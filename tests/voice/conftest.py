"""A whole voice call without a network: the worker's Agent in an AgentSession with our own
fake STT/LLM/TTS, paced audio in, a sink out, and the real store, privacy engine and
recorder underneath."""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pytest
from livekit import rtc
from livekit.agents import AgentSession
from livekit.agents.voice.io import AudioInput, AudioOutput, AudioOutputCapabilities
from sqlalchemy import Engine

from receptionist.core.config import TenantConfig, load_tenant_config
from receptionist.core.hours import fixed_clock
from receptionist.core.tenants import TenantRepository
from receptionist.privacy.engine import default_engine
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.service import Store
from receptionist.telephony.transfer import FakeTelephony
from receptionist.voice.call import VoiceCall, assemble_call, prepare_fallback
from receptionist.voice.fakes import RecordingLLM, ScriptedSTT, ScriptedUtterance, ToneTTS

SPEED = 20.0  # audio is fed twenty times faster than real time
RATE = 16000
# A Tuesday mid-morning in term: the school office is open.
OPEN = datetime(2026, 3, 10, 10, 30, tzinfo=UTC)


class PacedAudio(AudioInput):
    """The caller's microphone: a quiet tone, 20 ms frames, paced at ``SPEED`` x real time."""

    def __init__(self, total_ms: int) -> None:
        super().__init__(label="paced")
        self.total_ms, self.sent_ms = total_ms, 0
        t = np.arange(320) / RATE
        self._frame = (np.sin(2 * np.pi * 300 * t) * 2000).astype(np.int16).tobytes()

    async def __anext__(self) -> rtc.AudioFrame:
        if self.sent_ms >= self.total_ms:
            await asyncio.sleep(3600)
        await asyncio.sleep(0.02 / SPEED)
        self.sent_ms += 20
        return rtc.AudioFrame(self._frame, RATE, 1, 320)


class Speaker(AudioOutput):
    """The caller's earpiece: accepts frames and reports playback finished."""

    def __init__(self) -> None:
        super().__init__(label="speaker", next_in_chain=None, sample_rate=None,
                         capabilities=AudioOutputCapabilities(pause=False))
        self.pushed = 0.0
        self.frames = 0

    async def capture_frame(self, frame: rtc.AudioFrame) -> None:
        await super().capture_frame(frame)
        if not self.pushed:
            self.on_playback_started(created_at=time.time())
        self.pushed += frame.duration
        self.frames += 1

    def flush(self) -> None:
        super().flush()
        if not self.pushed:
            return
        played, self.pushed = self.pushed, 0.0
        asyncio.get_running_loop().call_later(
            played / SPEED,
            lambda: self.on_playback_finished(playback_position=played, interrupted=False, synchronized_transcript=None),
        )

    def clear_buffer(self) -> None:
        if self.pushed:
            played, self.pushed = self.pushed, 0.0
            self.on_playback_finished(playback_position=played, interrupted=True, synchronized_transcript=None)


@dataclass
class Harness:
    store: Store
    config: TenantConfig
    tenant_id: str
    version: int
    hang_ups: list[str] = field(default_factory=list)
    last_call: VoiceCall | None = None

    def build(
        self,
        script: list[ScriptedUtterance],
        *,
        model: RecordingLLM | None = None,
        telephony: FakeTelephony | None = None,
        stt_fail_at_ms: int | None = None,
        tts_fail_on: str | None = None,
        raw_cli: str | None = "+447700900123",
    ) -> tuple[VoiceCall, AgentSession, ToneTTS, Speaker]:
        tts = ToneTTS(max_ms=400, fail_on=tts_fail_on)
        session: AgentSession = AgentSession(
            stt=ScriptedSTT(script, fail_at_ms=stt_fail_at_ms),
            tts=tts,
            turn_handling={"turn_detection": "stt", "endpointing": {"min_delay": 0.05, "max_delay": 0.3}},
            session_close_transcript_timeout=0.1,
        )
        total = max((u.end_ms for u in script), default=0) + 3000
        session.input.audio = PacedAudio(total)
        speaker = Speaker()
        session.output.audio = speaker

        async def hang_up() -> None:
            self.hang_ups.append("hang_up")

        voice_call = assemble_call(
            store=self.store, config=self.config, tenant_id=self.tenant_id, config_version=self.version,
            raw_cli=raw_cli, engine=default_engine(), clock=fixed_clock(OPEN),
            telephony=telephony or FakeTelephony(), model=model, hang_up=hang_up,
        )
        self.last_call = voice_call
        return voice_call, session, tts, speaker

    async def run(
        self,
        script: list[ScriptedUtterance],
        *,
        during: Callable[[VoiceCall], Awaitable[None]] | None = None,
        **kwargs: Any,
    ) -> tuple[VoiceCall, ToneTTS, Speaker]:
        """Play the script through a live session, optionally check things mid-call, then wind up."""
        voice_call, session, tts, speaker = self.build(script, **kwargs)
        await prepare_fallback(voice_call, tts)
        assert voice_call.failover.fallback_audio, "the fallback line was not pre-rendered"
        tts.spoken.clear()  # only what the caller hears counts from here
        await session.start(voice_call.agent)
        stt = session.stt
        assert isinstance(stt, ScriptedSTT)
        if stt.fail_at_ms is None:
            await asyncio.wait_for(stt.heard_all.wait(), timeout=30)
        else:
            await asyncio.sleep(stt.fail_at_ms / 1000 / SPEED + 0.5)
        await self._settle(session, voice_call)
        if during is not None:
            await during(voice_call)
        with contextlib.suppress(RuntimeError):
            await session.drain()
        await session.aclose()
        await voice_call.wind_up()
        return voice_call, tts, speaker


    @staticmethod
    async def _settle(session: AgentSession, voice_call: VoiceCall) -> None:
        """Wait until the receptionist has answered the last turn and nothing is under way."""
        quiet = 0
        for _ in range(200):
            busy = (
                session.current_speech is not None
                or session.agent_state in ("thinking", "speaking")
                or bool(voice_call.agent._background)
            )
            quiet = 0 if busy else quiet + 1
            if quiet >= 6:
                return
            await asyncio.sleep(0.05)


@pytest.fixture
def harness(sqlite_engine: Engine) -> Iterator[Harness]:
    """The call stack on SQLite only: the database backends are covered by the recording tests."""
    store = Store(sqlite_engine, LocalKeyProvider(os.urandom(32)))
    config = load_tenant_config("school")
    with store.sessions() as session:
        tenant = TenantRepository().import_config(session, config, actor="test")
        session.commit()
        tenant_id, version = tenant.id, tenant.active_config_version
    yield Harness(store, config, tenant_id, version)

