"""The data model.

Conventions:
- ``*_enc`` columns hold ciphertext produced by :mod:`receptionist.store.crypto`, bound to
  (tenant, owner row, field) as associated data and encrypted with the owning call's data
  key for that column's data class.
- Plaintext columns hold only what indexing, routing and aggregate reporting need: ids,
  times, statuses, labels, and keyed hashes (``*_hash``) of identifiers.
- Schema changes only through Alembic migrations in ``receptionist/store/migrations``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from receptionist.store.base import Base, new_id, utcnow

# Data classes, each with its own retention period per tenant.
DATA_CLASSES: tuple[str, ...] = ("recording", "transcript", "call_metadata", "summary", "escalation", "audit")
HOLD_KINDS: tuple[str, ...] = ("safeguarding", "legal", "sar", "complaint")
ROLES: tuple[str, ...] = ("platform_admin", "client_admin", "safeguarding_lead", "staff", "auditor")


class Tenant(Base):
    """A client organisation. Its configuration lives in versioned rows."""

    __tablename__ = "tenants"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(40), default="business")
    # Version of the tenant key at the key provider that wraps this tenant's data keys.
    key_version: Mapped[int] = mapped_column(Integer, default=1)
    active_config_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TenantConfigVersion(Base):
    """One saved version of a tenant's configuration (YAML-equivalent JSON), never edited."""

    __tablename__ = "tenant_config_versions"
    __table_args__ = (UniqueConstraint("tenant_id", "version"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    config: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200), default=None)
    comment: Mapped[str | None] = mapped_column(String(500), default=None)


