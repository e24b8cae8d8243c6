"""Twilio webhooks through a real FastAPI app, signed with Twilio's own RequestValidator."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from types import SimpleNamespace

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy import Engine
from twilio.request_validator import RequestValidator

from receptionist.core.config import load_tenant_config
from receptionist.core.tenants import TenantRepository
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.service import Store
from receptionist.telephony.twilio_signature import TwilioSignatureValidator
from receptionist.telephony.webhooks import router

TOKEN = "abcdefabcdefabcdefabcdefabcdef12"
BASE = "https://reception.example.org"
SID = "CA" + "0123456789abcdef" * 2
CALLER = "+447700900555"


@pytest.fixture
async def client(engine: Engine) -> AsyncIterator[httpx.AsyncClient]:
    store = Store(engine, LocalKeyProvider(os.urandom(32)))
    with store.sessions() as session:
        TenantRepository().import_config(session, load_tenant_config("school"), actor="test")
        session.commit()
    app = FastAPI()
    app.include_router(router)
    app.state.twilio_validator = TwilioSignatureValidator(SecretStr(TOKEN), BASE)
    app.state.web = SimpleNamespace(store=store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://internal") as c:
        yield c


async def post(client: httpx.AsyncClient, path: str, params: dict[str, str], *, token: str = TOKEN) -> httpx.Response:
    signature = RequestValidator(token).compute_signature(BASE + path, params)
    return await client.post(path, data=params, headers={"X-Twilio-Signature": signature})


STATUS = {"CallSid": SID, "AccountSid": "AC" + "1" * 32, "From": CALLER, "To": "+441632960000", "CallStatus": "completed", "CallDuration": "42", "Direction": "inbound"}


@pytest.mark.parametrize(
    ("name", "changes", "expected"),
    [
        ("completed", {}, 204),
        ("ringing without duration", {"CallStatus": "ringing", "CallDuration": None}, 204),
        ("withheld caller", {"From": "anonymous"}, 204),
        ("unknown status", {"CallStatus": "exploded"}, 400),
        ("missing status", {"CallStatus": None}, 400),
        ("bad sid", {"CallSid": "CA123"}, 400),
        ("bad duration", {"CallDuration": "4x"}, 400),
    ],
)
async def test_status_callback(client: httpx.AsyncClient, name: str, changes: dict[str, str | None], expected: int) -> None:
    params = {k: v for k, v in {**STATUS, **changes}.items() if v is not None}
    r = await post(client, "/twilio/voice/status", params)
    assert r.status_code == expected, (name, r.text)
    assert CALLER not in r.text


async def test_invalid_signature_is_403_and_logs_nothing_personal(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    r = await post(client, "/twilio/voice/status", STATUS, token="f" * 32)
    assert r.status_code == 403
    logged = " ".join(f"{rec.getMessage()} {rec.__dict__}" for rec in caplog.records)
    assert "rejected" in logged and "7700900555" not in logged


async def test_valid_status_logs_no_caller_number(client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert (await post(client, "/twilio/voice/status", STATUS)).status_code == 204
    logged = " ".join(f"{rec.getMessage()} {rec.__dict__}" for rec in caplog.records)
    assert "completed" in logged and "7700900555" not in logged and "1632960000" not in logged


async def test_fallback_dials_the_main_desk(client: httpx.AsyncClient) -> None:
    r = await post(client, "/twilio/voice/fallback/school", {"CallSid": SID, "From": CALLER, "ErrorCode": "11200"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/xml")
    body = r.text
    desk = load_tenant_config("school").departments[0].transfer_number
    assert f">{desk}</Dial>" in body
    assert 'action="/twilio/voice/fallback/school/after-dial"' in body
    assert "<Record" not in body and CALLER not in body
    assert body.index("<Say") < body.index("<Dial")


@pytest.mark.parametrize(
    ("dial_status", "says_999"),
    [("completed", False), ("answered", False), ("busy", True), ("no-answer", True), ("failed", True)],
)
async def test_after_dial(client: httpx.AsyncClient, dial_status: str, says_999: bool) -> None:
    r = await post(client, "/twilio/voice/fallback/school/after-dial", {"CallSid": SID, "DialCallStatus": dial_status})
    assert r.status_code == 200
    assert ("999" in r.text) is says_999
    assert "<Hangup" in r.text


@pytest.mark.parametrize(
    ("path", "params", "expected"),
    [
        ("/twilio/voice/fallback/nowhere", {"CallSid": SID}, 404),
        ("/twilio/voice/fallback/Bad_Slug", {"CallSid": SID}, 400),
        ("/twilio/voice/fallback/school", {}, 400),
        ("/twilio/voice/fallback/school/after-dial", {"CallSid": SID, "DialCallStatus": "maybe"}, 400),
    ],
)
async def test_fallback_bad_requests(client: httpx.AsyncClient, path: str, params: dict[str, str], expected: int) -> None:
    assert (await post(client, path, params)).status_code == expected
