"""raise_escalation: case, encryption, hold, audit and one notification per lead per channel."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from receptionist.core.config import TenantConfig
from receptionist.escalations.codes import ALPHABET, CODE_LENGTH, find_case_codes
from receptionist.escalations.service import raise_escalation
from receptionist.outbox.service import decrypt_payload
from receptionist.store.models import AuditEvent, Call, Escalation, Hold, OutboxMessage
from receptionist.store.service import Store

from .conftest import NOW, school_config

WORDS = "my stepdad hits me when mum is out and I am scared to go home"


def _raise(store: Store, call_id: str, config: TenantConfig, subtype: str = "child_abuse") -> str:
    with store.sessions.begin() as session:
        call = session.get(Call, call_id)
        assert call is not None
        esc = raise_escalation(session, store, call=call, config=config, subtype=subtype, caller_words=WORDS, now=NOW)
        return esc.id


@pytest.mark.parametrize(
    ("subtype", "window"),
    [("child_abuse", timedelta(minutes=5)), ("immediate_danger", timedelta(minutes=1)), ("neglect", timedelta(minutes=5))],
)
def test_case_written_with_window_and_code(store: Store, config: TenantConfig, tenant_and_call: tuple[str, str], subtype: str, window: timedelta) -> None:
    _, call_id = tenant_and_call
    esc_id = _raise(store, call_id, config, subtype)
    with store.sessions() as session:
        esc = session.get(Escalation, esc_id)
        assert esc is not None
        assert esc.status == "new" and esc.subtype == subtype
        assert esc.ack_due_at == NOW + window
        assert len(esc.case_code) == CODE_LENGTH and set(esc.case_code) <= set(ALPHABET)
        assert find_case_codes(f"ack sg-{esc.case_code.lower()}") == [esc.case_code]
        call = session.get(Call, call_id)
        assert call is not None and call.escalated and call.safeguarding_subtype == subtype


def test_custom_windows_come_from_the_tenant(store: Store, tenant_and_call: tuple[str, str]) -> None:
    cfg = school_config(ack_window_minutes=12, immediate_danger_ack_window_minutes=3)
    esc_id = _raise(store, tenant_and_call[1], cfg, "domestic_abuse")
    with store.sessions() as session:
        esc = session.get(Escalation, esc_id)
        assert esc is not None and esc.ack_due_at == NOW + timedelta(minutes=12)


def test_caller_words_are_encrypted(store: Store, config: TenantConfig, tenant_and_call: tuple[str, str]) -> None:
    tenant_id, call_id = tenant_and_call
    esc_id = _raise(store, call_id, config)
    with store.sessions() as session:
        esc = session.get(Escalation, esc_id)
        assert esc is not None and esc.caller_words_enc is not None
        assert b"stepdad" not in esc.caller_words_enc
        clear = store.cipher.decrypt_str(
            session, tenant_id=tenant_id, call_id=call_id, data_class="escalation",
            field="caller_words", owner_id=esc.id, blob=esc.caller_words_enc,
        )
        assert clear == WORDS


def test_hold_and_audit(store: Store, config: TenantConfig, tenant_and_call: tuple[str, str]) -> None:
    _, call_id = tenant_and_call
    esc_id = _raise(store, call_id, config)
    with store.sessions() as session:
        holds = session.scalars(select(Hold).where(Hold.call_id == call_id)).all()
        assert [(h.kind, h.released_at) for h in holds] == [("safeguarding", None)]
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "escalation.raised")).all()
        assert len(events) == 1 and events[0].target_id == esc_id
        assert WORDS not in str(events[0].details)


def test_one_message_per_lead_per_channel(store: Store, tenant_and_call: tuple[str, str]) -> None:
    cfg = school_config(
        leads=[*school_config().safeguarding.leads, *school_config().safeguarding.deputies[:1]],
        channels=["sms", "email", "webhook"],
        webhook_url="https://hooks.example.org/sg",
        include_disclosure_in=["email", "webhook"],
    )
    esc_id = _raise(store, tenant_and_call[1], cfg)
    with store.sessions() as session:
        rows = session.scalars(select(OutboxMessage).where(OutboxMessage.escalation_id == esc_id)).all()
        kinds = sorted(r.kind for r in rows)
        assert kinds == ["escalation_email", "escalation_email", "escalation_sms", "escalation_sms", "escalation_webhook"]
        assert len({r.idempotency_key for r in rows}) == 5
        for row in rows:
            assert row.payload_enc is not None and b"stepdad" not in row.payload_enc
            payload = decrypt_payload(session, store, row)
            assert payload["role"] == "lead" and payload["subtype"] == "child_abuse"
            # SMS never carries the disclosure, whatever the settings say.
            assert ("disclosure" in payload) == (row.kind != "escalation_sms")
        phones = sorted(decrypt_payload(session, store, r)["to"] for r in rows if r.kind == "escalation_sms")
        assert phones == sorted(c.phone for c in cfg.safeguarding.leads)


@pytest.mark.parametrize(
    ("include", "expect_email_disclosure"), [([], False), (["email"], True), (["webhook"], False)]
)
def test_disclosure_only_where_opted_in(
    store: Store, tenant_and_call: tuple[str, str], include: list[str], expect_email_disclosure: bool
) -> None:
    cfg = school_config(channels=["sms", "email"], include_disclosure_in=include)
    esc_id = _raise(store, tenant_and_call[1], cfg)
    with store.sessions() as session:
        rows = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "escalation_email")).all()
        assert rows and all(r.escalation_id == esc_id for r in rows)
        for row in rows:
            assert ("disclosure" in decrypt_payload(session, store, row)) is expect_email_disclosure


def test_second_disclosure_reuses_open_case(store: Store, config: TenantConfig, tenant_and_call: tuple[str, str]) -> None:
    first = _raise(store, tenant_and_call[1], config)
    second = _raise(store, tenant_and_call[1], config, "immediate_danger")
    assert first == second
    with store.sessions() as session:
        assert len(session.scalars(select(Escalation)).all()) == 1


def test_rollback_leaves_nothing(store: Store, config: TenantConfig, tenant_and_call: tuple[str, str]) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.sessions.begin() as session:
        call = session.get(Call, tenant_and_call[1])
        assert call is not None
        raise_escalation(session, store, call=call, config=config, subtype="child_abuse", caller_words=WORDS, now=NOW)
        raise Boom
    with store.sessions() as session:
        assert session.scalars(select(Escalation)).all() == []
        assert session.scalars(select(OutboxMessage)).all() == []
        assert session.scalars(select(Hold)).all() == []
