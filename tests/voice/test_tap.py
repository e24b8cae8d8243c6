"""The audio tap: resampling to the recorder's rate, timeline placement, word timings."""

from __future__ import annotations

import itertools

import pytest
from livekit import rtc
from livekit.agents import LanguageCode, stt
from livekit.agents.types import TimedString

from receptionist.privacy.types import ScanResult
from receptionist.recording.guard import RecordingGuard
from receptionist.recording.recorder import CallRecorder
from receptionist.recording.vault import MemoryRecordingVault
from receptionist.voice.tap import CallAudioTap


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Quiet:
    payment_in_progress = False

    def feed(self, partial_text: str) -> Quiet:
        return self

    def scan(self, text: str) -> ScanResult:
        return ScanResult(text, text)


def make() -> tuple[CallAudioTap, MemoryRecordingVault, Clock]:
    vault = MemoryRecordingVault()
    recorder = CallRecorder(vault, sample_rate=16000, chunk_ms=100)
    recorder.start()
    clock = Clock()
    return CallAudioTap(recorder, RecordingGuard(recorder, Quiet(), Quiet), clock=clock), vault, clock


@pytest.mark.parametrize("rate", [8000, 16000, 24000, 48000])
def test_frames_are_resampled_to_16k(rate: int) -> None:
    tap, vault, _clock = make()
    samples = rate // 50  # 20 ms
    frame = rtc.AudioFrame(b"\x10\x00" * samples, rate, 1, samples)
    for i in range(50):  # one second
        tap.push_caller(frame, at_ms=i * 20)
    tap._recorder.finalise()  # type: ignore[attr-defined]
    kept = sum(len(c.pcm) for c in vault.chunks.values()) // 2
    assert abs(kept - 16000) <= 16000 * 0.03  # the resampler holds back a few ms at most


def test_agent_frames_follow_each_other_and_the_clock() -> None:
    tap, vault, clock = make()
    frame = rtc.AudioFrame(b"\x10\x00" * 480, 24000, 1, 480)
    clock.now += 1.0  # one second into the call
    for _ in range(10):
        tap.push_agent(frame)  # synthesised faster than real time: laid end to end
    clock.now += 5.0
    tap.push_agent(frame)
    tap._recorder.finalise()  # type: ignore[attr-defined]
    chunks = sorted((c.offset_ms, c.duration_ms) for c in vault.chunks.values() if c.track == "agent")
    # Ten frames laid end to end from 1 s (no gaps between chunks), then the late frame at 6 s.
    assert chunks[0][0] == 1000 and chunks[-1][0] == 6000
    run = chunks[:-1]
    for (start, length), (next_start, _) in itertools.pairwise(run):
        assert abs(start + length - next_start) <= 1


@pytest.mark.parametrize(
    ("base_ms", "offset_s", "start_s", "end_s", "expected"),
    [(0, 0.0, 1.0, 1.3, (1000, 1300)), (2000, 0.5, 1.5, 2.0, (3000, 3500)), (500, 0.0, 0.0, 0.2, (500, 700))],
)
def test_word_timings_move_onto_the_recording_timeline(
    base_ms: int, offset_s: float, start_s: float, end_s: float, expected: tuple[int, int]
) -> None:
    tap, _vault, _clock = make()
    tap._stream_base_ms = base_ms
    data = stt.SpeechData(
        language=LanguageCode("en-GB"), text="card",
        words=[TimedString("card", start_time=start_s, end_time=end_s, start_time_offset=offset_s)],
    )
    [word] = tap.timed_words(data)
    assert (word.start_ms, word.end_ms) == expected
