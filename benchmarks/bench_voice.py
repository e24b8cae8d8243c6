"""Per-call overhead of our own voice work: recorder encryption, interim scanning, masking.

For N simultaneous simulated calls, 20 ms audio frames are fed for every call, tick by
tick, through exactly what the worker adds on top of LiveKit for each call:

- the caller's 48 kHz frames resampled to 16 kHz and the agent's 24 kHz frames likewise
  (:class:`CallAudioTap`), buffered into 1 s chunks and sealed with AES-256-GCM into a real
  SQLite database (:class:`StoreRecordingVault`, the worker's path);
- interim transcripts every 200 ms through the privacy engine's ``StreamingScanner``
  (recording pauses when a card number starts), and each final transcript through the
  engine with word timings turned into spans to mask;
- finalising each recording: masked spans decrypted, silenced and re-sealed.

Audio is fed as fast as the CPU allows; CPU per call is process CPU time divided by
(calls x seconds of audio), as a percentage of one core. Memory per call is the growth of
resident memory while the calls are live, divided by N. Target: under 2% of one core per
call, so our work never limits LiveKit's documented 10-25 calls per 4-core server.

Usage: ``python -m benchmarks.bench_voice [--calls 1,5,10] [--seconds 20] [--full]``
(``--full``: 1, 10, 25 and 50 calls of 60 s each).
"""

from __future__ import annotations

import argparse
import gc
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from livekit import rtc
from livekit.agents import LanguageCode, stt
from livekit.agents.types import TimedString

from receptionist.privacy.engine import default_engine
from receptionist.privacy.streaming import StreamingScanner
from receptionist.recording.guard import RecordingGuard
from receptionist.recording.recorder import CallRecorder
from receptionist.recording.vault import StoreRecordingVault
from receptionist.store.db import make_engine, upgrade
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.models import Call, Tenant
from receptionist.store.service import Store
from receptionist.voice.tap import CallAudioTap

FRAME_MS = 20
TARGET_PCT = 2.0
# What callers say, cycled: ordinary turns and one that reads a card number.
LINES = [
    "hello I am calling about my daughter who is off sick today",
    "she has a bad cough and a temperature so she will stay home",
    "my card number is 4111 1111 1111 1111 for the trip payment",
    "can someone call me back this afternoon please thank you",
]
WORD_MS = 320


@dataclass
class SimCall:
    """One simulated call: its tap, recorder, vault and where it is in its script."""

    tap: CallAudioTap
    recorder: CallRecorder
    vault: StoreRecordingVault
    line: int = 0


class SimClock:
    """The simulated wall clock every call's tap reads (audio time, not CPU time)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def rss_kib() -> int:
    """Resident memory of this process (Linux), KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def frames() -> tuple[rtc.AudioFrame, rtc.AudioFrame]:
    """A 20 ms caller frame at 48 kHz and a 20 ms agent frame at 24 kHz (speech-level noise)."""
    rng = np.random.default_rng(7)
    caller = (rng.standard_normal(960) * 3000).astype(np.int16).tobytes()
    agent = (rng.standard_normal(480) * 3000).astype(np.int16).tobytes()
    return rtc.AudioFrame(caller, 48000, 1, 960), rtc.AudioFrame(agent, 24000, 1, 480)


def open_calls(store: Store, n: int, clock: SimClock) -> list[SimCall]:
    engine = default_engine()
    calls: list[SimCall] = []
    with store.sessions() as session:
        tenant = Tenant(slug=f"bench-{os.getpid()}", name="Bench")
        session.add(tenant)
        session.flush()
        rows = [Call(tenant_id=tenant.id, reference=f"B{i:06d}", transport="voice") for i in range(n)]
        session.add_all(rows)
        session.commit()
        ids = [(tenant.id, r.id) for r in rows]
    for tenant_id, call_id in ids:
        vault = StoreRecordingVault(store.sessions, store.cipher, tenant_id=tenant_id, call_id=call_id)
        recorder = CallRecorder(vault)
        guard = RecordingGuard(recorder, engine, lambda: StreamingScanner(engine))
        tap = CallAudioTap(recorder, guard, clock=clock)
        recorder.start()
        calls.append(SimCall(tap, recorder, vault))
    return calls


def speech_event(kind: stt.SpeechEventType, words: list[str], start_s: float) -> stt.SpeechEvent:
    timed = [
        TimedString(w, start_time=start_s + i * WORD_MS / 1000, end_time=start_s + (i + 1) * WORD_MS / 1000,
                    start_time_offset=0.0)
        for i, w in enumerate(words)
    ]
    data = stt.SpeechData(language=LanguageCode("en-GB"), text=" ".join(words), words=timed)
    return stt.SpeechEvent(type=kind, alternatives=[data])


