"""Offline stand-ins for the speech and language providers, with explicit knobs.

They subclass LiveKit's own ``STT``/``LLM``/``TTS`` bases (in the spirit of livekit/agents'
``tests/fake_*.py``), so an ``AgentSession`` runs a whole voice call with no network:

- :class:`ScriptedSTT` listens to the audio it is given and, as the audio clock passes each
  scripted utterance, emits start of speech, growing interim transcripts, a final transcript
  with word timings, and end of speech. ``fail_at_ms`` simulates a provider disconnect.
- :class:`RecordingLLM` answers from a callable and keeps every chat context it received,
  so tests can assert what a model would have seen. ``fail`` simulates an API error.
- :class:`ToneTTS` synthesises a quiet tone whose length follows the text. ``fail_on``
  simulates a TTS error for text containing that phrase.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from livekit import rtc
from livekit.agents import APIConnectionError, APIConnectOptions, LanguageCode, llm, stt, tts, utils
from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS, NOT_GIVEN, NotGivenOr, TimedString
from livekit.agents.utils.audio import AudioBuffer

WORD_MS = 300


@dataclass(frozen=True, slots=True)
class ScriptedUtterance:
    """One thing the caller says, starting ``at_ms`` into the audio; words last ``WORD_MS`` each."""

    text: str
    at_ms: int

    @property
    def end_ms(self) -> int:
        """Where the last word ends on the audio clock."""
        return self.at_ms + WORD_MS * len(self.text.split())


class ScriptedSTT(stt.STT[None]):
    """Streaming STT that "hears" its script as the audio clock passes it."""

    def __init__(self, script: list[ScriptedUtterance], *, fail_at_ms: int | None = None) -> None:
        super().__init__(capabilities=stt.STTCapabilities(streaming=True, interim_results=True))
        self.script = sorted(script, key=lambda u: u.at_ms)
        self.fail_at_ms = fail_at_ms
        self.heard_all = asyncio.Event()  # set once every scripted utterance has been emitted

    @property
    def model(self) -> str:
        """Model label for metrics."""
        return "scripted"

    @property
    def provider(self) -> str:
        """Provider label for metrics."""
        return "offline"

    async def _recognize_impl(
        self, buffer: AudioBuffer, *, language: NotGivenOr[str] = NOT_GIVEN, conn_options: APIConnectOptions
    ) -> stt.SpeechEvent:
        raise NotImplementedError("ScriptedSTT only streams")

    def stream(
        self, *, language: NotGivenOr[str] = NOT_GIVEN, conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
    ) -> ScriptedRecognizeStream:
        """A stream that plays the script against the audio it is pushed."""
        return ScriptedRecognizeStream(stt=self, conn_options=conn_options)


class ScriptedRecognizeStream(stt.RecognizeStream):
    """Counts audio ms pushed and emits the script's events at the right moments."""

    def __init__(self, *, stt: ScriptedSTT, conn_options: APIConnectOptions) -> None:
        super().__init__(stt=stt, conn_options=conn_options)
        self._script_stt = stt

    async def _run(self) -> None:
        heard_ms = 0.0
        pending = list(self._script_stt.script)
        started: set[int] = set()
        interim_words: dict[int, int] = {}
        async for item in self._input_ch:
            if not isinstance(item, rtc.AudioFrame):
                continue
            heard_ms += item.duration * 1000
            fail_at = self._script_stt.fail_at_ms
            if fail_at is not None and heard_ms >= fail_at:
                raise APIConnectionError("scripted STT disconnect", retryable=False)
            for utterance in list(pending):
                key = id(utterance)
                if heard_ms < utterance.at_ms:
                    break
                if key not in started:
                    started.add(key)
                    self._send(stt.SpeechEventType.START_OF_SPEECH)
                words = utterance.text.split()
                done = min(len(words), int((heard_ms - utterance.at_ms) // WORD_MS))
                if 0 < done < len(words) and interim_words.get(key) != done:
                    interim_words[key] = done
                    self._send(stt.SpeechEventType.INTERIM_TRANSCRIPT, " ".join(words[:done]))
                if heard_ms >= utterance.end_ms:
                    self._send(stt.SpeechEventType.FINAL_TRANSCRIPT, utterance.text, self._timed(utterance))
                    self._send(stt.SpeechEventType.END_OF_SPEECH)
                    pending.remove(utterance)
            if not pending:
                self._script_stt.heard_all.set()

    def _timed(self, utterance: ScriptedUtterance) -> list[TimedString]:
        offset = self.start_time_offset
        return [
            TimedString(
                word,
                start_time=(utterance.at_ms + i * WORD_MS) / 1000 + offset,
                end_time=(utterance.at_ms + (i + 1) * WORD_MS) / 1000 + offset,
                start_time_offset=offset,
            )
            for i, word in enumerate(utterance.text.split())
        ]

    def _send(self, kind: stt.SpeechEventType, text: str = "", words: list[TimedString] | None = None) -> None:
        alternatives = [stt.SpeechData(language=LanguageCode("en-GB"), text=text, words=words)] if text else []
        self._event_ch.send_nowait(stt.SpeechEvent(type=kind, alternatives=alternatives))


class RecordingLLM(llm.LLM[None]):
    """Replies with ``reply(last_user_text)``; keeps every chat context; ``fail`` raises instead."""

    def __init__(self, reply: Callable[[str], str] | None = None, *, fail: Exception | None = None) -> None:
        super().__init__()
        self.reply = reply or (lambda _text: "Thank you.")
        self.fail = fail
        self.seen: list[llm.ChatContext] = []

    def chat(
        self,
        *,
        chat_ctx: llm.ChatContext,
        tools: list[llm.Tool] | None = None,
        conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS,
        parallel_tool_calls: NotGivenOr[bool] = NOT_GIVEN,
        tool_choice: NotGivenOr[llm.ToolChoice] = NOT_GIVEN,
        extra_kwargs: NotGivenOr[dict[str, Any]] = NOT_GIVEN,
    ) -> llm.LLMStream:
        """Record the context and stream the reply."""
        self.seen.append(chat_ctx.copy())
        return _ReplyStream(self, chat_ctx=chat_ctx, tools=tools or [], conn_options=conn_options)

    def all_text_seen(self) -> str:
        """Every message text the model was given, joined: what must never hold a PAN."""
        return "\n".join(
            item.text_content or "" for ctx in self.seen for item in ctx.items if item.type == "message"
        )


class _ReplyStream(llm.LLMStream):
    def __init__(self, owner: RecordingLLM, **kwargs: Any) -> None:
        super().__init__(owner, **kwargs)
        self._owner = owner

    async def _run(self) -> None:
        if self._owner.fail is not None:
            raise self._owner.fail
        last = next(
            (i.text_content or "" for i in reversed(self.chat_ctx.items) if i.type == "message" and i.role == "user"),
            "",
        )
        await asyncio.sleep(0)
        self._event_ch.send_nowait(
            llm.ChatChunk(id=utils.shortuuid("fake_"), delta=llm.ChoiceDelta(role="assistant", content=self._owner.reply(last)))
        )


class ToneTTS(tts.TTS[None]):
    """A quiet 440 Hz tone, 40 ms per character (capped); ``fail_on`` raises for matching text."""

    def __init__(self, *, sample_rate: int = 24000, fail_on: str | None = None, max_ms: int = 1500) -> None:
        super().__init__(capabilities=tts.TTSCapabilities(streaming=False), sample_rate=sample_rate, num_channels=1)
        self.fail_on = fail_on
        self.max_ms = max_ms
        self.spoken: list[str] = []

    def synthesize(
        self, text: str, *, conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
    ) -> tts.ChunkedStream:
        """Synthesise ``text`` as a tone."""
        return _ToneStream(tts=self, input_text=text, conn_options=conn_options)


class _ToneStream(tts.ChunkedStream):
    async def _run(self, output_emitter: tts.AudioEmitter) -> None:
        owner = self._tts
        assert isinstance(owner, ToneTTS)
        if owner.fail_on is not None and owner.fail_on in self.input_text:
            raise APIConnectionError("scripted TTS failure", retryable=False)
        owner.spoken.append(self.input_text)
        rate = owner.sample_rate
        ms = min(owner.max_ms, 40 * max(1, len(self.input_text)))
        t = np.arange(rate * ms // 1000) / rate
        pcm = (np.sin(2 * np.pi * 440 * t) * 3000).astype(np.int16).tobytes()
        output_emitter.initialize(
            request_id=utils.shortuuid("tone_"), sample_rate=rate, num_channels=1, mime_type="audio/pcm"
        )
        output_emitter.push(pcm)
        output_emitter.flush()
