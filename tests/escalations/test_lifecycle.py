"""From disclosure to closed case: notification, acknowledgement, overdue to deputies, case record.

Notifications go through the real dispatcher and channels into the offline SMS/email
fakes; time is a fake clock shared by the dispatcher and the overdue check.
"""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from integrations.smtp_email import FakeEmailSender
from integrations.twilio_sms import FakeSmsSender
from receptionist.core.config import TenantConfig
from receptionist.escalations import cases
from receptionist.escalations.channels import EmailChannel, SmsChannel
from receptionist.escalations.service import (
    EscalationError,
    acknowledge,
    acknowledge_by_sms,
    check_overdue,
    is_overdue,
    raise_escalation,
)
from receptionist.outbox.dispatcher import Dispatcher
from receptionist.outbox.errors import TransientDeliveryError
from receptionist.outbox.ports import FakeClock
from receptionist.store.models import AuditEvent, Call, Escalation, Hold
from receptionist.store.service import Store

from .conftest import NOW, school_config

WORDS = "he said he would hurt me if I told anyone"
BASE = "https://receptionist.example.org"


class Harness:
    """A tenant config, fake senders, a dispatcher and a fake clock around one live call."""

    def __init__(self, store: Store, call_id: str, config: TenantConfig) -> None:
        self.store, self.call_id, self.config = store, call_id, config
        self.clock = FakeClock(NOW)
        self.sms, self.email = FakeSmsSender(), FakeEmailSender()
        routes = {
            "escalation_sms": SmsChannel(self.sms, base_url=BASE),
            "escalation_email": EmailChannel(self.email, base_url=BASE),
        }
        self.dispatcher = Dispatcher(store, routes, clock=self.clock, rng=random.Random(1))

    def config_for(self, session: Session, tenant_id: str) -> TenantConfig:
        return self.config

    def raise_case(self, subtype: str = "child_abuse") -> Escalation:
        with self.store.sessions.begin() as session:
            call = session.get(Call, self.call_id)
            assert call is not None
            return raise_escalation(session, self.store, call=call, config=self.config, subtype=subtype,
                                    caller_words=WORDS, now=self.clock.now())

    def get(self, escalation_id: str) -> Escalation:
        with self.store.sessions() as session:
            e = session.get(Escalation, escalation_id)
            assert e is not None
            return e

    def overdue(self) -> list[str]:
        with self.store.sessions.begin() as session:
            return [e.id for e in check_overdue(session, self.store, now=self.clock.now(), config_for=self.config_for)]

    def actions(self) -> list[str]:
        with self.store.sessions() as session:
            return [a for a in session.scalars(select(AuditEvent.action).order_by(AuditEvent.id))]


@pytest.fixture
def h(store: Store, tenant_and_call: tuple[str, str]) -> Harness:
    cfg = school_config(channels=["sms", "email"], include_disclosure_in=["email"])
    return Harness(store, tenant_and_call[1], cfg)


async def test_leads_are_notified_without_the_words_by_sms(h: Harness) -> None:
    e = h.raise_case()
    report = await h.dispatcher.run_once()
    assert report.delivered == 2
    (to, text, _key), = h.sms.sent
    assert to == h.config.safeguarding.leads[0].phone
    assert f"SG-{e.case_code}" in text and "child abuse" in text and h.config.name in text
    assert f"{BASE}/escalations/{e.id}" in text
    assert "hurt" not in text and "10:15" in text
    (email_to, subject, body, _), = h.email.sent
    assert email_to == h.config.safeguarding.leads[0].email
    assert "Safeguarding concern" in subject and WORDS in body
    assert h.actions().count("escalation.notified") == 2


async def test_notification_survives_a_provider_outage(h: Harness) -> None:
    h.sms.failures = [TransientDeliveryError("twilio 503 unavailable")] * 3
    h.raise_case()
    for _ in range(4):
        await h.dispatcher.run_once()
        h.clock.advance(120)
    assert len(h.sms.sent) == 1


@pytest.mark.parametrize(("via", "actor"), [("app", "dsl@oakfield.example.org"), ("cli", "cli:root")])
def test_ack_in_time_stops_the_deputies(h: Harness, via: str, actor: str) -> None:
    e = h.raise_case()
    h.clock.advance(60)
    with h.store.sessions.begin() as session:
        acknowledge(session, escalation_id=e.id, actor=actor, now=h.clock.now(), via=via)
    h.clock.advance(3600)
    assert h.overdue() == []
    after = h.get(e.id)
    assert (after.status, after.acknowledged_by, after.escalated_to_deputies_at) == ("acknowledged", actor, None)
    assert not is_overdue(after, h.clock.now())


