"""Crypto-shredding of (call, data class) items, in bulk and one at a time.

Shredding an item means: hash its ciphertext (for the deletion record), destroy the
wrapped data key, and remove the ciphertext from every table that holds that class. The
same set-based functions serve the retention sweep (hundreds of calls per statement),
early deletion and erasure requests, so there is one definition of "what belongs to a
class" and it lives in ``_take`` below. The deletion record's hash is SHA-256 over the
item's ciphertexts, length-prefixed, in a fixed order, so it identifies exactly what was
destroyed without keeping any of it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import String, Table, any_, delete, literal, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from receptionist.store.crypto import forget, is_well_formed
from receptionist.store.models import (
    Call,
    DataKey,
    DeletionRecord,
    Escalation,
    EscalationNote,
    FindingRecord,
    OutboxMessage,
    Recording,
    RecordingChunk,
    Summary,
    Turn,
)

_DELETION_RECORDS = cast(Table, DeletionRecord.__table__)
SHREDDABLE_CLASSES: tuple[str, ...] = ("recording", "transcript", "call_metadata", "summary", "escalation")
_ESCALATION_KIND = "escalation_%"


@dataclass(slots=True)
class ItemDigest:
    """SHA-256 over one item's ciphertexts, plus how many of them were malformed."""

    hasher: Any = field(default_factory=hashlib.sha256)
    blobs: int = 0
    corrupt: int = 0

    def add(self, blob: bytes | None) -> None:
        """Fold one ciphertext in (length-prefixed, so boundaries count)."""
        if blob is None:
            return
        data = bytes(blob)
        self.hasher.update(len(data).to_bytes(8, "big") + data)
        self.blobs += 1
        if not is_well_formed(data):
            self.corrupt += 1


Blob = tuple[str, tuple[Any, ...], bytes | None]  # (call id, order within the item, ciphertext)


def _match(col: Any, ids: Sequence[str], pg: bool) -> Any:
    # One array parameter on PostgreSQL instead of a thousand bound values.
    return col == any_(literal(list(ids), ARRAY(String))) if pg else col.in_(ids)


def _take(session: Session, data_class: str, ids: Sequence[str], now: datetime) -> list[Blob]:
    """Remove the class's ciphertext for ``ids`` and return what was removed.

    Rows that exist only to hold the class's content (turns, findings, chunks, summaries)
    are deleted with RETURNING, which reads and removes in one pass; rows that carry other
    facts (the call, the escalation case, outbox messages) keep those and lose the ciphertext.
    """
    pg = session.get_bind().dialect.name == "postgresql"
    sync = {"synchronize_session": False}
    out: list[Blob] = []
    if data_class == "recording":
        found = session.execute(select(Recording.id, Recording.call_id).where(_match(Recording.call_id, ids, pg)))
        owners: dict[str, str] = {rec_id: call_id for rec_id, call_id in found}
        if owners:
            gone = session.execute(
                delete(RecordingChunk)
                .where(_match(RecordingChunk.recording_id, list(owners), pg))
                .returning(RecordingChunk.recording_id, RecordingChunk.seq, RecordingChunk.data_enc),
                execution_options=sync,
            )
            out += [(owners[rid], (rid, seq), blob) for rid, seq, blob in gone]
            session.execute(update(Recording).where(_match(Recording.id, list(owners), pg)).values(status="deleted"), execution_options=sync)
    elif data_class == "transcript":
        gone_f = session.execute(
            delete(FindingRecord)
            .where(_match(FindingRecord.call_id, ids, pg))
            .returning(FindingRecord.call_id, FindingRecord.id, FindingRecord.excerpt_enc),
            execution_options=sync,
        )
        out += [(cid, (1, fid), blob) for cid, fid, blob in gone_f]
        gone_t = session.execute(
            delete(Turn).where(_match(Turn.call_id, ids, pg)).returning(Turn.call_id, Turn.seq, Turn.text_enc),
            execution_options=sync,
        )
        out += [(cid, (0, seq), blob) for cid, seq, blob in gone_t]
    elif data_class == "call_metadata":
        cols = (Call.caller_number_enc, Call.caller_name_enc, Call.callback_number_enc, Call.reason_enc, Call.message_enc)
        for row in session.execute(select(Call.id, *cols).where(_match(Call.id, ids, pg))):
            out += [(row[0], (n,), blob) for n, blob in enumerate(row[1:])]
        # The number hashes are pseudonymous personal data too: they go with the numbers.
        session.execute(
            update(Call)
            .where(_match(Call.id, ids, pg))
            .values(
                caller_number_enc=None,
                caller_name_enc=None,
                callback_number_enc=None,
                reason_enc=None,
                message_enc=None,
                caller_number_hash=None,
                callback_number_hash=None,
                deleted_at=now,
            ),
            execution_options=sync,
        )
    elif data_class == "summary":
        gone_s = session.execute(
            delete(Summary)
            .where(_match(Summary.call_id, ids, pg))
            .returning(Summary.call_id, Summary.text_enc, Summary.crm_payload_enc),
            execution_options=sync,
        )
        for cid, text_blob, crm_blob in gone_s:
            out += [(cid, (0,), text_blob), (cid, (1,), crm_blob)]
        out += _null_outbox(session, ids, pg, escalation=False)
    elif data_class == "escalation":
        cases = session.execute(
            select(Escalation.call_id, Escalation.id, Escalation.caller_words_enc).where(_match(Escalation.call_id, ids, pg))
        ).all()
        out += [(cid, (0, eid), blob) for cid, eid, blob in cases]
        case_call = {eid: cid for cid, eid, _ in cases}
        if case_call:
            notes = session.execute(
                select(EscalationNote.escalation_id, EscalationNote.id, EscalationNote.text_enc).where(
                    _match(EscalationNote.escalation_id, list(case_call), pg)
                )
            )
            out += [(case_call[eid], (1, eid, nid), blob) for eid, nid, blob in notes]
            session.execute(
                update(EscalationNote).where(_match(EscalationNote.escalation_id, list(case_call), pg)).values(text_enc=None),
                execution_options=sync,
            )
            session.execute(
                update(Escalation).where(_match(Escalation.id, list(case_call), pg)).values(caller_words_enc=None),
                execution_options=sync,
            )
        out += _null_outbox(session, ids, pg, escalation=True)
    else:
        raise ValueError(f"data class {data_class!r} cannot be shredded")
    return out


