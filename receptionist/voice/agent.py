"""The voice layer's additions to the receptionist Agent, as a mixin over its pipeline nodes.

The call core's Agent decides what to say; this mixin only wraps the three pipeline nodes
that touch providers:

- ``stt_node``: the caller's audio is tapped for the recorder on its way to STT, and every
  STT event goes to the recording guard (interims pause recording for card data, finals
  mark spans to silence). An STT failure is reported to the failover.
- ``llm_node``: an LLM error or timeout yields the fallback line instead of a reply. (What
  the model may read is enforced by :class:`RedactingLLM`, which wraps the model itself.)
- ``tts_node``: the receptionist's audio is tapped for the recorder. A TTS error plays the
  fallback line pre-rendered at the start of the call.

Without :attr:`voice` set (text mode) every node behaves exactly as the base Agent's.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass
from typing import Any

from livekit import rtc
from livekit.agents import Agent, ModelSettings, llm, stt

from receptionist.voice.failover import ProviderFailover
from receptionist.voice.tap import CallAudioTap


@dataclass
class VoicePlumbing:
    """One call's voice-side collaborators, attached to the Agent by the worker."""

    tap: CallAudioTap | None
    failover: ProviderFailover


async def _resolve(result: Any) -> Any:
    """Pipeline nodes may return a value, a coroutine of one, or an async iterable."""
    if inspect.isawaitable(result):
        return await result
    return result


class VoiceAgentMixin(Agent):
    """Put before the receptionist Agent in the bases: ``class VoiceReceptionist(VoiceAgentMixin, ReceptionistAgent)``."""

    voice: VoicePlumbing | None = None

    async def stt_node(  # type: ignore[override]
        self, audio: AsyncIterable[rtc.AudioFrame], model_settings: ModelSettings
    ) -> AsyncIterator[stt.SpeechEvent | str]:
        """Tap caller audio and transcripts; report an STT failure instead of crashing the call."""
        plumbing = self.voice
        source = plumbing.tap.caller_audio(audio) if plumbing and plumbing.tap else audio
        try:
            events = await _resolve(super().stt_node(source, model_settings))
            if events is None:
                return
            async for event in events:
                if plumbing and plumbing.tap and isinstance(event, stt.SpeechEvent):
                    plumbing.tap.on_speech(event)
                yield event
        except Exception as exc:
            if plumbing is None:
                raise
            plumbing.failover.report("stt", exc)

    async def llm_node(  # type: ignore[override]
        self, chat_ctx: llm.ChatContext, tools: list[llm.Tool], model_settings: ModelSettings
    ) -> AsyncIterator[llm.ChatChunk | str]:
        """On a model failure (error, timeout) say the fallback line instead of a reply."""
        plumbing = self.voice
        try:
            output = await _resolve(super().llm_node(chat_ctx, tools, model_settings))
            if output is None:
                return
            if isinstance(output, str | llm.ChatChunk):
                yield output
                return
            async for chunk in output:
                yield chunk
        except Exception as exc:
            if plumbing is None:
                raise
            plumbing.failover.report("llm", exc)
            yield plumbing.failover.line

    async def tts_node(  # type: ignore[override]
        self, text: AsyncIterable[str], model_settings: ModelSettings
    ) -> AsyncIterator[rtc.AudioFrame]:
        """Tap the receptionist's audio; on a synthesis failure play the pre-rendered fallback."""
        plumbing = self.voice
        try:
            frames = await _resolve(super().tts_node(text, model_settings))
            if frames is None:
                return
            async for frame in frames:
                if plumbing and plumbing.tap:
                    plumbing.tap.push_agent(frame)
                yield frame
        except Exception as exc:
            if plumbing is None:
                raise
            plumbing.failover.report("tts", exc)
            for frame in plumbing.failover.fallback_audio:
                if plumbing.tap:
                    plumbing.tap.push_agent(frame)
                yield frame
