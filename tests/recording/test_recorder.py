"""The recorder's state machine and chunking, on the in-memory vault."""

from __future__ import annotations

import pytest

from receptionist.privacy.types import Finding, ScanResult
from receptionist.recording.guard import RecordingGuard
from receptionist.recording.masking import MaskSpan, TimedWord, spans_to_mask
from receptionist.recording.recorder import CallRecorder, RecorderState
from receptionist.recording.vault import MemoryRecordingVault

RATE = 16000
FRAME_MS = 20
TONE = (b"\x10\x27" * (RATE * FRAME_MS // 1000))  # one 20 ms frame at a constant level


def run(actions: list[str], frames_between: int = 5) -> tuple[CallRecorder, MemoryRecordingVault]:
    """Apply actions like 'start', 'pause:payment', 'resume:payment', 'stop:objection',
    pushing ``frames_between`` caller frames after each."""
    vault = MemoryRecordingVault()
    rec = CallRecorder(vault, sample_rate=RATE, chunk_ms=100)
    clock = 0
    for action in actions:
        verb, _, reason = action.partition(":")
        getattr(rec, verb)(*( [reason] if reason else []))
        for _ in range(frames_between):
            rec.push("caller", TONE, at_ms=clock)
            clock += FRAME_MS
    return rec, vault


def kept_ms(vault: MemoryRecordingVault) -> int:
    return sum(c.duration_ms for c in vault.chunks.values())


@pytest.mark.parametrize(
    ("actions", "state", "kept"),
    [
        ([], RecorderState.IDLE, 0),
        (["start"], RecorderState.RECORDING, 100),
        (["start", "pause:payment"], RecorderState.PAUSED, 100),
        (["start", "pause:payment", "resume:payment"], RecorderState.RECORDING, 200),
        (["pause:payment", "start"], RecorderState.PAUSED, 0),
        (["start", "pause:payment", "pause:other", "resume:payment"], RecorderState.PAUSED, 100),
        (["start", "stop:objection"], RecorderState.STOPPED, 100),
        (["start", "stop:transfer", "start", "resume:payment"], RecorderState.STOPPED, 100),
        (["start", "stop:objection", "resume:payment"], RecorderState.STOPPED, 100),
    ],
)
def test_state_table(actions: list[str], state: RecorderState, kept: int) -> None:
    rec, vault = run(actions)
    assert rec.state is state
    rec.stop("end")
    assert kept_ms(vault) == kept


def test_gaps_split_chunks_and_offsets_are_exact() -> None:
    vault = MemoryRecordingVault()
    rec = CallRecorder(vault, sample_rate=RATE, chunk_ms=1000)
    rec.start()
    for at in (0, 20, 40, 500, 520):
        rec.push("agent", TONE, at_ms=at)
    rec.finalise()
    assert [(c.track, c.offset_ms, c.duration_ms) for c in vault.chunks.values()] == [
        ("agent", 0, 60),
        ("agent", 500, 40),
    ]
    assert vault.finalised_ms == 540


def test_pause_seals_the_partial_chunk_so_nothing_waits_in_memory() -> None:
    rec, vault = run(["start"], frames_between=2)
    assert vault.chunks == {}
    rec.pause("payment")
    assert kept_ms(vault) == 40


def test_never_started_recording_creates_nothing() -> None:
    rec, vault = run([], frames_between=10)
    outcome = rec.finalise()
    assert (outcome.recorded, vault.began, vault.chunks) == (False, False, {})


def test_unknown_track_is_refused() -> None:
    rec = CallRecorder(MemoryRecordingVault())
    with pytest.raises(ValueError, match="track"):
        rec.push("room", TONE, at_ms=0)


def test_masks_apply_only_inside_the_span() -> None:
    vault = MemoryRecordingVault()
    rec = CallRecorder(vault, sample_rate=RATE, chunk_ms=100)
    rec.start()
    for i in range(20):
        rec.push("caller", TONE, at_ms=i * FRAME_MS)
    rec.mask(MaskSpan("caller", 150, 250))
    rec.finalise()
    pcm = b"".join(c.pcm for c in vault.open_chunks("caller"))
    level = [max(pcm[i : i + 320]) for i in range(0, len(pcm), 320)]  # 10 ms windows
    assert [i for i, v in enumerate(level) if v == 0] == list(range(15, 25))


class Scripted:
    """Fake interim scanner: payment is in progress once any of ``triggers`` appears."""

    def __init__(self, triggers: tuple[str, ...]) -> None:
        self.triggers = triggers
        self.payment_in_progress = False

    def feed(self, partial_text: str) -> Scripted:
        self.payment_in_progress = any(t in partial_text for t in self.triggers)
        return self


class Engine:
    def __init__(self, payment_words: tuple[str, ...]) -> None:
        self.payment_words = payment_words

    def scan(self, text: str) -> ScanResult:
        findings = tuple(
            Finding("category", "payment_card", text.index(w), text.index(w) + len(w), 0.99)
            for w in self.payment_words
            if w in text
        )
        return ScanResult(text, text, findings)


@pytest.mark.parametrize(
    ("interims", "final", "paused_after_interim", "state_after_final"),
    [
        (["my card", "my card is 4111"], "my card is 4111", True, RecorderState.PAUSED),
        (["born in", "born in 1984"], "born in 1984", False, RecorderState.RECORDING),
        (["it is 4111"], "it is 4111 sorry no", True, RecorderState.PAUSED),
        (["just a question"], "just a question", False, RecorderState.RECORDING),
    ],
)
def test_guard_pauses_on_interim_and_resumes_after_a_clean_final(
    interims: list[str], final: str, paused_after_interim: bool, state_after_final: RecorderState
) -> None:
    rec = CallRecorder(MemoryRecordingVault())
    rec.start()
    guard = RecordingGuard(rec, Engine(("4111",)), lambda: Scripted(("4111",)))
    for text in interims:
        guard.on_interim(text)
    assert (rec.state is RecorderState.PAUSED) == paused_after_interim
    guard.on_final(final, [])
    assert rec.state is state_after_final
    guard.on_final("thank you", [])
    assert rec.state is RecorderState.RECORDING


@pytest.mark.parametrize(
    ("text", "words", "finding", "expected"),
    [
        ("card four one", [("card", 0, 300), ("four", 400, 600), ("one", 700, 900)], (5, 13), [(280, 1020)]),
        ("I have asthma", [("I", 0, 100), ("have", 200, 400), ("asthma", 500, 900)], (7, 13), [(380, 1020)]),
        # the words do not line up with the text: the whole utterance is silenced
        ("I have asthma", [("eye", 0, 100), ("halve", 200, 400)], (7, 13), [(0, 520)]),
        ("no findings", [("no", 0, 100)], None, []),
    ],
)
def test_word_timings_to_spans(
    text: str, words: list[tuple[str, int, int]], finding: tuple[int, int] | None, expected: list[tuple[int, int]]
) -> None:
    timed = [TimedWord(*w) for w in words]
    findings = [Finding("category", "health", *finding, 0.9)] if finding else []
    spans = spans_to_mask(text, timed, findings)
    assert [(s.start_ms, s.end_ms) for s in spans] == expected


def test_intent_findings_are_not_masked() -> None:
    timed = [TimedWord("a", 0, 100), TimedWord("human", 100, 200)]
    assert spans_to_mask("a human", timed, [Finding("intent", "human_request", 2, 7, 0.9)]) == []


def test_storage_failure_stops_recording_but_not_the_caller() -> None:
    vault = MemoryRecordingVault(fail_after=2)
    rec = CallRecorder(vault, sample_rate=RATE, chunk_ms=100)
    rec.start()
    for i in range(30):  # would be six chunks; the third fails
        rec.push("caller", TONE, at_ms=i * FRAME_MS)
    assert rec.state is RecorderState.STOPPED
    assert rec.transitions[-1] == (RecorderState.STOPPED, "storage_error")
    assert len(vault.chunks) == 2
    outcome = rec.finalise()
    assert outcome.recorded and outcome.chunks == 2