@pytest.mark.parametrize(
    ("subtype", "not_yet", "late"),
    [("child_abuse", 299, 301), ("immediate_danger", 59, 61), ("domestic_abuse", 240, 300)],
)
async def test_overdue_case_goes_to_deputies_once(h: Harness, subtype: str, not_yet: int, late: int) -> None:
    e = h.raise_case(subtype)
    await h.dispatcher.run_once()
    lead_sms = len(h.sms.sent)
    h.clock.advance(not_yet)
    assert h.overdue() == [] and not is_overdue(h.get(e.id), h.clock.now())
    h.clock.advance(late - not_yet)
    assert h.overdue() == [e.id]
    assert h.overdue() == []  # never twice
    assert is_overdue(h.get(e.id), h.clock.now())
    assert h.get(e.id).escalated_to_deputies_at == h.clock.now()
    await h.dispatcher.run_once()
    deputy_sms = h.sms.sent[lead_sms:]
    assert sorted(to for to, _, _ in deputy_sms) == sorted(d.phone for d in h.config.safeguarding.deputies)
    assert all(text.startswith("OVERDUE") for _, text, _ in deputy_sms)
    deputy_mail = [m for m in h.email.sent if m[0] in {d.email for d in h.config.safeguarding.deputies}]
    assert len(deputy_mail) == 2 and all(WORDS in body for _, _, body, _ in deputy_mail)
    assert "escalation.overdue" in h.actions()


@pytest.mark.parametrize(
    ("sender", "reply", "acked"),
    [
        ("lead", "ACK SG-{code}", True),
        ("lead", "ack {lower}", True),
        ("deputy", "ok {code} thanks", True),
        ("stranger", "ACK SG-{code}", False),
        ("lead", "ACK SG-XXXXXX", False),
        ("lead", "thanks, on it", False),
    ],
)
def test_sms_reply_acknowledges(h: Harness, sender: str, reply: str, acked: bool) -> None:
    e = h.raise_case()
    phone = {"lead": h.config.safeguarding.leads[0].phone, "deputy": h.config.safeguarding.deputies[1].phone,
             "stranger": "+447700900999"}[sender]
    body = reply.format(code=e.case_code, lower=e.case_code.lower())
    with h.store.sessions.begin() as session:
        result = acknowledge_by_sms(session, from_number=phone, body=body, now=h.clock.now(), config_for=h.config_for)
        assert (result is not None) is acked
    after = h.get(e.id)
    assert (after.status == "acknowledged") is acked
    if acked:
        assert after.acknowledged_by is not None and after.acknowledged_by.startswith(f"sms:{sender}")
        assert phone not in after.acknowledged_by
    if sender == "stranger":
        assert "escalation.ack_refused" in h.actions()


def test_case_record_notes_actions_and_close_release_the_hold(h: Harness) -> None:
    e = h.raise_case()
    h.clock.advance(30)
    with h.store.sessions.begin() as session:
        cases.add_note(session, h.store, escalation_id=e.id, author="dsl", text="Spoke to the class teacher.", now=h.clock.now())
        cases.add_note(session, h.store, escalation_id=e.id, author="dsl", text=None, now=h.clock.now(),
                       action="referral_childrens_social_care")
        with pytest.raises(EscalationError, match="unknown action"):
            cases.add_note(session, h.store, escalation_id=e.id, author="dsl", text="x", now=h.clock.now(), action="shrug")
        with pytest.raises(EscalationError, match="needs text"):
            cases.add_note(session, h.store, escalation_id=e.id, author="dsl", text="  ", now=h.clock.now())
    with h.store.sessions.begin() as session:
        with pytest.raises(EscalationError, match="reason"):
            cases.read_case(session, h.store, escalation_id=e.id, actor="dsl", reason=" ", now=h.clock.now())
        view = cases.read_case(session, h.store, escalation_id=e.id, actor="dsl", reason="case review", now=h.clock.now())
        assert view.caller_words == WORDS
        assert [(n.kind, n.action, n.text) for n in view.notes] == [
            ("note", None, "Spoke to the class teacher."),
            ("action", "referral_childrens_social_care", None),
        ]
        assert WORDS not in repr(view)
        hold = session.scalars(select(Hold).where(Hold.call_id == h.call_id)).one()
        assert hold.released_at is None
    with h.store.sessions.begin() as session:
        cases.close_case(session, escalation_id=e.id, actor="dsl", outcome="referral_childrens_social_care", now=h.clock.now())
    with h.store.sessions.begin() as session:
        hold = session.scalars(select(Hold).where(Hold.call_id == h.call_id)).one()
        assert hold.released_at is not None and hold.released_by == "dsl"
        with pytest.raises(EscalationError, match="closed"):
            cases.add_note(session, h.store, escalation_id=e.id, author="dsl", text="late", now=h.clock.now())
    closed = h.get(e.id)
    assert (closed.status, closed.outcome) == ("closed", "referral_childrens_social_care")
    actions = h.actions()
    for step in ("escalation.raised", "hold.place", "escalation.note", "escalation.action", "escalation.read",
                 "hold.release", "escalation.closed"):
        assert step in actions


def test_other_tenants_cannot_reach_the_case(h: Harness) -> None:
    e = h.raise_case()
    with h.store.sessions() as session, pytest.raises(EscalationError, match="no escalation"):
        cases.read_case(session, h.store, escalation_id=e.id, actor="x", reason="r", now=h.clock.now(), tenant_id="other")
