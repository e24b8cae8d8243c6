"""X-Twilio-Signature checks with Twilio's own RequestValidator signing real-format requests."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from twilio.request_validator import RequestValidator

from receptionist.telephony.twilio_signature import TwilioForm, TwilioFormDep, TwilioSignatureValidator

TOKEN = "12345678901234567890123456789012"
BASE = "https://reception.example.org"
CALLER = "+447700900123"


def make_app(validator: TwilioSignatureValidator | None) -> FastAPI:
    app = FastAPI()
    if validator is not None:
        app.state.twilio_validator = validator

    @app.post("/hook")
    async def hook(form: TwilioFormDep) -> dict[str, str]:
        return {"from": form.get("From", ""), "n": str(len(form))}

    @app.get("/hook")
    async def hook_get(form: TwilioFormDep) -> dict[str, str]:
        return {"n": str(len(form))}

    return app


def sign(url: str, params: dict[str, str], token: str = TOKEN) -> str:
    return str(RequestValidator(token).compute_signature(url, params))


PARAMS = {"CallSid": "CA" + "a" * 32, "From": CALLER, "To": "+441234567890", "CallStatus": "completed"}


@pytest.mark.parametrize(
    ("name", "path", "signed_url", "token", "headers_extra", "expected"),
    [
        ("valid", "/hook", f"{BASE}/hook", TOKEN, {}, 200),
        ("valid with query", "/hook?tenant=school", f"{BASE}/hook?tenant=school", TOKEN, {}, 200),
        ("valid signed with explicit port", "/hook", "https://reception.example.org:443/hook", TOKEN, {}, 200),
        ("wrong token", "/hook", f"{BASE}/hook", "x" * 32, {}, 403),
        ("signed for another url", "/hook", f"{BASE}/other", TOKEN, {}, 403),
        ("signed for the internal url", "/hook", "http://testserver/hook", TOKEN, {}, 403),
    ],
)
async def test_signature_table(
    name: str, path: str, signed_url: str, token: str, headers_extra: dict[str, str], expected: int
) -> None:
    app = make_app(TwilioSignatureValidator(SecretStr(TOKEN), BASE))
    headers = {"X-Twilio-Signature": sign(signed_url, PARAMS, token), **headers_extra}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        r = await client.post(path, data=PARAMS, headers=headers)
    assert r.status_code == expected, name
    if expected == 200:
        assert r.json()["from"] == CALLER


async def test_tampered_body_is_rejected_and_log_has_no_personal_data(caplog: pytest.LogCaptureFixture) -> None:
    app = make_app(TwilioSignatureValidator(SecretStr(TOKEN), BASE))
    headers = {"X-Twilio-Signature": sign(f"{BASE}/hook", PARAMS)}
    tampered = {**PARAMS, "From": "+447700900999"}
    caplog.set_level(logging.DEBUG)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        r = await client.post("/hook", data=tampered, headers=headers)
    assert r.status_code == 403
    logged = " ".join(rec.getMessage() + str(rec.__dict__) for rec in caplog.records)
    assert "invalid signature" in logged
    assert "7700900" not in logged and "7700900" not in r.text


@pytest.mark.parametrize(
    ("name", "content", "content_type", "signature", "expected"),
    [
        ("missing signature", urlencode(PARAMS), "application/x-www-form-urlencoded", None, 403),
        ("json body", '{"From": "x"}', "application/json", "sig", 415),
        ("no content type", "From=x", "", "sig", 415),
    ],
)
async def test_malformed_requests(
    name: str, content: str, content_type: str, signature: str | None, expected: int
) -> None:
    app = make_app(TwilioSignatureValidator(SecretStr(TOKEN), BASE))
    headers = {"content-type": content_type} if content_type else {}
    if signature:
        headers["X-Twilio-Signature"] = signature
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        r = await client.post("/hook", content=content, headers=headers)
    assert r.status_code == expected, name


async def test_sha256_shared_key_signature() -> None:
    app = make_app(TwilioSignatureValidator(SecretStr(TOKEN), BASE))
    sig = RequestValidator(TOKEN).compute_signature(f"{BASE}/hook", PARAMS, "HMAC_SHA256")
    headers = {"X-Twilio-Signature": sig, "X-Twilio-Webhooks-Signature-Settings": "key=k1,algorithm=HMAC_SHA256"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        ok = await client.post("/hook", data=PARAMS, headers=headers)
        wrong_alg = await client.post("/hook", data=PARAMS, headers={"X-Twilio-Signature": sig})
    assert (ok.status_code, wrong_alg.status_code) == (200, 403)


async def test_get_webhook_signs_the_query() -> None:
    app = make_app(TwilioSignatureValidator(SecretStr(TOKEN), BASE))
    url = f"{BASE}/hook?CallSid=CA1&CallStatus=ringing"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        ok = await client.get("/hook?CallSid=CA1&CallStatus=ringing", headers={"X-Twilio-Signature": sign(url, {})})
        bad = await client.get("/hook?CallSid=CA2&CallStatus=ringing", headers={"X-Twilio-Signature": sign(url, {})})
    assert (ok.status_code, bad.status_code) == (200, 403)


async def test_unconfigured_app_refuses_every_webhook() -> None:
    app = make_app(None)
    headers = {"X-Twilio-Signature": sign(f"{BASE}/hook", PARAMS)}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        r = await client.post("/hook", data=PARAMS, headers=headers)
    assert r.status_code == 503
    assert "RECEPTIONIST_TWILIO_AUTH_TOKEN" in r.text


def test_reprs_hide_secrets_and_values() -> None:
    validator = TwilioSignatureValidator(SecretStr(TOKEN), BASE)
    form = TwilioForm([("From", CALLER), ("From", "+447700900456")])
    assert TOKEN not in repr(validator)
    assert CALLER not in repr(form)
    assert form.getlist("From") == [CALLER, "+447700900456"] and form["From"] == CALLER
