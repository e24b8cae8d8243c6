"""Real speech (espeak-ng) through the recorder into the encrypted store: masked spans are
silent after finalising, everything else is bit-for-bit what was captured."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from receptionist.privacy.types import Finding, ScanResult
from receptionist.recording.guard import RecordingGuard
from receptionist.recording.pcm import ms_to_samples, read_wav, rms, samples
from receptionist.recording.playback import read_recording
from receptionist.recording.recorder import CallRecorder
from receptionist.recording.vault import StoreRecordingVault
from receptionist.store.models import AuditEvent, Call, Recording, RecordingChunk
from receptionist.store.service import Store

RATE = 16000
FRAME = 320 * 2  # 20 ms of 16-bit mono
SILENT_RMS = 1.0
SPEECH_RMS = 200.0


class WordFinder:
    """Fake engine: reports ``label`` for each listed word present (exact spans)."""

    def __init__(self, label: str, words: set[str]) -> None:
        self.label, self.words = label, words

    def scan(self, text: str) -> ScanResult:
        findings = []
        cursor = 0
        for token in text.split():
            at = text.index(token, cursor)
            cursor = at + len(token)
            if token in self.words:
                findings.append(Finding("category", self.label, at, cursor, 0.9))
        return ScanResult(text, text, tuple(findings))


class NoPayment:
    payment_in_progress = False

    def feed(self, partial_text: str) -> NoPayment:
        return self


def record(store: Store, call: Call, speech_pcm: bytes, guard_words: list, scanner: WordFinder, text: str) -> str:
    vault = StoreRecordingVault(store.sessions, store.cipher, tenant_id=call.tenant_id, call_id=call.id)
    recorder = CallRecorder(vault, sample_rate=RATE, chunk_ms=500)
    guard = RecordingGuard(recorder, scanner, NoPayment)
    recorder.start("consent")
    for i in range(0, len(speech_pcm), FRAME):
        recorder.push("caller", speech_pcm[i : i + FRAME], at_ms=i // 2 * 1000 // RATE)
    guard.on_final(text, guard_words)
    outcome = recorder.finalise()
    assert outcome.recorded and outcome.masked_spans >= 1
    assert vault.recording_id is not None
    return vault.recording_id


def span_pcm(pcm: bytes, start_ms: int, end_ms: int) -> bytes:
    return pcm[ms_to_samples(start_ms, RATE) * 2 : ms_to_samples(end_ms, RATE) * 2]


@pytest.mark.parametrize(
    ("text", "label", "masked"),
    [
        ("my card is four one one one and thanks", "payment_card", {"four", "one"}),
        ("I have been having chemotherapy this month", "health", {"chemotherapy"}),
        ("please call me back my diagnosis is diabetes sorry", "health", {"diagnosis", "diabetes"}),
    ],
)
def test_masked_words_are_silent_and_the_rest_intact(
    store: Store, call: Call, speak: Callable[[str], object], text: str, label: str, masked: set[str]
) -> None:
    speech = speak(text)
    recording_id = record(store, call, speech.pcm, speech.words, WordFinder(label, masked), text)  # type: ignore[attr-defined]

    with store.sessions() as session:
        playback = read_recording(session, store.cipher, recording_id, actor="staff:test", reason="quality check")
        session.commit()
    stereo, rate, channels = read_wav(playback.wav)
    assert (rate, channels) == (RATE, 2)
    caller = samples(stereo)[0::2].tobytes()

    for word in speech.words:  # type: ignore[attr-defined]
        original = span_pcm(speech.pcm, word.start_ms, word.end_ms)  # type: ignore[attr-defined]
        heard = span_pcm(caller, word.start_ms, word.end_ms)
        if word.text in masked:
            assert rms(original) > SPEECH_RMS, f"{word.text!r} should be speech before masking"
            assert rms(heard) < SILENT_RMS, f"{word.text!r} should be silenced"
        else:
            assert heard == original, f"{word.text!r} should be untouched"


def test_no_plaintext_audio_in_the_database_and_read_is_audited(
    store: Store, call: Call, speak: Callable[[str], object]
) -> None:
    speech = speak("my card is four one one one")
    recording_id = record(store, call, speech.pcm, speech.words, WordFinder("payment_card", {"four"}), speech.text)  # type: ignore[attr-defined]
    with store.sessions() as session:
        blobs = session.scalars(select(RecordingChunk.data_enc)).all()
        assert blobs
        for blob in blobs:
            # A 40 ms window of the original speech never appears in any stored blob.
            probe = speech.pcm[16000:17280]  # type: ignore[attr-defined]
            assert probe not in blob
        recording = session.get(Recording, recording_id)
        assert recording is not None and recording.status == "finalised" and recording.channels == 2
        assert session.scalar(select(AuditEvent).where(AuditEvent.action == "recording.read")) is None
        read_recording(session, store.cipher, recording_id, actor="lead:1", reason="safeguarding review")
        session.commit()
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "recording.read")).all()
        assert [(e.actor, e.target_id, e.reason) for e in events] == [("lead:1", recording_id, "safeguarding review")]
        with pytest.raises(ValueError, match="reason"):
            read_recording(session, store.cipher, recording_id, actor="lead:1", reason=" ")
