"""Client admins: config editing (validated, versioned, audited, diffed) and the try-it panel."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import yaml
from sqlalchemy import select

from receptionist.store.models import AuditEvent, Call


def _auth(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


async def _current(client: httpx.AsyncClient, h: dict[str, str]) -> dict[str, Any]:
    return dict(yaml.safe_load((await client.get("/api/v1/config", headers=h)).json()["yaml"]))


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda c: c.update(slug="college"), "slug: must stay"),
        (lambda c: c.update(greeting=""), "greeting"),
        (lambda c: c["retention"].update(recording=0), "retention.recording"),
        (lambda c: c.pop("safeguarding"), "safeguarding"),
        (lambda c: c.update(sector="casino"), "sector"),
    ],
)
async def test_invalid_edits_are_refused_and_nothing_saved(
    client: httpx.AsyncClient, world: Any, mutate: Any, problem: str
) -> None:
    h = _auth(world.token("client_admin"))
    cfg = await _current(client, h)
    before = (await client.get("/api/v1/config", headers=h)).json()["version"]
    mutate(cfg)
    r = await client.put("/api/v1/config", json={"yaml": yaml.safe_dump(cfg)}, headers=h)
    assert r.status_code == 422
    assert any(problem in p for p in r.json()["detail"]["problems"]), r.json()
    assert (await client.get("/api/v1/config", headers=h)).json()["version"] == before


async def test_not_yaml_is_a_clear_error(client: httpx.AsyncClient, world: Any) -> None:
    r = await client.put("/api/v1/config", json={"yaml": "greeting: [unclosed"},
                         headers=_auth(world.token("client_admin")))
    assert r.status_code == 422
    assert "not valid YAML" in r.json()["detail"]["problems"][0]


async def test_edit_is_versioned_audited_and_diffed(client: httpx.AsyncClient, world: Any) -> None:
    h = _auth(world.token("client_admin"))
    cfg = await _current(client, h)
    before = (await client.get("/api/v1/config", headers=h)).json()["version"]
    cfg["faqs"].append({"question": "When is sports day?", "answer": "Sports day is on the 12th of June.",
                        "keywords": ["sports day"]})
    r = await client.put("/api/v1/config", json={"yaml": yaml.safe_dump(cfg), "comment": "sports day"}, headers=h)
    assert r.status_code == 200
    assert r.json()["version"] == before + 1
    diff = (await client.get(f"/api/v1/config/diff?old={before}&new={before + 1}", headers=h)).json()["diff"]
    added = [line for line in diff if line.startswith("+") and not line.startswith("+++")]
    assert any("Sports day is on the 12th of June." in line for line in added)
    versions = (await client.get("/api/v1/config/versions", headers=h)).json()
    assert versions[0]["version"] == before + 1 and versions[0]["comment"] == "sports day"
    with world.store.sessions() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "tenant.config_imported",
                                                  AuditEvent.actor.like("user:%"))).first() is not None
    missing = await client.get(f"/api/v1/config/diff?old=1&new={before + 50}", headers=h)
    assert missing.status_code == 404


async def test_try_it_uses_the_draft_and_stores_nothing(client: httpx.AsyncClient, world: Any) -> None:
    h = _auth(world.token("client_admin"))
    cfg = await _current(client, h)
    cfg["faqs"] = [{"question": "Is there a swimming gala?", "answer": "The swimming gala is on Friday at ten.",
                    "keywords": ["swimming gala", "gala"]}]
    with world.store.sessions() as s:
        calls_before = len(s.scalars(select(Call.id)).all())
    r = await client.post("/api/v1/config/try", headers=h,
                          json={"yaml": yaml.safe_dump(cfg), "lines": ["When is the swimming gala?"]})
    assert r.status_code == 200, r.text
    turns = r.json()["turns"]
    assert turns[0]["speaker"] == "receptionist" and cfg["greeting"] in turns[0]["text"]
    assert any("Friday at ten" in t["text"] for t in turns if t["speaker"] == "receptionist")
    with world.store.sessions() as s:
        assert len(s.scalars(select(Call.id)).all()) == calls_before  # the sandbox, not the real store


async def test_config_page_try_and_save(client: httpx.AsyncClient, world: Any, sign_in: Any, csrf: Any) -> None:
    await sign_in(client, world.user("client_admin"))
    page = await client.get("/config")
    assert page.status_code == 200
    h = _auth(world.token("client_admin"))
    cfg = await _current(client, h)
    cfg["greeting"] = "Hello from the edited draft."
    draft = yaml.safe_dump(cfg)
    tried = await client.post("/config", data={"csrf_token": csrf(page.text), "yaml": draft,
                                               "lines": "hello", "action": "try"})
    assert tried.status_code == 200 and "Hello from the edited draft." in tried.text
    saved = await client.post("/config", data={"csrf_token": csrf(page.text), "yaml": draft, "action": "save"})
    assert saved.status_code == 303
    assert (await _current(client, h))["greeting"] == "Hello from the edited draft."