def _null_outbox(session: Session, ids: Sequence[str], pg: bool, *, escalation: bool) -> list[Blob]:
    # Outbox payloads live and die with their source class (see receptionist.outbox.service).
    kind = OutboxMessage.kind.like(_ESCALATION_KIND) if escalation else OutboxMessage.kind.not_like(_ESCALATION_KIND)
    where = (_match(OutboxMessage.call_id, ids, pg), kind, OutboxMessage.payload_enc.is_not(None))
    rows = session.execute(select(OutboxMessage.call_id, OutboxMessage.id, OutboxMessage.payload_enc).where(*where)).all()
    if rows:
        session.execute(
            update(OutboxMessage).where(*where).values(payload_enc=None), execution_options={"synchronize_session": False}
        )
    return [(cid or "", (2, mid), blob) for cid, mid, blob in rows]


@dataclass(frozen=True, slots=True)
class ShredTarget:
    """One live data key to destroy: (tenant, call, class) and the key row id."""

    tenant_id: str
    call_id: str
    data_class: str
    key_id: str


def shred_batch(
    session: Session,
    targets: Sequence[ShredTarget],
    *,
    rule: Callable[[ShredTarget], str],
    now: datetime,
    note: str | None = None,
) -> dict[str, ItemDigest]:
    """Shred many items of ONE data class in a few statements; returns digests by call id."""
    if not targets:
        return {}
    classes = {t.data_class for t in targets}
    if len(classes) != 1:
        raise ValueError("shred_batch takes one data class at a time")
    (data_class,) = classes
    ids = [t.call_id for t in targets]
    digests = {cid: ItemDigest() for cid in ids}
    for call_id, _order, blob in sorted(_take(session, data_class, ids, now), key=lambda b: (b[0], b[1])):
        digests[call_id].add(blob)
    pg = session.get_bind().dialect.name == "postgresql"
    session.connection().execute(
        _DELETION_RECORDS.insert(),
        [
            {
                "id": t.key_id,  # one record per destroyed key: a second shred of it cannot double-count
                "tenant_id": t.tenant_id,
                "call_id": t.call_id,
                "data_class": data_class,
                "item_id": t.key_id,
                "rule": rule(t),
                "deleted_at": now,
                "content_hash": digests[t.call_id].hasher.hexdigest(),
                "note": _note(note, digests[t.call_id]),
            }
            for t in targets
        ],
    )
    session.execute(
        update(DataKey)
        .where(_match(DataKey.id, [t.key_id for t in targets], pg))
        .values(wrapped_key=None, destroyed_at=now),
        execution_options={"synchronize_session": False},
    )
    for t in targets:
        forget(session, call_id=t.call_id, data_class=data_class)
    return digests


def _note(note: str | None, digest: ItemDigest) -> str | None:
    if not digest.corrupt:
        return note
    warning = f"{digest.corrupt} of {digest.blobs} ciphertexts were malformed before deletion"
    return f"{note}; {warning}" if note else warning


def take_write_lock(session: Session) -> None:
    """On SQLite, start the transaction with a write so concurrent sweeps queue instead of colliding."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE data_keys SET id = id WHERE id = ''"))
