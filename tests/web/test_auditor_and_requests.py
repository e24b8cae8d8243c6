"""Auditors (audit log, verification, deletions, certificates), data-subject requests and the
aggregate dashboard."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from receptionist.store.models import AuditEvent, Call, SubjectRequest

NUMBER = "+447700900123"


def _auth(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


async def test_audit_verification_detects_an_edit(client: httpx.AsyncClient, world: Any) -> None:
    h = _auth(world.token("auditor"))
    ok = (await client.get("/api/v1/audit/verify", headers=h)).json()
    assert ok["ok"] is True and ok["checked"] > 0
    with world.store.sessions() as s, s.begin():
        first = s.scalars(select(AuditEvent.id).order_by(AuditEvent.id).limit(1)).one()
        s.execute(update(AuditEvent).where(AuditEvent.id == first).values(action="tampered"))
    broken = (await client.get("/api/v1/audit/verify", headers=h)).json()
    assert broken["ok"] is False and broken["first_bad_id"] == first


async def test_audit_filter_by_action(client: httpx.AsyncClient, world: Any) -> None:
    h = _auth(world.token("auditor"))
    events = (await client.get("/api/v1/audit?action=user.create", headers=h)).json()
    assert events and {e["action"] for e in events} == {"user.create"}
    # Audit details never carry email addresses.
    assert "@school.example" not in json.dumps(events)


@pytest.mark.parametrize(
    ("body", "check"),
    [
        ({"kind": "restriction"}, lambda r, c: r["calls"] == 1 and c.restricted),
        ({"kind": "restriction", "lift": True}, lambda r, c: r["lifted"] and not c.restricted),
        ({"kind": "rectification", "new_name": "Alexandra Example"}, lambda r, c: r["calls"] == 1),
        ({"kind": "erasure"}, lambda r, c: r["calls_erased"] == 1 and c.deleted_at is not None),
    ],
)
async def test_requests_run_through_the_rights_service(
    client: httpx.AsyncClient, world: Any, body: dict[str, Any], check: Any
) -> None:
    h = _auth(world.token("client_admin"))
    r = await client.post("/api/v1/requests", json={"number": NUMBER, **body}, headers=h)
    assert r.status_code == 200, r.text
    with world.store.sessions() as s:
        call = s.get(Call, world.tenants["school"].message_call)
        assert check(r.json(), call)
        req = s.scalars(select(SubjectRequest).where(SubjectRequest.kind == body["kind"])).one()
    assert req.tenant_id == world.tenants["school"].id and req.due_at > req.received_at
    listed = (await client.get("/api/v1/requests", headers=_auth(world.token("auditor")))).json()
    assert [x["kind"] for x in listed] == [body["kind"]]
    assert NUMBER not in json.dumps(listed)


@pytest.mark.parametrize(
    "body",
    [{"kind": "access", "number": "not a number"}, {"kind": "rectification", "number": NUMBER},
     {"kind": "deletion", "number": NUMBER}, {"kind": "access"}],
)
async def test_bad_requests_are_refused_and_nothing_is_logged(
    client: httpx.AsyncClient, world: Any, body: dict[str, Any]
) -> None:
    r = await client.post("/api/v1/requests", json=body, headers=_auth(world.token("client_admin")))
    assert r.status_code in (400, 422)
    with world.store.sessions() as s:
        assert s.scalars(select(SubjectRequest)).all() == []


async def test_access_export_download_page(client: httpx.AsyncClient, world: Any, sign_in: Any, csrf: Any) -> None:
    await sign_in(client, world.user("client_admin"))
    page = await client.get("/requests")
    r = await client.post("/requests", data={"csrf_token": csrf(page.text), "kind": "access", "number": NUMBER})
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(r.content)) as zf:
        package = json.loads(zf.read("subject_access.json"))
    assert len(package["calls"]) == 1
    assert "access" in (await client.get("/requests")).text


async def test_auditor_cannot_run_requests(client: httpx.AsyncClient, world: Any, sign_in: Any, csrf: Any) -> None:
    await sign_in(client, world.user("auditor"))
    page = await client.get("/requests")
    assert page.status_code == 200 and "Run request" not in page.text
    r = await client.post("/requests", data={"csrf_token": csrf(page.text), "kind": "access", "number": NUMBER})
    assert r.status_code == 403


async def test_deletion_certificate(client: httpx.AsyncClient, world: Any) -> None:
    await client.post("/api/v1/requests", json={"kind": "erasure", "number": NUMBER},
                      headers=_auth(world.token("client_admin")))
    h = _auth(world.token("auditor"))
    deletions = (await client.get("/api/v1/deletions", headers=h)).json()
    assert deletions and all(d["rule"].startswith("request:erasure") for d in deletions)
    cert = (await client.get(f"/api/v1/deletions/{deletions[0]['id']}/certificate", headers=h)).json()
    assert cert["record"]["content_hash"] == deletions[0]["content_hash"] and len(cert["digest"]) == 64


async def test_dashboard_counts_without_personal_data(client: httpx.AsyncClient, world: Any) -> None:
    r = await client.get("/api/v1/dashboard?days=7", headers=_auth(world.token("staff")))
    body = r.json()
    today = body["days"][-1]
    assert len(body["days"]) == 7
    assert body["by_day"][today] == {"calls": 2, "escalated": 1, "transfers": 0, "messages": 1}
    assert body["reasons"]["fees"] == 1
    assert body["escalations_by_subtype"] == {"physical_abuse": 1}
    assert "Alex" not in r.text and "+4477" not in r.text


@pytest.mark.parametrize(
    ("role", "links"),
    [("staff", {"Calls"}), ("safeguarding_lead", {"Calls", "Safeguarding"}),
     ("client_admin", {"Calls", "Configuration", "Data requests"}), ("auditor", {"Audit log", "Data requests"})],
)
async def test_navigation_follows_role(
    client: httpx.AsyncClient, world: Any, sign_in: Any, role: str, links: set[str]
) -> None:
    await sign_in(client, world.user(role))
    html = (await client.get("/")).text
    all_links = {"Calls", "Safeguarding", "Configuration", "Data requests", "Audit log"}
    for name in all_links:
        assert (f">{name}</a>" in html) is (name in links), name
