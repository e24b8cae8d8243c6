"""Tenant isolation: a school user guessing the college's ids gets 404 on every route, and
lists, config and exports only ever show the user's own tenant.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from receptionist.store.models import Call, DeletionRecord
from receptionist.store.rights import RightsService

# (role, method, path template, json body); {call}/{esc}/{rec}/{del} are the *other* tenant's ids.
API_ROUTES = [
    ("staff", "GET", "/api/v1/calls/{call}", None),
    ("staff", "POST", "/api/v1/calls/{call}/callback-done", None),
    ("client_admin", "POST", "/api/v1/calls/{call}/reveal", {"reason": "guessing ids"}),
    ("safeguarding_lead", "POST", "/api/v1/escalations/{esc}/open", {"reason": "guessing ids"}),
    ("safeguarding_lead", "POST", "/api/v1/escalations/{esc}/ack", None),
    ("safeguarding_lead", "POST", "/api/v1/escalations/{esc}/notes", {"text": "x"}),
    ("safeguarding_lead", "POST", "/api/v1/escalations/{esc}/close", {"outcome": "police"}),
    ("auditor", "GET", "/api/v1/deletions/{del}/certificate", None),
]
PAGE_ROUTES = [
    ("staff", "GET", "/calls/{call}", {}),
    ("staff", "POST", "/calls/{call}/callback-done", {}),
    ("client_admin", "POST", "/calls/{call}/reveal", {"reason": "guessing ids"}),
    ("client_admin", "POST", "/calls/{call}/recordings/{rec}", {"reason": "guessing ids"}),
    ("safeguarding_lead", "GET", "/escalations/{esc}", {}),
    ("safeguarding_lead", "POST", "/escalations/{esc}", {"reason": "guessing ids"}),
    ("safeguarding_lead", "POST", "/escalations/{esc}/ack", {}),
    ("safeguarding_lead", "POST", "/escalations/{esc}/notes", {"text": "x"}),
    ("safeguarding_lead", "POST", "/escalations/{esc}/close", {"outcome": "police"}),
    ("auditor", "GET", "/deletions/{del}", {}),
]


def _ids(world: Any, tenant: str, *, guessed: bool) -> dict[str, str]:
    if guessed:
        return {k: uuid.uuid4().hex for k in ("call", "esc", "rec", "del")}
    data = world.tenants[tenant]
    with world.store.sessions() as s:
        deletion = s.scalars(select(DeletionRecord.id).where(DeletionRecord.tenant_id == data.id)).first()
    return {"call": data.message_call, "esc": data.escalations[0], "rec": uuid.uuid4().hex, "del": deletion or ""}


@pytest.fixture
def erased_in_college(world: Any) -> None:
    """A deletion record in the college tenant (an erasure request) so certificates exist."""
    with world.store.sessions() as s, s.begin():
        RightsService(world.store).erase(s, number="+447700900123", tenant_id=world.tenants["college"].id,
                                         actor="test")


@pytest.mark.parametrize("guessed", [False, True], ids=["other-tenant-id", "random-id"])
@pytest.mark.parametrize(("role", "method", "path", "body"), API_ROUTES)
async def test_api_routes_answer_404_for_other_tenants_ids(
    client: httpx.AsyncClient, world: Any, erased_in_college: None,
    role: str, method: str, path: str, body: Any, guessed: bool,
) -> None:
    url = path.format(**_ids(world, "college", guessed=guessed))
    headers = {"authorization": f"Bearer {world.token(role, 'school')}"}
    r = await client.request(method, url, json=body, headers=headers)
    assert r.status_code == 404, (url, r.status_code, r.text)


@pytest.mark.parametrize("guessed", [False, True], ids=["other-tenant-id", "random-id"])
@pytest.mark.parametrize(("role", "method", "path", "form"), PAGE_ROUTES)
async def test_pages_answer_404_for_other_tenants_ids(
    client: httpx.AsyncClient, world: Any, erased_in_college: None, sign_in: Any, csrf: Any,
    role: str, method: str, path: str, form: dict[str, str], guessed: bool,
) -> None:
    await sign_in(client, world.user(role, "school"))
    token = csrf((await client.get("/tokens")).text)
    url = path.format(**_ids(world, "college", guessed=guessed))
    r = await client.request(method, url, data={**form, "csrf_token": token} if method == "POST" else None)
    assert r.status_code == 404, (url, r.status_code)


@pytest.mark.parametrize(
    ("role", "path", "key"),
    [("staff", "/api/v1/calls", "id"), ("safeguarding_lead", "/api/v1/escalations?view=all", "id"),
     ("auditor", "/api/v1/audit?limit=500", "id"), ("auditor", "/api/v1/deletions", "id"),
     ("auditor", "/api/v1/requests", "id")],
)
async def test_lists_only_show_own_tenant(
    client: httpx.AsyncClient, world: Any, erased_in_college: None, role: str, path: str, key: str
) -> None:
    r = await client.get(path, headers={"authorization": f"Bearer {world.token(role, 'school')}"})
    body = r.json()
    items = body["items"] if isinstance(body, dict) else body
    college = world.tenants["college"]
    assert not {i.get("tenant_id") for i in items} - {world.tenants["school"].id, None}
    assert not {i[key] for i in items} & {*college.calls, *college.escalations}


async def test_config_routes_ignore_another_tenant_name(client: httpx.AsyncClient, world: Any) -> None:
    h = {"authorization": f"Bearer {world.token('client_admin', 'school')}"}
    mine = (await client.get("/api/v1/config?tenant=college", headers=h)).json()
    assert "slug: school" in mine["yaml"]
    college_yaml = mine["yaml"].replace("slug: school", "slug: college")
    r = await client.put("/api/v1/config?tenant=college", json={"yaml": college_yaml}, headers=h)
    assert r.status_code == 422  # cannot write into the college through the slug either
    diff = await client.get("/api/v1/config/diff?old=1&new=1&tenant=college", headers=h)
    assert diff.status_code == 200 and diff.json()["diff"] == []


async def test_subject_access_export_is_scoped(client: httpx.AsyncClient, world: Any) -> None:
    # The same number called both tenants; the school's export holds only the school's call.
    h = {"authorization": f"Bearer {world.token('client_admin', 'school')}"}
    r = await client.post("/api/v1/requests", json={"kind": "access", "number": "+447700900123"}, headers=h)
    refs = {c["reference"] for c in r.json()["package"]["calls"]}
    with world.store.sessions() as s:
        school_refs = set(s.scalars(select(Call.reference).where(Call.tenant_id == world.tenants["school"].id)))
    assert refs and refs <= school_refs


async def test_platform_admin_sees_every_tenant(client: httpx.AsyncClient, world: Any) -> None:
    h = {"authorization": f"Bearer {world.token('platform_admin', None)}"}
    ids = {i["id"] for i in (await client.get("/api/v1/calls", headers=h)).json()["items"]}
    assert set(world.tenants["school"].calls) | set(world.tenants["college"].calls) <= ids
    assert (await client.get("/api/v1/config", headers=h)).status_code == 400
    assert "slug: college" in (await client.get("/api/v1/config?tenant=college", headers=h)).json()["yaml"]