class DataKey(Base):
    """A wrapped data key for one (call, data class). Destroying ``wrapped_key`` shreds the data."""

    __tablename__ = "data_keys"
    __table_args__ = (
        UniqueConstraint("call_id", "data_class"),
        # Retention sweep: a tenant's live (unshredded) keys of one class, in id order (migration 0003).
        Index(
            "ix_data_keys_live", "tenant_id", "data_class", "id",
            postgresql_where=text("wrapped_key IS NOT NULL"), sqlite_where=text("wrapped_key IS NOT NULL"),
        ),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    call_id: Mapped[str] = mapped_column(String(32), index=True)
    data_class: Mapped[str] = mapped_column(String(20))
    wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    key_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    destroyed_at: Mapped[datetime | None] = mapped_column(default=None)


class Call(Base):
    """One phone call (or console/simulated call) handled for a tenant."""

    __tablename__ = "calls"
    __table_args__ = (
        # The call list's keyset order: newest first by (started_at, id) within a tenant (migration 0006).
        Index("ix_calls_tenant_started_id", "tenant_id", "started_at", "id"),
        Index("ix_calls_tenant_number_hash", "tenant_id", "caller_number_hash"),
        # Subject-access search across all tenants (migration 0002).
        Index("ix_calls_caller_number_hash", "caller_number_hash"),
        # Retention cut-offs and the all-tenant call list order by start time alone (migration 0003).
        Index("ix_calls_started_at", "started_at"),
        # The retention sweep joins live data keys to their call's start: index-only (migration 0005).
        Index("ix_calls_id_started_at", "id", "started_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    transport: Mapped[str] = mapped_column(String(20), default="console")  # voice | console | simulate | web
    status: Mapped[str] = mapped_column(String(20), default="in_progress")  # in_progress | completed | failed
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(default=None)
    config_version: Mapped[int] = mapped_column(Integer, default=0)

    # Identity (call_metadata class). Keyed hashes allow subject-access search.
    caller_number_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    callback_number_hash: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    caller_number_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    caller_name_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    callback_number_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    reason_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    message_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    # Consent and routing
    recording_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    recording_objection: Mapped[bool] = mapped_column(Boolean, default=False)
    transfer_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    transferred_to: Mapped[str | None] = mapped_column(String(100), default=None)  # department key
    outcome: Mapped[str | None] = mapped_column(String(40), default=None)  # answered | message | transferred | ended
    reason_category: Mapped[str | None] = mapped_column(String(60), default=None)  # non-personal topic label

    # Labels only; never content.
    safeguarding_subtype: Mapped[str | None] = mapped_column(String(40), default=None)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    masked_categories: Mapped[list[str]] = mapped_column(JSON, default=list)

    # Data-subject rights and staff workflow
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    callback_done_at: Mapped[datetime | None] = mapped_column(default=None)
    callback_done_by: Mapped[str | None] = mapped_column(String(200), default=None)
    # Set when the call_metadata class is shredded; the row stays as a tombstone.
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    turns: Mapped[list[Turn]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="Turn.seq"
    )


class Turn(Base):
    """One utterance in a call. The text stored is already redacted, then encrypted."""

    __tablename__ = "turns"
    __table_args__ = (UniqueConstraint("call_id", "seq"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(20))  # caller | receptionist
    at: Mapped[datetime] = mapped_column(default=utcnow)
    text_enc: Mapped[bytes | None] = mapped_column(LargeBinary)

    call: Mapped[Call] = relationship(back_populates="turns")


class FindingRecord(Base):
    """A privacy-engine finding on a stored turn. The excerpt (original words) is encrypted."""

    __tablename__ = "findings"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    # Indexed (migration 0004): deleting turns checks this foreign key once per turn.
    turn_id: Mapped[str | None] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"), default=None, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(40))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column()
    excerpt_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    # ORM-only (no schema change): lets one flush insert a turn and its findings in order.
    turn: Mapped[Turn | None] = relationship()


class Recording(Base):
    """Call audio, captured and encrypted in-process as chunks."""

    __tablename__ = "recordings"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="recording")  # recording | finalised | deleted
    sample_rate: Mapped[int] = mapped_column(Integer, default=16000)
    channels: Mapped[int] = mapped_column(Integer, default=1)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finalised_at: Mapped[datetime | None] = mapped_column(default=None)


class RecordingChunk(Base):
    """One encrypted chunk of PCM audio; ``offset_ms`` is its place on the call timeline."""

    __tablename__ = "recording_chunks"
    __table_args__ = (UniqueConstraint("recording_id", "seq"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    recording_id: Mapped[str] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    track: Mapped[str] = mapped_column(String(12), default="mixed")  # caller | agent | mixed
    offset_ms: Mapped[int] = mapped_column(Integer, default=0)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    data_enc: Mapped[bytes] = mapped_column(LargeBinary)


class Summary(Base):
    """The minimised after-call summary and the CRM payload built from it."""

    __tablename__ = "summaries"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), unique=True)
    generator: Mapped[str] = mapped_column(String(20), default="offline")  # offline | llm
    text_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    crm_payload_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Escalation(Base):
    """A safeguarding case raised from a call, while the caller is on the line."""

    __tablename__ = "escalations"
    __table_args__ = (
        Index("ix_escalations_tenant_status", "tenant_id", "status", "raised_at"),
        # The queue's keyset order, whatever the view (migration 0006).
        Index("ix_escalations_tenant_raised_id", "tenant_id", "raised_at", "id"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    case_code: Mapped[str] = mapped_column(String(12), unique=True)  # short code a lead can reply with by SMS
    subtype: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="new")  # new | acknowledged | closed
    raised_at: Mapped[datetime] = mapped_column(default=utcnow)
    ack_due_at: Mapped[datetime | None] = mapped_column(default=None)
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    acknowledged_by: Mapped[str | None] = mapped_column(String(200), default=None)
    escalated_to_deputies_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    outcome: Mapped[str | None] = mapped_column(String(60), default=None)
    caller_words_enc: Mapped[bytes | None] = mapped_column(LargeBinary)


class EscalationNote(Base):
    """A note or recorded action on a safeguarding case (encrypted)."""

    __tablename__ = "escalation_notes"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    escalation_id: Mapped[str] = mapped_column(ForeignKey("escalations.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="note")  # note | action
    action: Mapped[str | None] = mapped_column(String(60), default=None)  # e.g. referral_childrens_social_care
    text_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class OutboxMessage(Base):
    """A message to the outside world, written in the same transaction as what it reports."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    call_id: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    escalation_id: Mapped[str | None] = mapped_column(String(32), default=None)
    kind: Mapped[str] = mapped_column(String(30))  # escalation_sms | escalation_email | escalation_webhook | crm | ...
    target: Mapped[str] = mapped_column(String(100))  # connector / channel name from tenant config
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    payload_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending | in_flight | delivered | dead
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=10)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    locked_by: Mapped[str | None] = mapped_column(String(100), default=None)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(String(500), default=None)  # never personal data
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(default=None)


class Hold(Base):
    """A hold blocks deletion of a call's data until it is released."""

    __tablename__ = "holds"
    __table_args__ = (Index("ix_holds_call_active", "call_id", "released_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    call_id: Mapped[str] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(500), default=None)
    placed_at: Mapped[datetime] = mapped_column(default=utcnow)
    placed_by: Mapped[str] = mapped_column(String(200), default="system")
    released_at: Mapped[datetime | None] = mapped_column(default=None)
    released_by: Mapped[str | None] = mapped_column(String(200), default=None)


class DeletionRecord(Base):
    """Proof that an item was deleted: what, when, which rule, and a hash. Never the contents."""

    __tablename__ = "deletion_records"
    __table_args__ = (Index("ix_deletion_records_tenant_at", "tenant_id", "deleted_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(String(32))
    call_id: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    data_class: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[str] = mapped_column(String(64))
    rule: Mapped[str] = mapped_column(String(100))  # e.g. retention:recording:90d | request:erasure | early:admin
    deleted_at: Mapped[datetime] = mapped_column(default=utcnow)
    content_hash: Mapped[str] = mapped_column(String(64))  # SHA-256 of the destroyed ciphertext
    note: Mapped[str | None] = mapped_column(String(500), default=None)


class AuditEvent(Base):
    """Append-only, hash-chained audit log. ``hash`` covers ``prev_hash`` and the event's fields."""

    __tablename__ = "audit_events"
    # One successor per event: two writers can never fork the chain (migration 0002).
    __table_args__ = (Index("ix_audit_events_prev_hash", "prev_hash", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    tenant_id: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    action: Mapped[str] = mapped_column(String(60))
    target_type: Mapped[str | None] = mapped_column(String(40), default=None)
    target_id: Mapped[str | None] = mapped_column(String(64), default=None)
    reason: Mapped[str | None] = mapped_column(String(500), default=None)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # never personal data
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class SubjectRequest(Base):
    """A data-subject request (access, erasure, rectification, restriction) with its due date."""

    __tablename__ = "subject_requests"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    tenant_id: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    number_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | completed | refused
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_at: Mapped[datetime] = mapped_column()
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    handled_by: Mapped[str | None] = mapped_column(String(200), default=None)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # counts and reasons, no personal data


class User(Base):
    """A person who signs in to the admin app. ``tenant_id`` is null only for platform admins."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    tenant_id: Mapped[str | None] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str] = mapped_column(String(200))
    totp_secret_enc: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    mfa_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)


class ApiToken(Base):
    """A scoped API token; only its SHA-256 is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    scopes: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
