"""Sign-in: passwords, TOTP, sessions, CSRF, rate limiting and API tokens, against the real app."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

PASSWORD = "correct horse battery staple"


async def _password_step(client: httpx.AsyncClient, csrf: Any, email: str, password: str) -> httpx.Response:
    page = await client.get("/login")
    return await client.post("/login", data={"email": email, "password": password,
                                             "csrf_token": csrf(page.text)})


@pytest.mark.parametrize(
    ("role", "needs_mfa"),
    [("client_admin", True), ("safeguarding_lead", True), ("staff", True), ("auditor", False),
     ("platform_admin", True)],
)
async def test_mfa_required_exactly_for_roles_that_see_unredacted_data(
    client: httpx.AsyncClient, world: Any, csrf: Any, role: str, needs_mfa: bool
) -> None:
    user = world.user(role)
    r = await _password_step(client, csrf, user.email, PASSWORD)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/login/mfa") is needs_mfa
    # Before the second factor, pages redirect back to sign-in.
    home = await client.get("/")
    assert (home.status_code == 303) is needs_mfa


async def test_full_login_with_totp_reaches_dashboard(client: httpx.AsyncClient, world: Any, sign_in: Any) -> None:
    await sign_in(client, world.user("client_admin"))
    r = await client.get("/")
    assert r.status_code == 200
    assert "Dashboard" in r.text


@pytest.mark.parametrize("code", ["000000", "12345", "abcdef", "", "1234567"])
async def test_wrong_totp_is_refused(client: httpx.AsyncClient, world: Any, csrf: Any, code: str) -> None:
    user = world.user("staff")
    await _password_step(client, csrf, user.email, PASSWORD)
    page = await client.get("/login/mfa")
    if code == user.code():  # pragma: no cover - astronomically unlikely
        pytest.skip("random code collided with the real one")
    r = await client.post("/login/mfa", data={"code": code, "csrf_token": csrf(page.text)})
    assert r.status_code in (401, 422)
    assert (await client.get("/")).status_code == 303


@pytest.mark.parametrize(
    ("email", "password"),
    [("staff@school.example", "wrong password!!"), ("nobody@school.example", PASSWORD),
     ("STAFF@school.example", "correct horse battery stapl")],
)
async def test_bad_credentials(client: httpx.AsyncClient, csrf: Any, world: Any, email: str, password: str) -> None:
    r = await _password_step(client, csrf, email, password)
    assert r.status_code == 401
    assert "not right" in r.text
    assert email.lower() not in r.text.lower() or "value" in r.text  # the form may echo nothing else


async def test_login_is_rate_limited(client: httpx.AsyncClient, csrf: Any, world: Any) -> None:
    user = world.user("auditor")
    statuses = [(await _password_step(client, csrf, user.email, "wrong password!!")).status_code for _ in range(6)]
    assert statuses[:5] == [401] * 5
    assert statuses[5] == 429
    # Even the right password is refused while limited.
    assert (await _password_step(client, csrf, user.email, PASSWORD)).status_code == 429


async def test_form_without_csrf_token_is_refused(client: httpx.AsyncClient, world: Any) -> None:
    await client.get("/login")
    r = await client.post("/login", data={"email": world.user("auditor").email, "password": PASSWORD})
    assert r.status_code == 403


async def test_csrf_token_from_another_session_is_refused(app: Any, world: Any, csrf: Any) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as a, \
            httpx.AsyncClient(transport=transport, base_url="http://testserver") as b:
        token_a = csrf((await a.get("/login")).text)
        await b.get("/login")
        r = await b.post("/login", data={"email": world.user("auditor").email, "password": PASSWORD,
                                         "csrf_token": token_a})
        assert r.status_code == 403


async def test_session_cookie_flags(client: httpx.AsyncClient) -> None:
    r = await client.get("/login")
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=lax" in cookie


async def test_tampered_cookie_is_anonymous(client: httpx.AsyncClient, world: Any, sign_in: Any) -> None:
    await sign_in(client, world.user("staff"))
    value = client.cookies["rc_session"]
    client.cookies.set("rc_session", value[:-2] + ("00" if not value.endswith("00") else "11"))
    assert (await client.get("/calls")).status_code == 303


async def test_logout_ends_session(client: httpx.AsyncClient, world: Any, sign_in: Any, csrf: Any) -> None:
    await sign_in(client, world.user("staff"))
    page = await client.get("/calls")
    r = await client.post("/logout", data={"csrf_token": csrf(page.text)})
    assert r.status_code == 303
    assert (await client.get("/calls")).status_code == 303


@pytest.mark.parametrize("next_path", ["https://evil.example/", "//evil.example", "/\\evil"])
async def test_no_open_redirect_after_login(client: httpx.AsyncClient, world: Any, csrf: Any, next_path: str) -> None:
    page = await client.get("/login")
    r = await client.post("/login", data={"email": world.user("auditor").email, "password": PASSWORD,
                                          "csrf_token": csrf(page.text), "next": next_path})
    assert r.headers["location"] == "/"


@pytest.mark.parametrize(
    ("header", "status"),
    [(None, 401), ("Bearer nope", 401), ("Basic abc", 401), ("Bearer rcp_notarealtoken", 401)],
)
async def test_api_needs_a_valid_token(client: httpx.AsyncClient, header: str | None, status: int) -> None:
    headers = {"authorization": header} if header else {}
    assert (await client.get("/api/v1/calls", headers=headers)).status_code == status


@pytest.mark.parametrize(
    ("role", "scopes", "path", "status"),
    [
        ("staff", ["calls:read"], "/api/v1/calls", 200),
        ("staff", ["dashboard:read"], "/api/v1/calls", 403),
        ("staff", ["calls:read"], "/api/v1/escalations", 403),
        ("safeguarding_lead", ["escalations:read"], "/api/v1/escalations", 200),
        ("auditor", ["audit:read"], "/api/v1/audit", 200),
        ("auditor", ["audit:read"], "/api/v1/calls", 403),
        ("client_admin", ["config:read"], "/api/v1/config", 200),
    ],
)
async def test_token_scopes_limit_access(
    client: httpx.AsyncClient, world: Any, role: str, scopes: list[str], path: str, status: int
) -> None:
    token = world.token(role, scopes=scopes)
    r = await client.get(path, headers={"authorization": f"Bearer {token}"})
    assert r.status_code == status, r.text


def test_token_cannot_exceed_role(world: Any) -> None:
    from receptionist.web.accounts import AccountError

    with pytest.raises(AccountError, match="cannot grant"):
        world.token("staff", scopes=["audit:read"])


async def test_issue_use_and_revoke_token_from_the_page(
    client: httpx.AsyncClient, world: Any, sign_in: Any, csrf: Any
) -> None:
    import re

    await sign_in(client, world.user("staff"))
    page = await client.get("/tokens")
    bad = await client.post("/tokens", data={"csrf_token": csrf(page.text), "name": "x", "scopes": ["audit:read"]})
    assert bad.status_code == 400 and "cannot grant" in bad.text
    made = await client.post("/tokens", data={"csrf_token": csrf(page.text), "name": "laptop",
                                              "scopes": ["calls:read"]})
    token = re.search(r'<code class="token">([^<]+)</code>', made.text)
    assert token
    headers = {"authorization": f"Bearer {token.group(1)}"}
    assert (await client.get("/api/v1/calls", headers=headers)).status_code == 200
    assert (await client.get("/api/v1/dashboard", headers=headers)).status_code == 403  # not in its scopes
    token_id = re.search(r'action="/tokens/([0-9a-f]+)/revoke"', made.text)
    assert token_id
    r = await client.post(f"/tokens/{token_id.group(1)}/revoke", data={"csrf_token": csrf(made.text)})
    assert r.status_code == 303
    assert (await client.get("/api/v1/calls", headers=headers)).status_code == 401
    # Someone else's token cannot be revoked (or even confirmed to exist) by guessing its id.
    from sqlalchemy import select

    from receptionist.store.models import ApiToken

    other = world.token("staff", "college")
    with world.store.sessions() as s:
        other_id = s.scalars(select(ApiToken.id).where(ApiToken.user_id == world.user("staff", "college").id)).one()
    for guess in (other_id, "0123456789abcdef0123456789abcdef"):
        r = await client.post(f"/tokens/{guess}/revoke", data={"csrf_token": csrf(made.text)})
        assert r.status_code == 404
    assert (await client.get("/api/v1/calls", headers={"authorization": f"Bearer {other}"})).status_code == 200
