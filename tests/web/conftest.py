"""Fixtures for the web tests: a real store, two demo tenants, a user per role, seeded calls
and cases, and the real app behind ``httpx.ASGITransport``.

Seeding goes through the same services the call flow uses (``CallRepository``,
``raise_escalation``), so what the web reads is exactly what a call would have stored.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import pyotp
import pytest
from argon2 import PasswordHasher
from pydantic import SecretStr
from sqlalchemy import update

from receptionist.core.config import load_tenant_config
from receptionist.core.tenants import TenantRepository
from receptionist.escalations.service import raise_escalation
from receptionist.privacy.types import Finding
from receptionist.settings import Settings
from receptionist.store.calls import CallRepository
from receptionist.store.db import session_scope
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.models import Escalation
from receptionist.store.service import Store
from receptionist.web.accounts import AccountService
from receptionist.web.app import create_app
from receptionist.web.credentials import Credentials
from receptionist.web.ratelimit import LoginRateLimiter
from receptionist.web.roles import permissions_for

POSTGRES = bool(os.environ.get("RECEPTIONIST_TEST_POSTGRES_URL"))
DB_BACKENDS = ["sqlite", *(["postgres"] if POSTGRES else [])]
SECRET = "test-session-secret-0123456789abcdef"
PASSWORD = "correct horse battery staple"
TENANTS = ("school", "college")
ROLES = ("client_admin", "safeguarding_lead", "staff", "auditor")
DISCLOSURE = "my dad hits me when he has been drinking"
# Argon2's defaults take most of a second here; tests only need a real argon2 hash.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@dataclass
class TestUser:
    """A seeded user and what a test needs to sign in as them."""

    id: str
    email: str
    role: str
    tenant: str | None
    totp_secret: str | None

    def code(self) -> str:
        assert self.totp_secret
        return pyotp.TOTP(self.totp_secret).now()


@dataclass
class TenantData:
    """Ids seeded for one tenant."""

    id: str
    calls: list[str] = field(default_factory=list)
    message_call: str = ""
    escalations: list[str] = field(default_factory=list)


@dataclass
class World:
    """Everything seeded: tenants with their calls and cases, and users by (tenant, role)."""

    store: Store
    settings: Settings
    tenants: dict[str, TenantData]
    users: dict[tuple[str | None, str], TestUser]

    def user(self, role: str, tenant: str | None = "school") -> TestUser:
        return self.users[(None if role == "platform_admin" else tenant, role)]

    def token(self, role: str, tenant: str | None = "school", scopes: list[str] | None = None) -> str:
        u = self.user(role, tenant)
        accounts = AccountService(Credentials(SECRET, hasher=FAST_HASHER))
        with session_scope(self.store.sessions) as s:
            from receptionist.store.models import User

            row = s.get(User, u.id)
            assert row is not None
            return accounts.issue_token(s, row, name="test", scopes=scopes or sorted(permissions_for(role)))


def make_settings(tmp_dir: str) -> Settings:
    return Settings(environment="test", session_secret=SecretStr(SECRET), data_dir=tmp_dir)  # type: ignore[arg-type]


def seed_world(store: Store, settings: Settings) -> World:
    """Two tenants, a user per role in each, a platform admin, calls and safeguarding cases."""
    accounts = AccountService(Credentials(SECRET, hasher=FAST_HASHER))
    tenants_repo = TenantRepository()
    repo = CallRepository(store)
    tenants: dict[str, TenantData] = {}
    users: dict[tuple[str | None, str], TestUser] = {}
    with session_scope(store.sessions) as s:
        for slug in TENANTS:
            cfg = load_tenant_config(slug)
            tenant = tenants_repo.import_config(s, cfg, "test")
            data = TenantData(tenant.id)
            tenants[slug] = data
            for role in ROLES:
                email = f"{role}@{slug}.example"
                made = accounts.create_user(s, email=email, role=role, tenant_slug=slug, password=PASSWORD,
                                            display_name=f"{role} {slug}")
                users[(slug, role)] = TestUser(made.user.id, email, role, slug, _secret(made.totp_uri))
            # A message call with a card number masked in the transcript.
            call = repo.open_call(s, tenant_id=tenant.id, transport="simulate", caller_number="+447700900123",
                                  config_version=tenant.active_config_version)
            said = "my card is 4111 1111 1111 1111 and I need a call back"
            start = said.index("4111")
            repo.append_turn(s, call, speaker="receptionist", text_redacted=cfg.greeting, findings=[],
                             original_text=cfg.greeting)
            repo.append_turn(s, call, speaker="caller",
                             text_redacted=said[:start] + "[payment_card]" + said[start + 19:],
                             findings=[Finding("payment", "payment_card", start, start + 19, 0.99)],
                             original_text=said)
            repo.set_identity(s, call, name="Alex Example", callback_number="+447700900456",
                              reason="fees question", message="please ring back after 3pm")
            call.outcome = "message"
            call.reason_category = "fees"
            repo.finish_call(s, call, summary="Caller asked about fees; wants a callback.", generator="offline",
                             crm_payload=None)
            data.message_call = call.id
            data.calls.append(call.id)
            # A safeguarding call and its case.
            scall = repo.open_call(s, tenant_id=tenant.id, transport="simulate", caller_number=None,
                                   config_version=tenant.active_config_version)
            repo.append_turn(s, scall, speaker="caller", text_redacted="[safeguarding]",
                             findings=[Finding("safeguarding", "physical_abuse", 0, len(DISCLOSURE), 0.95)],
                             original_text=DISCLOSURE)
            s.flush()
            esc = raise_escalation(s, store, call=scall, config=cfg, subtype="physical_abuse",
                                   caller_words=DISCLOSURE, now=datetime.now(UTC))
            data.calls.append(scall.id)
            data.escalations.append(esc.id)
        made = accounts.create_user(s, email="platform@example.org", role="platform_admin", tenant_slug=None,
                                    password=PASSWORD)
        users[(None, "platform_admin")] = TestUser(made.user.id, "platform@example.org", "platform_admin", None,
                                                   _secret(made.totp_uri))
    return World(store, settings, tenants, users)


def _secret(uri: str | None) -> str | None:
    if uri is None:
        return None
    return parse_qs(urlparse(uri).query)["secret"][0]


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    """The CSRF token in a rendered form."""
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF token"
    return match.group(1)


async def login(client: httpx.AsyncClient, user: TestUser) -> None:
    """Sign in through the real forms, including the TOTP step when the role has one."""
    page = await client.get("/login")
    r = await client.post("/login", data={"email": user.email, "password": PASSWORD,
                                          "csrf_token": csrf_of(page.text), "next": "/"})
    assert r.status_code == 303, r.text
    if user.totp_secret:
        assert r.headers["location"].startswith("/login/mfa")
        page = await client.get("/login/mfa")
        r = await client.post("/login/mfa", data={"code": user.code(), "csrf_token": csrf_of(page.text)})
        assert r.status_code == 303, r.text


@dataclass
class _Template:
    path: str
    master: bytes
    world: World


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> _Template:
    """Migrate and seed one SQLite file per session; each test gets a copy (seeding is slow)."""
    from receptionist.store.db import make_engine, upgrade

    directory = tmp_path_factory.mktemp("web-template")
    path = str(directory / "template.db")
    master = os.urandom(32)
    eng = make_engine(f"sqlite:///{path}")
    upgrade(eng)
    store = Store(eng, LocalKeyProvider(master))
    world = seed_world(store, make_settings(str(directory)))
    with eng.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    eng.dispose()
    return _Template(path, master, world)


@pytest.fixture(params=DB_BACKENDS)
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    """The seeded world on a private copy of the SQLite template, or freshly seeded on PostgreSQL."""
    from receptionist.store.db import make_engine

    if request.param == "sqlite":
        template: _Template = request.getfixturevalue("_sqlite_template")
        target = tmp_path / "web.db"
        shutil.copyfile(template.path, target)
        eng = make_engine(f"sqlite:///{target}")
        store = Store(eng, LocalKeyProvider(template.master))
        # The template was seeded when the session began: make its cases as fresh as a
        # newly seeded world's, so "new" does not silently turn into "overdue" mid-run.
        with eng.begin() as conn:
            conn.execute(update(Escalation).values(ack_due_at=datetime.now(UTC) + timedelta(minutes=5)))
        try:
            yield replace(template.world, store=store, settings=make_settings(str(tmp_path)))
        finally:
            eng.dispose()
    else:
        eng = request.getfixturevalue("_postgres_engine")
        store = Store(eng, LocalKeyProvider(os.urandom(32)))
        try:
            yield seed_world(store, make_settings(str(tmp_path)))
        finally:
            _empty(eng)


def _empty(engine: Any) -> None:
    """Empty every table after a PostgreSQL test (the root conftest does the same for ``engine``)."""
    from sqlalchemy import text

    from receptionist.store.base import Base

    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
def app(world: World) -> object:
    return create_app(world.settings, world.store, limiter=LoginRateLimiter(per_account=5, per_client=1000))


@pytest.fixture
async def client(app: object) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture
def sign_in() -> object:
    """``await sign_in(client, user)`` signs in through the real forms."""
    return login


@pytest.fixture
def csrf() -> object:
    """``csrf(html)`` extracts the form's CSRF token."""
    return csrf_of
