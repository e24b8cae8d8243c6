"""The call recorder: a small state machine that buffers, seals and finally masks audio.

States: ``idle`` (no consent yet) → ``recording`` ⇄ ``paused`` → ``stopped`` → ``finalised``.
Pausing is by reason (``payment`` today): recording resumes only when every pause reason
has cleared. ``stop`` is final: after an objection or a transfer nothing more is captured,
even if the transfer fails and the call carries on.

Audio arrives as 16-bit mono PCM per track (``caller``, ``agent``) at the recorder's
sample rate, each piece stamped with its place on the call timeline. Pieces are joined
into chunks of about ``chunk_ms`` and sealed (encrypted) as soon as a chunk is full, so
at most one chunk per track is ever held in plaintext, and only in memory.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from receptionist.recording.masking import MaskSpan, merge
from receptionist.recording.pcm import SAMPLE_WIDTH, ms_to_samples, silence_range
from receptionist.recording.vault import AudioChunk, RecordingVault

logger = logging.getLogger(__name__)

TRACKS: tuple[str, ...] = ("caller", "agent")


class RecorderState(StrEnum):
    """Where the recorder is in its life."""

    IDLE = "idle"
    RECORDING = "recording"
    PAUSED = "paused"
    STOPPED = "stopped"
    FINALISED = "finalised"


@dataclass(slots=True)
class _Buffer:
    offset_ms: int
    pcm: bytearray


@dataclass(frozen=True, slots=True)
class RecordingOutcome:
    """What finalising produced: counts and ms only, safe to log."""

    recorded: bool
    chunks: int
    duration_ms: int
    masked_spans: int


class CallRecorder:
    """Records one call through a :class:`RecordingVault`; see the module docstring for states."""

    def __init__(self, vault: RecordingVault, *, sample_rate: int = 16000, chunk_ms: int = 1000) -> None:
        self._vault = vault
        self.sample_rate = sample_rate
        self._chunk_bytes = ms_to_samples(chunk_ms, sample_rate) * SAMPLE_WIDTH
        self._state = RecorderState.IDLE
        self._pauses: set[str] = set()
        self._buffers: dict[str, _Buffer] = {}
        self._masks: list[MaskSpan] = []
        self._seq = 0
        self._end_ms = 0
        self._began = False
        self.transitions: list[tuple[RecorderState, str]] = []

    @property
    def state(self) -> RecorderState:
        """The current state."""
        return self._state

    @property
    def capturing(self) -> bool:
        """True while audio pushed now would be kept."""
        return self._state is RecorderState.RECORDING

    def start(self, reason: str = "consent") -> None:
        """Begin capturing, as consent allows. Ignored once stopped: consent cannot undo an objection."""
        if self._state is not RecorderState.IDLE:
            return
        if not self._began:
            self._vault.begin(sample_rate=self.sample_rate, channels=len(TRACKS))
            self._began = True
        self._move(RecorderState.PAUSED if self._pauses else RecorderState.RECORDING, reason)

    def pause(self, reason: str) -> None:
        """Stop keeping audio until ``resume(reason)``; the partial chunk is sealed first."""
        self._pauses.add(reason)
        if self._state is RecorderState.RECORDING:
            self._flush_all()
            self._move(RecorderState.PAUSED, reason)

    def resume(self, reason: str | None = None) -> None:
        """Clear one pause reason (all when ``None``); capture restarts when none is left."""
        if reason is None:
            self._pauses.clear()
        else:
            self._pauses.discard(reason)
        if self._state is RecorderState.PAUSED and not self._pauses:
            self._move(RecorderState.RECORDING, reason or "resume")

    def stop(self, reason: str) -> None:
        """Stop for good (objection, transfer, hang-up). Buffered audio is sealed."""
        if self._state in (RecorderState.STOPPED, RecorderState.FINALISED):
            return
        self._flush_all()
        self._move(RecorderState.STOPPED, reason)

    def push(self, track: str, pcm: bytes, at_ms: int) -> None:
        """Offer audio heard/spoken at ``at_ms``; kept only while recording."""
        if track not in TRACKS:
            raise ValueError(f"unknown track {track!r}")
        if self._state is not RecorderState.RECORDING or not pcm:
            return
        buffer = self._buffers.get(track)
        if buffer is not None:
            expected = buffer.offset_ms + self._ms(len(buffer.pcm))
            # A gap (agent silence between replies, a pause) starts a new chunk, so every
            # chunk is one contiguous run and offsets stay exact.
            if abs(at_ms - expected) > 5:
                self._flush(track)
                buffer = None
        if buffer is None:
            buffer = self._buffers[track] = _Buffer(at_ms, bytearray())
        buffer.pcm += pcm
        self._end_ms = max(self._end_ms, at_ms + self._ms(len(pcm)))
        if len(buffer.pcm) >= self._chunk_bytes:
            self._flush(track)

    def mask(self, span: MaskSpan) -> None:
        """Silence a span at finalisation (STT word timings of a masked finding)."""
        self._masks.append(span)

    def finalise(self) -> RecordingOutcome:
        """Seal what is buffered, silence masked spans, and close the recording."""
        if self._state is RecorderState.FINALISED:
            raise RuntimeError("recording already finalised")
        self.stop("end")
        masked = merge(self._masks)
        if self._began:
            for track in TRACKS:
                self._apply_masks(track, [m for m in masked if m.track == track])
            self._vault.finalise(duration_ms=self._end_ms)
        self._move(RecorderState.FINALISED, "end")
        return RecordingOutcome(self._began, self._seq, self._end_ms, len(masked))

    def _apply_masks(self, track: str, spans: list[MaskSpan]) -> None:
        if not spans:
            return
        for chunk in self._vault.open_chunks(track):
            chunk_end = chunk.offset_ms + chunk.duration_ms
            pcm = chunk.pcm
            for span in spans:
                if span.start_ms < chunk_end and span.end_ms > chunk.offset_ms:
                    lo = ms_to_samples(span.start_ms - chunk.offset_ms, self.sample_rate)
                    hi = ms_to_samples(span.end_ms - chunk.offset_ms, self.sample_rate)
                    pcm = silence_range(pcm, lo, hi)
            if pcm is not chunk.pcm:
                self._vault.replace(AudioChunk(chunk.seq, chunk.track, chunk.offset_ms, chunk.duration_ms, pcm))

    def _flush_all(self) -> None:
        for track in list(self._buffers):
            self._flush(track)
        self._vault.flush()

    def _flush(self, track: str) -> None:
        buffer = self._buffers.pop(track, None)
        if buffer is None or not buffer.pcm:
            return
        chunk = AudioChunk(self._seq, track, buffer.offset_ms, self._ms(len(buffer.pcm)), bytes(buffer.pcm))
        try:
            self._vault.seal(chunk)
        except Exception as exc:
            # Losing the recording must never lose the call: stop recording, keep answering.
            logger.error("recording stopped: chunk could not be stored", extra={"error": type(exc).__name__})
            self._buffers.clear()
            self._move(RecorderState.STOPPED, "storage_error")
            return
        self._seq += 1

    def _ms(self, n_bytes: int) -> int:
        return n_bytes // SAMPLE_WIDTH * 1000 // self.sample_rate

    def _move(self, state: RecorderState, reason: str) -> None:
        self._state = state
        self.transitions.append((state, reason))
        logger.info("recorder %s (%s)", state.value, reason)
