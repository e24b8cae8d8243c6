"""Taps one call's audio and transcripts for the recorder.

The caller's audio is taken where it enters speech recognition (the agent's ``stt_node``),
so the recorder's caller track and the STT's word timings share one clock: the number of
samples pushed. The receptionist's audio is taken as text-to-speech produces it and laid
on the call timeline by wall clock. Both are resampled to the recorder's rate (16 kHz
mono) with LiveKit's resampler.

Transcripts go to the :class:`RecordingGuard`: interims pause recording as soon as card
digits begin, finals turn masked findings into spans to silence.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable

import numpy as np
from livekit import rtc
from livekit.agents import stt

from receptionist.recording.guard import RecordingGuard
from receptionist.recording.masking import TimedWord
from receptionist.recording.recorder import CallRecorder

logger = logging.getLogger(__name__)


class _Track:
    """Resamples one track's frames to the recorder's rate, mono."""

    def __init__(self, rate: int) -> None:
        self._rate = rate
        self._resampler: rtc.AudioResampler | None = None
        self._input_rate = 0

    def convert(self, frame: rtc.AudioFrame) -> bytes:
        data = np.frombuffer(frame.data, dtype=np.int16)
        if frame.num_channels > 1:
            data = data[:: frame.num_channels]  # first channel; SIP audio is mono anyway
        if frame.sample_rate == self._rate:
            return data.tobytes()
        if self._resampler is None or self._input_rate != frame.sample_rate:
            self._resampler = rtc.AudioResampler(frame.sample_rate, self._rate, num_channels=1)
            self._input_rate = frame.sample_rate
        mono = rtc.AudioFrame(data.tobytes(), frame.sample_rate, 1, len(data))
        return b"".join(bytes(f.data) for f in self._resampler.push(mono))


class CallAudioTap:
    """Feeds a call's audio to the recorder and its transcripts to the recording guard."""

    def __init__(
        self, recorder: CallRecorder, guard: RecordingGuard, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._recorder = recorder
        self._guard = guard
        self._clock = clock
        self._t0 = clock()
        self._caller = _Track(recorder.sample_rate)
        self._agent = _Track(recorder.sample_rate)
        self._stream_base_ms = 0
        self._agent_cursor_ms = 0.0

    def now_ms(self) -> int:
        """Milliseconds since the call started, on the recording timeline."""
        return int((self._clock() - self._t0) * 1000)

    async def caller_audio(self, frames: AsyncIterable[rtc.AudioFrame]) -> AsyncIterator[rtc.AudioFrame]:
        """Pass the caller's frames through unchanged, offering each to the recorder."""
        self._stream_base_ms = base = self.now_ms()
        heard = 0
        async for frame in frames:
            self.push_caller(frame, at_ms=base + heard * 1000 // frame.sample_rate)
            heard += frame.samples_per_channel
            yield frame

    def push_caller(self, frame: rtc.AudioFrame, *, at_ms: int) -> None:
        """Offer one caller frame heard at ``at_ms``."""
        self._recorder.push("caller", self._caller.convert(frame), at_ms)

    def push_agent(self, frame: rtc.AudioFrame) -> None:
        """Offer one frame of the receptionist's speech, placed after the previous one."""
        at = max(self._agent_cursor_ms, float(self.now_ms()))
        pcm = self._agent.convert(frame)
        if not pcm:
            return  # the resampler is still filling; this audio comes out with the next frame
        self._recorder.push("agent", pcm, int(at))
        # Advance by exactly what was kept (in fractional ms), so resampler latency and
        # rounding never open a gap between consecutive frames.
        self._agent_cursor_ms = at + len(pcm) / 2 * 1000 / self._recorder.sample_rate

    def on_speech(self, event: stt.SpeechEvent) -> None:
        """Route an STT event: interims to the pause check, finals to masking."""
        if not event.alternatives:
            return
        best = event.alternatives[0]
        if event.type == stt.SpeechEventType.INTERIM_TRANSCRIPT:
            self._guard.on_interim(best.text)
        elif event.type == stt.SpeechEventType.FINAL_TRANSCRIPT:
            self._guard.on_final(best.text, self.timed_words(best))

    def timed_words(self, data: stt.SpeechData) -> list[TimedWord]:
        """STT word timings moved onto the recording timeline (ms)."""
        words: list[TimedWord] = []
        for word in data.words or []:
            start, end = word.start_time, word.end_time
            if not isinstance(start, float | int) or not isinstance(end, float | int):
                continue
            offset = word.start_time_offset if isinstance(word.start_time_offset, float | int) else 0.0
            words.append(
                TimedWord(
                    str(word),
                    self._stream_base_ms + int((start - offset) * 1000),
                    self._stream_base_ms + int((end - offset) * 1000),
                )
            )
        return words
