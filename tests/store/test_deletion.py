"""Early deletion of each class removes exactly that class's ciphertext, and the record's hash matches it."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from receptionist.store.base import new_id, utcnow
from receptionist.store.deletion import HeldError, delete_now
from receptionist.store.holds import place_hold
from receptionist.store.models import (
    Call,
    DataKey,
    DeletionRecord,
    Escalation,
    EscalationNote,
    OutboxMessage,
    Recording,
    RecordingChunk,
    Summary,
)
from receptionist.store.service import Store

from .conftest import make_call


def _enc(store: Store, session: object, call: Call, data_class: str, field: str, owner: str, value: bytes) -> bytes:
    return store.cipher.encrypt(
        session,  # type: ignore[arg-type]
        tenant_id=call.tenant_id,
        call_id=call.id,
        data_class=data_class,
        field=field,
        owner_id=owner,
        value=value,
    )


def _seed_extras(store: Store, call_id: str) -> dict[str, list[bytes]]:
    """A recording with two chunks, an escalation with a note, and one outbox message of each kind."""
    blobs: dict[str, list[bytes]] = {"recording": [], "escalation": [], "summary_outbox": []}
    with store.sessions.begin() as session:
        call = session.get(Call, call_id)
        assert call is not None
        rec = Recording(id=new_id(), call_id=call_id)
        session.add(rec)
        session.flush()
        for seq in (1, 2):
            chunk_id = new_id()
            blob = _enc(store, session, call, "recording", "recording_chunks.data_enc", chunk_id, bytes([seq]) * 320)
            session.add(RecordingChunk(id=chunk_id, recording_id=rec.id, seq=seq, data_enc=blob))
            blobs["recording"].append(blob)
        esc = Escalation(id=new_id(), tenant_id=call.tenant_id, call_id=call_id, case_code=new_id()[:8], subtype="child_abuse")
        esc.caller_words_enc = _enc(store, session, call, "escalation", "escalation.caller_words", esc.id, b"words")
        session.add(esc)
        session.flush()
        note = EscalationNote(id=new_id(), escalation_id=esc.id, author="lead", at=utcnow())
        note.text_enc = _enc(store, session, call, "escalation", "escalation_note.text", note.id, b"note")
        session.add(note)
        blobs["escalation"] += [esc.caller_words_enc, note.text_enc]
        for kind, cls in (("escalation_sms", "escalation"), ("crm", "summary")):
            msg = OutboxMessage(id=new_id(), tenant_id=call.tenant_id, call_id=call_id, kind=kind, target="t", idempotency_key=new_id())
            msg.payload_enc = _enc(store, session, call, cls, "outbox.payload", msg.id, b"{}")
            session.add(msg)
            (blobs["escalation"] if cls == "escalation" else blobs["summary_outbox"]).append(msg.payload_enc)
    return blobs


def _digest(blobs: list[bytes]) -> str:
    h = hashlib.sha256()
    for b in blobs:
        h.update(len(b).to_bytes(8, "big") + b)
    return h.hexdigest()


def test_delete_recording_now(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    blobs = _seed_extras(store, call_id)
    with store.sessions.begin() as session:
        record = delete_now(session, call_id=call_id, data_class="recording", actor="admin", note="caller asked")
        assert record is not None and record.rule == "early:request" and record.note == "caller asked"
        assert record.content_hash == _digest(blobs["recording"])
        assert session.scalars(select(RecordingChunk)).all() == []
        assert session.scalars(select(Recording.status)).all() == ["deleted"]
        # everything else is untouched
        assert session.scalars(select(Escalation.caller_words_enc)).one() is not None
    with store.sessions.begin() as session:
        assert delete_now(session, call_id=call_id, data_class="recording", actor="admin", note="again") is None


def test_delete_escalation_class_clears_cases_notes_and_their_outbox(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    blobs = _seed_extras(store, call_id)
    with store.sessions.begin() as session:
        record = delete_now(session, call_id=call_id, data_class="escalation", actor="admin", note=None)
        assert record is not None
        assert record.content_hash == _digest(blobs["escalation"])
        assert session.scalars(select(Escalation.caller_words_enc)).all() == [None]
        assert session.scalars(select(EscalationNote.text_enc)).all() == [None]
        payloads = dict(session.execute(select(OutboxMessage.kind, OutboxMessage.payload_enc)).all())
        assert payloads["escalation_sms"] is None and payloads["crm"] is not None
        assert session.scalars(select(Summary.text_enc)).one() is not None


def test_delete_summary_class_takes_integration_payloads(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    _seed_extras(store, call_id)
    with store.sessions.begin() as session:
        delete_now(session, call_id=call_id, data_class="summary", actor="admin", note=None)
        payloads = dict(session.execute(select(OutboxMessage.kind, OutboxMessage.payload_enc)).all())
        assert payloads["crm"] is None and payloads["escalation_sms"] is not None
        assert session.scalars(select(Summary)).all() == []
        key = session.scalars(select(DataKey).where(DataKey.data_class == "summary")).one()
        assert key.wrapped_key is None and key.destroyed_at is not None
        assert session.scalars(select(DeletionRecord.data_class)).all() == ["summary"]


@pytest.mark.parametrize("bad", ["audit", "everything", ""])
def test_unknown_class_is_refused(store: Store, tenant_id: str, bad: str) -> None:
    call_id = make_call(store, tenant_id)
    with store.sessions.begin() as session, pytest.raises(ValueError, match="data class must be one of"):
        delete_now(session, call_id=call_id, data_class=bad, actor="admin", note=None)


def test_hold_refuses_early_deletion(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    with store.sessions.begin() as session:
        call = session.get(Call, call_id)
        assert call is not None
        place_hold(session, call=call, kind="sar", reason="request in progress", actor="dpo")
    with store.sessions.begin() as session, pytest.raises(HeldError, match=r"under hold \(sar\)"):
        delete_now(session, call_id=call_id, data_class="transcript", actor="admin", note=None)
