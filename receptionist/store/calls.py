"""Calls, their transcript turns, findings and summaries: written encrypted, read audited.

Which data class each column belongs to is decided here, once (``CALL_FIELDS`` and the
constants below), because retention, erasure and rectification must agree with it: the
caller's identity is ``call_metadata``, turns and finding excerpts are ``transcript``,
the summary and CRM payload are ``summary``.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from receptionist.privacy.types import Finding
from receptionist.store import audit
from receptionist.store.base import new_id, utcnow
from receptionist.store.call_view import CallView, FindingView, TurnView, decrypt_field
from receptionist.store.hashing import InvalidNumberError
from receptionist.store.models import Call, DataKey, FindingRecord, Summary, Turn
from receptionist.store.service import Store

# Call column -> AAD field name; all are data class "call_metadata".
CALL_FIELDS: dict[str, str] = {
    "caller_number_enc": "call.caller_number",
    "caller_name_enc": "call.caller_name",
    "callback_number_enc": "call.callback_number",
    "reason_enc": "call.reason",
    "message_enc": "call.message",
}
TURN_TEXT = "turn.text"
FINDING_EXCERPT = "finding.excerpt"
SUMMARY_TEXT = "summary.text"
SUMMARY_CRM = "summary.crm_payload"
_SEQ = "receptionist.calls.next_seq"
_REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read aloud on the phone


class CallNotFoundError(LookupError):
    """No such call (or not in the caller's tenant)."""


def new_reference() -> str:
    """A short human-friendly call reference such as ``C-7KQ2M9XA``."""
    return "C-" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))


