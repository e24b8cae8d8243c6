"""Playing a recording back: decrypted only here, and every play is audited.

Returns a stereo WAV (caller left, agent right) built in memory. The reader must give a
reason; the read is written to the audit log in the same transaction, so a recording can
never be heard without leaving a trace.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.recording.pcm import place, wav_bytes
from receptionist.recording.recorder import TRACKS
from receptionist.recording.vault import CHUNK_FIELD, DATA_CLASS
from receptionist.store import audit
from receptionist.store.crypto import EnvelopeCipher
from receptionist.store.models import Call, Recording, RecordingChunk


class RecordingNotFoundError(LookupError):
    """No finalised recording with that id is visible to the reader."""


@dataclass(frozen=True, slots=True)
class Playback:
    """A decrypted recording ready to serve."""

    recording_id: str
    call_id: str
    wav: bytes
    duration_ms: int


def read_recording(
    session: Session,
    cipher: EnvelopeCipher,
    recording_id: str,
    *,
    actor: str,
    reason: str,
    tenant_id: str | None = None,
) -> Playback:
    """Decrypt a finalised recording into a WAV and audit the read as ``recording.read``.

    ``tenant_id`` scopes the lookup for tenant users; a recording of another tenant looks
    exactly like a missing one. Raises :class:`ShreddedError` once retention destroyed the key.
    """
    if not reason.strip():
        raise ValueError("a reason is required to play a recording")
    row = session.execute(
        select(Recording, Call.tenant_id).join(Call, Call.id == Recording.call_id).where(Recording.id == recording_id)
    ).one_or_none()
    if row is None or row[0].status != "finalised" or (tenant_id is not None and row[1] != tenant_id):
        raise RecordingNotFoundError(f"no finalised recording {recording_id}")
    recording, owner_tenant = row[0], row[1]
    chunks = session.scalars(
        select(RecordingChunk).where(RecordingChunk.recording_id == recording.id).order_by(RecordingChunk.seq)
    ).all()
    tracks: list[list[tuple[int, bytes]]] = [[] for _ in TRACKS]
    for chunk in chunks:
        pcm = cipher.decrypt(
            session,
            tenant_id=owner_tenant,
            call_id=recording.call_id,
            data_class=DATA_CLASS,
            field=CHUNK_FIELD,
            owner_id=chunk.id,
            blob=chunk.data_enc,
        )
        if chunk.track in TRACKS:
            tracks[TRACKS.index(chunk.track)].append((chunk.offset_ms, pcm))
    audit.record(
        session,
        actor=actor,
        action="recording.read",
        tenant_id=owner_tenant,
        target_type="recording",
        target_id=recording.id,
        reason=reason,
        details={"call_id": recording.call_id, "chunks": len(chunks)},
    )
    wav = wav_bytes(place(tracks, recording.sample_rate), sample_rate=recording.sample_rate, channels=len(TRACKS))
    return Playback(recording.id, recording.call_id, wav, recording.duration_ms)
