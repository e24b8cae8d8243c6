"""Table tests for the small web pieces: roles, cookies, rate limiter, token cache, cursors,
reveal, credentials."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pyotp
import pytest

from receptionist.store.call_view import FindingView, TurnView
from receptionist.web.accounts import Principal
from receptionist.web.cookies import SessionCodec, SessionData
from receptionist.web.credentials import Credentials, WeakPasswordError
from receptionist.web.cursors import BadCursorError, decode_cursor, encode_cursor
from receptionist.web.ratelimit import LoginRateLimiter
from receptionist.web.reveal import revealed_text
from receptionist.web.roles import UnknownRoleError, is_tenant_scoped, permissions_for, requires_mfa
from receptionist.web.token_cache import TokenCache


@pytest.mark.parametrize(
    ("role", "mfa", "scoped", "can_reveal", "can_audit"),
    [("platform_admin", True, False, True, True), ("client_admin", True, True, True, False),
     ("safeguarding_lead", True, True, True, False), ("staff", True, True, False, False),
     ("auditor", False, True, False, True)],
)
def test_roles(role: str, mfa: bool, scoped: bool, can_reveal: bool, can_audit: bool) -> None:
    assert requires_mfa(role) is mfa
    assert is_tenant_scoped(role) is scoped
    assert ("calls:reveal" in permissions_for(role)) is can_reveal
    assert ("audit:read" in permissions_for(role)) is can_audit


def test_unknown_role() -> None:
    with pytest.raises(UnknownRoleError, match="unknown role"):
        permissions_for("janitor")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_session_cookie_roundtrip_and_tamper() -> None:
    codec = SessionCodec("secret-a")
    data = SessionData().signed_in("u1", mfa_passed=False).with_mfa()
    value = codec.encode(data)
    assert codec.decode(value) == data
    assert SessionCodec("secret-b").decode(value) is None
    body, sig = value.rsplit(".", 1)
    assert codec.decode(body + "x." + sig) is None
    assert codec.decode("garbage") is None and codec.decode(None) is None


def test_session_expires() -> None:
    codec = SessionCodec("s", max_age=10)
    old = SessionData(user_id="u", issued_at=int(time.time()) - 11)
    assert codec.decode(codec.encode(old)) is None


def test_sign_in_rotates_csrf() -> None:
    anon = SessionData()
    signed = anon.signed_in("u", mfa_passed=False)
    assert signed.csrf != anon.csrf and signed.with_mfa().csrf != signed.csrf


@pytest.mark.parametrize(("failures", "allowed"), [(0, True), (4, True), (5, False)])
def test_rate_limiter_per_account(failures: int, allowed: bool) -> None:
    limiter = LoginRateLimiter(per_account=5, per_client=100, clock=Clock())
    for _ in range(failures):
        limiter.failed(account="A@x.org", client="1.2.3.4")
    assert limiter.allowed(account="a@x.org ", client="5.6.7.8") is allowed


def test_rate_limiter_window_and_client_limit() -> None:
    clock = Clock()
    limiter = LoginRateLimiter(per_account=2, per_client=3, window=60, clock=clock)
    for i in range(3):
        limiter.failed(account=f"user{i}@x.org", client="9.9.9.9")
    assert not limiter.allowed(account="fresh@x.org", client="9.9.9.9")
    clock.now += 61
    assert limiter.allowed(account="fresh@x.org", client="9.9.9.9")


def test_token_cache_expires_and_is_bounded() -> None:
    clock = Clock()
    cache = TokenCache(ttl=5, max_entries=2, clock=clock)
    p = Principal("u", "staff", "t", frozenset(), "x")
    cache.put("a", p)
    cache.put("b", p)
    cache.put("c", p)
    assert cache.get("a") is None and cache.get("c") is p
    clock.now += 6
    assert cache.get("c") is None
    assert TokenCache(ttl=0).get("a") is None


@pytest.mark.parametrize("bad", ["", "!!!", encode_cursor(datetime(2026, 1, 1), "x")[:-3] + "%%%",
                                 "MjAyNi0wMS0wMVQwMDowMDowMHxhYmM"])
def test_bad_cursors(bad: str) -> None:
    with pytest.raises(BadCursorError):
        decode_cursor(bad)


def test_cursor_roundtrip() -> None:
    at = datetime(2026, 5, 1, 12, 30, tzinfo=UTC)
    assert decode_cursor(encode_cursor(at, "abc123")) == (at, "abc123")


@pytest.mark.parametrize(
    ("text", "findings", "expected"),
    [
        ("my card is [payment_card] ok", [("payment_card", 11, 30, "4111 1111 1111 1111")],
         "my card is 4111 1111 1111 1111 ok"),
        ("[health] and [health]", [("health", 0, 6, "asthma"), ("health", 11, 20, "diabetes")],
         "asthma and diabetes"),
        ("kept [health]", [("health", 5, 11, None)], "kept [health]"),  # shredded excerpt stays masked
        ("nothing here", [], "nothing here"),
    ],
)
def test_reveal(text: str, findings: list[tuple[str, int, int, str | None]], expected: str) -> None:
    turn = TurnView(1, "caller", datetime.now(UTC), text,
                    [FindingView("category", label, s, e, 0.9, ex) for label, s, e, ex in findings])
    assert revealed_text(turn) == expected


def test_credentials() -> None:
    creds = Credentials("deployment-secret")
    with pytest.raises(WeakPasswordError):
        creds.hash_password("short")
    h = creds.hash_password("a long enough password")
    assert creds.verify_password(h, "a long enough password")
    assert not creds.verify_password(h, "wrong") and not creds.verify_password("not-a-hash", "x")
    secret = creds.new_totp_secret()
    sealed = creds.seal_totp("user-1", secret)
    assert secret.encode() not in sealed
    code = pyotp.TOTP(secret).now()
    assert creds.verify_totp("user-1", sealed, code)
    assert not creds.verify_totp("user-2", sealed, code)  # bound to its user
    assert not Credentials("other-secret").verify_totp("user-1", sealed, code)