class CallRepository:
    """All writes and reads of call records go through here, so encryption is never skipped."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def open_call(
        self, session: Session, *, tenant_id: str, transport: str, caller_number: str | None, config_version: int
    ) -> Call:
        """Start a call record; the caller's number is stored encrypted plus its keyed hash."""
        call = Call(
            id=new_id(),
            tenant_id=tenant_id,
            reference=new_reference(),
            transport=transport,
            status="in_progress",
            started_at=utcnow(),
            config_version=config_version,
            masked_categories=[],
        )
        if caller_number:
            call.caller_number_hash = self._hash_or_none(caller_number)
            call.caller_number_enc = self._encrypt_meta(session, call, "caller_number_enc", caller_number)
        session.add(call)
        return call

    def append_turn(
        self,
        session: Session,
        call: Call,
        *,
        speaker: str,
        text_redacted: str,
        findings: Sequence[Finding],
        original_text: str | None,
    ) -> Turn:
        """Store one utterance (already redacted) and its findings with encrypted excerpts."""
        turn = Turn(id=new_id(), call_id=call.id, seq=self._next_seq(session, call), speaker=speaker, at=utcnow())
        turn.text_enc = self._encrypt(session, call, "transcript", TURN_TEXT, turn.id, text_redacted)
        session.add(turn)
        categories = set(call.masked_categories or [])
        for finding in findings:
            record = FindingRecord(
                id=new_id(),
                call_id=call.id,
                turn_id=turn.id,
                turn=turn,
                kind=finding.kind,
                label=finding.label,
                start=finding.start,
                end=finding.end,
                score=finding.score,
            )
            if original_text is not None and 0 <= finding.start < finding.end <= len(original_text):
                excerpt = original_text[finding.start : finding.end]
                record.excerpt_enc = self._encrypt(session, call, "transcript", FINDING_EXCERPT, record.id, excerpt)
            session.add(record)
            if finding.kind == "category":
                categories.add(finding.label)
        if categories != set(call.masked_categories or []):
            call.masked_categories = sorted(categories)
        return turn

    def set_identity(
        self,
        session: Session,
        call: Call,
        *,
        name: str | None = None,
        callback_number: str | None = None,
        reason: str | None = None,
        message: str | None = None,
    ) -> None:
        """Record what the caller told us about themselves; only the given fields change."""
        if name is not None:
            call.caller_name_enc = self._encrypt_meta(session, call, "caller_name_enc", name)
        if callback_number is not None:
            call.callback_number_hash = self._hash_or_none(callback_number)
            call.callback_number_enc = self._encrypt_meta(session, call, "callback_number_enc", callback_number)
        if reason is not None:
            call.reason_enc = self._encrypt_meta(session, call, "reason_enc", reason)
        if message is not None:
            call.message_enc = self._encrypt_meta(session, call, "message_enc", message)

    def finish_call(
        self,
        session: Session,
        call: Call,
        *,
        summary: str,
        generator: str,
        crm_payload: dict[str, Any] | None,
        status: str = "completed",
    ) -> Summary:
        """Close the call and store its (minimised) summary and CRM payload encrypted."""
        row = session.scalars(select(Summary).where(Summary.call_id == call.id)).one_or_none()
        if row is None:
            row = Summary(id=new_id(), call_id=call.id)
            session.add(row)
        row.generator = generator
        row.text_enc = self._encrypt(session, call, "summary", SUMMARY_TEXT, row.id, summary)
        row.crm_payload_enc = (
            None
            if crm_payload is None
            else self._encrypt(session, call, "summary", SUMMARY_CRM, row.id, json.dumps(crm_payload, sort_keys=True))
        )
        call.status = status
        call.ended_at = utcnow()
        return row

    def read_call(
        self, session: Session, call_id: str, *, actor: str, reason: str, tenant_id: str | None = None
    ) -> CallView:
        """Decrypt a call for a person or process with a stated reason; writes ``call.read`` to the audit log."""
        call = session.get(Call, call_id)
        if call is None or (tenant_id is not None and call.tenant_id != tenant_id):
            raise CallNotFoundError(f"call {call_id} not found")
        view = self._view(session, call)
        audit.record(
            session,
            actor=actor,
            action="call.read",
            tenant_id=call.tenant_id,
            target_type="call",
            target_id=call.id,
            reason=reason,
            details={"shredded": sorted(view.shredded), "unreadable": len(view.unreadable)},
        )
        return view

    def find_by_number(self, session: Session, number: str, *, tenant_id: str | None = None) -> list[Call]:
        """Calls where ``number`` was the caller ID or the callback number (keyed-hash match)."""
        digest = self.store.hasher.hash_number(number)
        query = select(Call).where(or_(Call.caller_number_hash == digest, Call.callback_number_hash == digest))
        if tenant_id is not None:
            query = query.where(Call.tenant_id == tenant_id)
        return list(session.scalars(query.order_by(Call.started_at, Call.id)))

    def list_calls(self, session: Session, *, tenant_id: str, limit: int = 50, offset: int = 0) -> list[Call]:
        """A tenant's calls, newest first (metadata only: nothing is decrypted)."""
        query = (
            select(Call)
            .where(Call.tenant_id == tenant_id)
            .order_by(Call.started_at.desc(), Call.id)
            .limit(limit)
            .offset(offset)
        )
        return list(session.scalars(query))

    def _view(self, session: Session, call: Call) -> CallView:
        view = CallView.from_call(call)
        view.shredded.update(
            session.scalars(select(DataKey.data_class).where(DataKey.call_id == call.id, DataKey.wrapped_key.is_(None)))
        )
        cipher = self.store.cipher
        for column, field in CALL_FIELDS.items():
            value = decrypt_field(session, cipher, view, call, "call_metadata", field, call.id, getattr(call, column))
            setattr(view, field.removeprefix("call."), value)
        turns = session.scalars(select(Turn).where(Turn.call_id == call.id).order_by(Turn.seq)).all()
        findings = session.scalars(select(FindingRecord).where(FindingRecord.call_id == call.id)).all()
        by_turn: dict[str | None, list[FindingRecord]] = {}
        for record in findings:
            by_turn.setdefault(record.turn_id, []).append(record)
        for turn in turns:
            text = decrypt_field(session, cipher, view, call, "transcript", TURN_TEXT, turn.id, turn.text_enc)
            finding_views = [
                FindingView(
                    kind=f.kind,
                    label=f.label,
                    start=f.start,
                    end=f.end,
                    score=f.score,
                    excerpt=decrypt_field(
                        session, cipher, view, call, "transcript", FINDING_EXCERPT, f.id, f.excerpt_enc
                    ),
                )
                for f in sorted(by_turn.get(turn.id, []), key=lambda r: r.start)
            ]
            view.turns.append(TurnView(seq=turn.seq, speaker=turn.speaker, at=turn.at, text=text, findings=finding_views))
        summary = session.scalars(select(Summary).where(Summary.call_id == call.id)).one_or_none()
        if summary is not None:
            view.summary_generator = summary.generator
            view.summary = decrypt_field(session, cipher, view, call, "summary", SUMMARY_TEXT, summary.id, summary.text_enc)
            payload = decrypt_field(
                session, cipher, view, call, "summary", SUMMARY_CRM, summary.id, summary.crm_payload_enc
            )
            view.crm_payload = json.loads(payload) if payload is not None else None
        return view

    def _next_seq(self, session: Session, call: Call) -> int:
        # One max(seq) query per call per session, not per turn: a call's turns are
        # appended by one session (its call flow), and the counter is dropped on rollback.
        counters: dict[str, int] = session.info.setdefault(_SEQ, {})
        if call.id not in counters:
            if not session.info.get(_SEQ + ".hooked"):
                sa_event.listen(session, "after_soft_rollback", lambda s, _p: s.info.pop(_SEQ, None))
                session.info[_SEQ + ".hooked"] = True
            with session.no_autoflush:
                counters[call.id] = session.scalar(select(func.max(Turn.seq)).where(Turn.call_id == call.id)) or 0
        counters[call.id] += 1
        return counters[call.id]

    def _hash_or_none(self, number: str) -> str | None:
        # An unparseable caller ID (e.g. "anonymous") is still kept, encrypted, just not indexed.
        try:
            return self.store.hasher.hash_number(number)
        except InvalidNumberError:
            return None

    def _encrypt_meta(self, session: Session, call: Call, column: str, value: str) -> bytes:
        return self._encrypt(session, call, "call_metadata", CALL_FIELDS[column], call.id, value)

    def _encrypt(self, session: Session, call: Call, data_class: str, field: str, owner_id: str, value: str) -> bytes:
        return self.store.cipher.encrypt(
            session,
            tenant_id=call.tenant_id,
            call_id=call.id,
            data_class=data_class,
            field=field,
            owner_id=owner_id,
            value=value,
        )