def run(n_calls: int, seconds: int, workdir: Path) -> dict[str, float]:
    """Simulate ``n_calls`` calls of ``seconds`` each; return CPU %, memory and counts per call."""
    engine = make_engine(f"sqlite:///{workdir / f'bench-{n_calls}-{seconds}.db'}")
    upgrade(engine)
    store = Store(engine, LocalKeyProvider(os.urandom(32)))
    clock = SimClock()
    caller_frame, agent_frame = frames()
    gc.collect()
    rss_before = rss_kib()
    calls = open_calls(store, n_calls, clock)
    ticks = seconds * 1000 // FRAME_MS
    utter_ticks = max(len(line.split()) for line in LINES) * WORD_MS // FRAME_MS + 10
    interims = finals = 0
    rss_peak = rss_before
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for tick in range(ticks):
        clock.now = tick * FRAME_MS / 1000
        at_ms = tick * FRAME_MS
        phase = tick % utter_ticks
        for i, call in enumerate(calls):
            call.tap.push_caller(caller_frame, at_ms=at_ms)
            # The receptionist talks in the gap after each caller line.
            if phase >= utter_ticks - 10:
                call.tap.push_agent(agent_frame)
            words = LINES[(call.line + i) % len(LINES)].split()
            heard = phase * FRAME_MS // WORD_MS
            if phase % 10 == 0 and 0 < heard <= len(words):  # an interim every 200 ms
                call.tap.on_speech(speech_event(stt.SpeechEventType.INTERIM_TRANSCRIPT, words[:heard], 0.0))
                interims += 1
            if phase == utter_ticks - 10:
                start_s = (at_ms - len(words) * WORD_MS) / 1000
                call.tap.on_speech(speech_event(stt.SpeechEventType.FINAL_TRANSCRIPT, words, start_s))
                call.line += 1
                finals += 1
        if tick % 500 == 0:
            rss_peak = max(rss_peak, rss_kib())
    masked = 0
    for call in calls:
        masked += call.recorder.finalise().masked_spans
        call.vault.close()
    cpu = time.process_time() - cpu0
    wall = time.perf_counter() - wall0
    rss_peak = max(rss_peak, rss_kib())
    engine.dispose()
    return {
        "calls": n_calls,
        "audio_s": seconds,
        "cpu_pct_per_call": 100 * cpu / (n_calls * seconds),
        "realtime_x": n_calls * seconds / wall,
        "mem_kib_per_call": (rss_peak - rss_before) / n_calls,
        "interims_per_call": interims / n_calls,
        "finals_per_call": finals / n_calls,
        "masked_per_call": masked / n_calls,
    }


def main(argv: Sequence[str] | None = None) -> None:
    """Print the per-call overhead table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", default="1,5,10", help="comma-separated simultaneous call counts")
    parser.add_argument("--seconds", type=int, default=20, help="seconds of audio per call")
    parser.add_argument("--full", action="store_true", help="1,10,25,50 calls of 60 s each")
    args = parser.parse_args(argv if argv is not None else [])
    counts = [1, 10, 25, 50] if args.full else [int(c) for c in args.calls.split(",")]
    seconds = 60 if args.full else args.seconds
    print(f"bench_voice: our per-call work on 20 ms frames (target < {TARGET_PCT:.0f}% of one core per call)")
    print(f"{'calls':>5} {'audio s':>7} {'CPU %/call':>10} {'x realtime':>10} {'mem KiB/call':>12} "
          f"{'interims':>8} {'finals':>6} {'masked':>6}  verdict")
    with tempfile.TemporaryDirectory() as tmp:
        run(1, 2, Path(tmp))  # warm-up: imports, the engine's tables and the resampler are paid once
        for n in counts:
            r = run(n, seconds, Path(tmp))
            verdict = "ok" if r["cpu_pct_per_call"] < TARGET_PCT else "OVER TARGET"
            print(f"{n:>5} {seconds:>7} {r['cpu_pct_per_call']:>10.3f} {r['realtime_x']:>10.1f} "
                  f"{r['mem_kib_per_call']:>12.0f} {r['interims_per_call']:>8.0f} {r['finals_per_call']:>6.0f} "
                  f"{r['masked_per_call']:>6.1f}  {verdict}")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
