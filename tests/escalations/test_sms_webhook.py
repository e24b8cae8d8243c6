"""The inbound-SMS webhook, signed with Twilio's own RequestValidator as Twilio would sign it."""

from __future__ import annotations

import logging

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from twilio.request_validator import RequestValidator

from receptionist.core.config import TenantConfig
from receptionist.core.tenants import TenantRepository
from receptionist.escalations.service import raise_escalation
from receptionist.escalations.sms_webhook import router
from receptionist.store.models import Escalation
from receptionist.store.service import Store
from receptionist.telephony.twilio_signature import TwilioSignatureValidator

from .conftest import NOW, make_call

TOKEN = "12345678901234567890123456789012"
PUBLIC = "https://rcpt.example.org"
URL = f"{PUBLIC}/twilio/sms"


@pytest.fixture
def case(store: Store, config: TenantConfig) -> tuple[str, str]:
    """A tenant imported through the real repository, and one open case: (id, code)."""
    with store.sessions.begin() as session:
        tenant = TenantRepository().import_config(session, config, actor="test")
        call = make_call(session, tenant.id)
        e = raise_escalation(session, store, call=call, config=config, subtype="neglect", caller_words="words", now=NOW)
        return e.id, e.case_code


@pytest.fixture
def client(store: Store) -> httpx.AsyncClient:
    app = FastAPI()
    app.include_router(router)
    app.state.twilio_validator = TwilioSignatureValidator(auth_token=SecretStr(TOKEN), public_base_url=PUBLIC)
    app.state.escalations_store = store
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


def _form(sender: str, body: str) -> dict[str, str]:
    return {"MessageSid": "SM" + "a" * 32, "AccountSid": "AC" + "b" * 32, "From": sender, "To": "+447700900000",
            "Body": body, "NumMedia": "0"}


async def _post(client: httpx.AsyncClient, form: dict[str, str], signature: str | None) -> httpx.Response:
    headers = {"X-Twilio-Signature": signature} if signature is not None else {}
    return await client.post("/twilio/sms", data=form, headers=headers)


@pytest.mark.parametrize(
    ("who", "text", "status", "acked", "reply"),
    [
        ("lead", "ACK SG-{code}", 200, True, "acknowledged"),
        ("deputy", "{code}", 200, True, "acknowledged"),
        ("stranger", "ACK SG-{code}", 200, False, "No case was acknowledged"),
        ("lead", "what is this?", 200, False, "No case was acknowledged"),
    ],
)
async def test_signed_reply(client: httpx.AsyncClient, store: Store, config: TenantConfig, case: tuple[str, str],
                            who: str, text: str, status: int, acked: bool, reply: str,
                            caplog: pytest.LogCaptureFixture) -> None:
    esc_id, code = case
    phone = {"lead": config.safeguarding.leads[0].phone, "deputy": config.safeguarding.deputies[0].phone,
             "stranger": "+447700900999"}[who]
    form = _form(phone, text.format(code=code))
    caplog.set_level(logging.DEBUG)
    response = await _post(client, form, RequestValidator(TOKEN).compute_signature(URL, form))
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/xml")
    assert reply in response.text
    with store.sessions() as session:
        e = session.get(Escalation, esc_id)
        assert e is not None and (e.status == "acknowledged") is acked
    assert phone not in caplog.text and "ACK" not in caplog.text


@pytest.mark.parametrize("signature", [None, "bm90IGEgc2lnbmF0dXJl", "wrong"])
async def test_unsigned_or_forged_is_refused(client: httpx.AsyncClient, store: Store, config: TenantConfig,
                                             case: tuple[str, str], signature: str | None) -> None:
    esc_id, code = case
    form = _form(config.safeguarding.leads[0].phone, f"ACK {code}")
    response = await _post(client, form, signature)
    assert response.status_code == 403
    with store.sessions() as session:
        e = session.get(Escalation, esc_id)
        assert e is not None and e.status == "new"


async def test_signature_over_other_params_is_refused(client: httpx.AsyncClient, config: TenantConfig,
                                                      case: tuple[str, str]) -> None:
    _, code = case
    signed = _form(config.safeguarding.leads[0].phone, "hello")
    sent = _form(config.safeguarding.leads[0].phone, f"ACK {code}")
    response = await _post(client, sent, RequestValidator(TOKEN).compute_signature(URL, signed))
    assert response.status_code == 403


async def test_missing_fields_are_a_clear_400(client: httpx.AsyncClient) -> None:
    form = {"MessageSid": "SM1", "Body": "ACK"}
    response = await _post(client, form, RequestValidator(TOKEN).compute_signature(URL, form))
    assert response.status_code == 400 and "From and Body" in response.text
