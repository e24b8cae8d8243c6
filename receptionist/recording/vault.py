"""Where a call's recording lives: encrypted chunks, one row each.

:class:`RecordingVault` is the port the recorder writes through. :class:`StoreRecordingVault`
encrypts every chunk with the call's ``recording`` data key (so the ``recording`` retention
class shreds it) and writes a ``recording_chunks`` row; plaintext audio exists only in
process memory. :class:`MemoryRecordingVault` is the offline fake, with a knob to make
sealing fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from receptionist.store.base import new_id, utcnow
from receptionist.store.crypto import EnvelopeCipher, associated_data, open_sealed, seal
from receptionist.store.models import Recording, RecordingChunk

DATA_CLASS = "recording"
CHUNK_FIELD = "recording_chunks.data_enc"


@dataclass(frozen=True, slots=True)
class AudioChunk:
    """A run of one track's PCM, placed at ``offset_ms`` on the call's timeline."""

    seq: int
    track: str
    offset_ms: int
    duration_ms: int
    pcm: bytes = field(repr=False)


class RecordingVault(Protocol):
    """Encrypted storage for one call's recording.

    ``begin`` is called when recording first starts (consent given), ``seal`` for each chunk
    as it is captured, ``flush`` at every pause and stop, ``open_chunks``/``replace`` only
    while finalising (to silence masked spans), and ``finalise`` once at the end.
    """

    def begin(self, *, sample_rate: int, channels: int) -> str:
        """Create the recording and return its id."""
        ...

    def seal(self, chunk: AudioChunk) -> None:
        """Encrypt and keep one chunk."""
        ...

    def flush(self) -> None:
        """Persist chunks sealed so far."""
        ...

    def open_chunks(self, track: str) -> list[AudioChunk]:
        """Decrypt one track's chunks, in order, for in-process masking."""
        ...

    def replace(self, chunk: AudioChunk) -> None:
        """Re-encrypt a chunk (same seq) after masking."""
        ...

    def finalise(self, *, duration_ms: int) -> None:
        """Mark the recording complete; no chunk changes afterwards."""
        ...


