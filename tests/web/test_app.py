"""The app factory: migration gate, security headers, health probes, contributed routers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from receptionist.settings import Settings
from receptionist.store.db import SchemaNotCurrentError, make_engine
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.service import Store
from receptionist.web.app import create_app
from receptionist.web.headers import CSP


def test_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    store = Store(engine, LocalKeyProvider(os.urandom(32)))
    with pytest.raises(SchemaNotCurrentError, match="unmigrated"):
        create_app(Settings(session_secret=SecretStr("x" * 40)), store)


@pytest.mark.parametrize("path", ["/login", "/healthz", "/api/v1/calls", "/static/app.css"])
async def test_security_headers_everywhere(client: httpx.AsyncClient, path: str) -> None:
    r = await client.get(path)
    assert r.headers["content-security-policy"] == CSP
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "strict-transport-security" not in r.headers  # test environment: no HSTS
    if not path.startswith("/static"):
        assert r.headers["cache-control"] == "no-store"


@pytest.mark.parametrize(("path", "role"), [("/api/v1/calls", "staff"),
                                           ("/api/v1/escalations?view=open", "safeguarding_lead")])
async def test_security_headers_on_the_fast_list_answers(
    client: httpx.AsyncClient, world: Any, path: str, role: str
) -> None:
    # The list endpoints build their JSON themselves; the headers must still be there.
    r = await client.get(path, headers={"authorization": f"Bearer {world.token(role)}"})
    assert r.status_code == 200 and r.json()["items"]
    assert r.headers["content-type"] == "application/json"
    assert int(r.headers["content-length"]) == len(r.content)
    assert r.headers["content-security-policy"] == CSP
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["cache-control"] == "no-store"


async def test_hsts_only_in_production(world: Any) -> None:
    settings = Settings.model_construct(**{**world.settings.model_dump(), "environment": "production"})
    app = create_app(settings, world.store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as c:
        r = await c.get("/healthz")
    assert r.headers["strict-transport-security"].startswith("max-age=")
    assert app.docs_url is None


async def test_healthz_and_readyz(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    r = await client.get("/readyz")
    assert r.status_code == 200
    assert r.json()["checks"] == {"database": "ok", "migrations": "ok", "keys": "ok"}


async def test_readyz_reports_a_database_that_went_away(world: Any, tmp_path: Path) -> None:
    app = create_app(world.settings, world.store)
    world.store.engine.dispose()
    broken = make_engine(f"sqlite:///{tmp_path / 'missing-dir' / 'x.db'}")
    world.store.engine = broken  # the old one is gone; this one has no schema
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        r = await c.get("/readyz")
    assert r.status_code == 503
    assert r.json()["checks"]["migrations"] == "failed"


def test_openapi_lists_only_the_json_api(app: Any) -> None:
    paths = set(app.openapi()["paths"])
    assert "/api/v1/calls" in paths
    assert not any(p.startswith(("/login", "/calls", "/config", "/escalations")) for p in paths)


async def test_cookies_are_secure_in_production(world: Any) -> None:
    settings = Settings.model_construct(**{**world.settings.model_dump(), "environment": "production",
                                           "public_base_url": "https://reception.example"})
    app = create_app(settings, world.store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as c:
        cookie = (await c.get("/login")).headers["set-cookie"].lower()
    assert "secure" in cookie and "httponly" in cookie and "samesite=lax" in cookie


async def test_contributed_routers_are_mounted(app: Any, client: httpx.AsyncClient) -> None:
    assert any(p.startswith("/twilio/voice") for p in app.openapi()["paths"])
    assert (await client.get("/metrics")).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("GET", "/api/v1/config?tenant=%00", None), ("GET", "/api/v1/audit?action=a%00b", None),
     ("GET", "/api/v1/calls/%00", None), ("POST", "/api/v1/calls/{call}/reveal", {"reason": "why\u0000not"}),
     ("POST", "/api/v1/escalations/{esc}/notes", {"text": "a\u0000b"})],
)
async def test_nul_characters_are_bad_input_not_server_errors(
    client: httpx.AsyncClient, world: Any, method: str, path: str, body: Any
) -> None:
    headers = {"authorization": f"Bearer {world.token('platform_admin', None)}"}
    school = world.tenants["school"]
    url = path.format(call=school.message_call, esc=school.escalations[0])
    r = await client.request(method, url, json=body, headers=headers)
    assert 400 <= r.status_code < 500, r.text