class StoreRecordingVault:
    """Chunks encrypted with the store's envelope cipher into ``recording_chunks``.

    One session lives for the call, so the unwrapped data key is fetched once. Chunks are
    encrypted the moment they are complete; the ciphertext rows are written ``batch`` at a
    time (and at every pause, stop and finalise), so a worker crash loses at most a few
    seconds of audio, and none of it was ever on disk in plaintext.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        cipher: EnvelopeCipher,
        *,
        tenant_id: str,
        call_id: str,
        batch: int = 5,
    ) -> None:
        self._session = sessions()
        self._cipher = cipher
        self._tenant_id = tenant_id
        self._call_id = call_id
        self._recording_id: str | None = None
        self._key: bytes | None = None
        self._pending: list[dict[str, object]] = []
        self._batch = batch

    @property
    def recording_id(self) -> str | None:
        """The recording row's id, once recording has begun."""
        return self._recording_id

    def begin(self, *, sample_rate: int, channels: int) -> str:
        """Insert the ``recordings`` row and make the call's ``recording`` data key."""
        recording = Recording(call_id=self._call_id, sample_rate=sample_rate, channels=channels)
        self._session.add(recording)
        self._session.flush()
        self._key = self._cipher.data_key(
            self._session, tenant_id=self._tenant_id, call_id=self._call_id, data_class=DATA_CLASS, create=True
        )
        self._session.commit()
        self._recording_id = recording.id
        return recording.id

    def seal(self, chunk: AudioChunk) -> None:
        """Encrypt now, with AAD bound to the chunk's row; the row is written with its batch."""
        row_id = new_id()
        self._pending.append(
            {
                "id": row_id,
                "recording_id": self._require_id(),
                "seq": chunk.seq,
                "track": chunk.track,
                "offset_ms": chunk.offset_ms,
                "duration_ms": chunk.duration_ms,
                "data_enc": self._seal(row_id, chunk.pcm),
            }
        )
        if len(self._pending) >= self._batch:
            self.flush()

    def flush(self) -> None:
        """Write the encrypted chunks waiting in memory."""
        if self._pending:
            self._session.execute(insert(RecordingChunk), self._pending)
            self._session.commit()
            self._pending = []

    def open_chunks(self, track: str) -> list[AudioChunk]:
        """Decrypt the track's chunks (processing inside the worker, not a human read)."""
        self.flush()
        rows = self._session.scalars(
            select(RecordingChunk)
            .where(RecordingChunk.recording_id == self._require_id(), RecordingChunk.track == track)
            .order_by(RecordingChunk.seq)
        ).all()
        return [
            AudioChunk(r.seq, r.track, r.offset_ms, r.duration_ms, self._open(r.id, r.data_enc)) for r in rows
        ]

    def replace(self, chunk: AudioChunk) -> None:
        """Overwrite one chunk's ciphertext with the masked audio."""
        row = self._session.scalars(
            select(RecordingChunk).where(
                RecordingChunk.recording_id == self._require_id(), RecordingChunk.seq == chunk.seq
            )
        ).one()
        row.data_enc = self._seal(row.id, chunk.pcm)
        self._session.commit()

    def finalise(self, *, duration_ms: int) -> None:
        """Mark the row finalised and release the session (and the key it caches)."""
        self.flush()
        recording = self._session.get(Recording, self._require_id())
        if recording is not None:
            recording.status = "finalised"
            recording.duration_ms = duration_ms
            recording.finalised_at = utcnow()
        self._session.commit()
        self.close()

    def close(self) -> None:
        """Write what is pending, then drop the session and the cached key."""
        if self._pending and self._key is not None:
            self.flush()
        self._key = None
        self._session.close()

    def _require_id(self) -> str:
        if self._recording_id is None:
            raise RuntimeError("recording has not begun")
        return self._recording_id

    def _seal(self, row_id: str, pcm: bytes) -> bytes:
        assert self._key is not None
        return seal(self._key, associated_data(self._tenant_id, self._call_id, CHUNK_FIELD, row_id), pcm)

    def _open(self, row_id: str, blob: bytes) -> bytes:
        assert self._key is not None
        aad = associated_data(self._tenant_id, self._call_id, CHUNK_FIELD, row_id)
        return open_sealed(self._key, aad, blob, what=f"recording chunk {row_id}")


class MemoryRecordingVault:
    """In-memory fake. ``fail_after`` makes the n-th and later ``seal`` calls raise OSError."""

    def __init__(self, *, fail_after: int | None = None) -> None:
        self.chunks: dict[int, AudioChunk] = {}
        self.sample_rate = 0
        self.channels = 0
        self.began = False
        self.flushes = 0
        self.finalised_ms: int | None = None
        self.fail_after = fail_after

    def begin(self, *, sample_rate: int, channels: int) -> str:
        """Remember the format; the id is fixed."""
        self.began, self.sample_rate, self.channels = True, sample_rate, channels
        return "memory"

    def seal(self, chunk: AudioChunk) -> None:
        """Keep the chunk, or fail when the knob says so."""
        if self.fail_after is not None and len(self.chunks) >= self.fail_after:
            raise OSError("vault unavailable")
        self.chunks[chunk.seq] = chunk

    def flush(self) -> None:
        """Count flushes (chunks are kept as they are sealed)."""
        self.flushes += 1

    def open_chunks(self, track: str) -> list[AudioChunk]:
        """The track's chunks in sequence order."""
        return [c for _, c in sorted(self.chunks.items()) if c.track == track]

    def replace(self, chunk: AudioChunk) -> None:
        """Swap in the masked chunk."""
        self.chunks[chunk.seq] = chunk

    def finalise(self, *, duration_ms: int) -> None:
        """Record the final duration."""
        self.finalised_ms = duration_ms
