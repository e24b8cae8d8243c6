"""Safeguarding leads: queue views, opening a case with a reason, ack, notes, close."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from receptionist.store.models import AuditEvent, Escalation

DISCLOSURE = "my dad hits me when he has been drinking"


def _auth(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


@pytest.mark.parametrize(
    ("overdue", "view", "count"),
    [(False, "new", 1), (False, "overdue", 0), (True, "new", 0), (True, "overdue", 1), (True, "open", 1),
     (False, "acknowledged", 0), (False, "closed", 0), (False, "all", 1)],
)
async def test_queue_views(client: httpx.AsyncClient, world: Any, overdue: bool, view: str, count: int) -> None:
    if overdue:
        with world.store.sessions() as s, s.begin():
            e = s.get(Escalation, world.tenants["school"].escalations[0])
            e.ack_due_at = datetime.now(UTC) - timedelta(minutes=1)
    r = await client.get(f"/api/v1/escalations?view={view}", headers=_auth(world.token("safeguarding_lead")))
    assert r.status_code == 200
    items = r.json()["items"]
    assert len(items) == count
    assert DISCLOSURE not in r.text
    if items:
        assert items[0]["overdue"] is overdue


async def test_case_lifecycle_via_api(client: httpx.AsyncClient, world: Any) -> None:
    eid = world.tenants["school"].escalations[0]
    h = _auth(world.token("safeguarding_lead"))
    opened = await client.post(f"/api/v1/escalations/{eid}/open", json={"reason": "new case triage"}, headers=h)
    assert opened.json()["caller_words"] == DISCLOSURE
    assert (await client.post(f"/api/v1/escalations/{eid}/ack", headers=h)).json()["status"] == "acknowledged"
    noted = await client.post(f"/api/v1/escalations/{eid}/notes",
                              json={"text": "spoke to the DSL deputy", "action": "advice_sought"}, headers=h)
    assert [n["action"] for n in noted.json()["notes"]] == ["advice_sought"]
    bad = await client.post(f"/api/v1/escalations/{eid}/close", json={"outcome": "made_up"}, headers=h)
    assert bad.status_code == 400
    closed = await client.post(f"/api/v1/escalations/{eid}/close",
                               json={"outcome": "referral_childrens_social_care"}, headers=h)
    assert closed.json()["status"] == "closed"
    again = await client.post(f"/api/v1/escalations/{eid}/close", json={"outcome": "police"}, headers=h)
    assert again.status_code == 400
    with world.store.sessions() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.target_id == eid)).all()
        reasons = s.scalars(select(AuditEvent.reason).where(AuditEvent.action == "escalation.read")).all()
    assert {"escalation.acknowledged", "escalation.read"} <= set(actions)
    assert "new case triage" in reasons


@pytest.mark.parametrize("role", ["staff", "client_admin", "auditor"])
async def test_other_roles_cannot_see_cases(client: httpx.AsyncClient, world: Any, role: str) -> None:
    eid = world.tenants["school"].escalations[0]
    token = world.token(role)
    assert (await client.get("/api/v1/escalations", headers=_auth(token))).status_code == 403
    r = await client.post(f"/api/v1/escalations/{eid}/open", json={"reason": "curious"}, headers=_auth(token))
    assert r.status_code == 403


async def test_case_pages(client: httpx.AsyncClient, world: Any, sign_in: Any, csrf: Any) -> None:
    eid = world.tenants["school"].escalations[0]
    await sign_in(client, world.user("safeguarding_lead"))
    queue = await client.get("/escalations?view=new")
    assert eid in queue.text and DISCLOSURE not in queue.text
    gate = await client.get(f"/escalations/{eid}")
    assert DISCLOSURE not in gate.text
    no_reason = await client.post(f"/escalations/{eid}", data={"csrf_token": csrf(gate.text), "reason": " "})
    assert no_reason.status_code == 400 and DISCLOSURE not in no_reason.text
    case = await client.post(f"/escalations/{eid}", data={"csrf_token": csrf(gate.text), "reason": "triage"})
    assert DISCLOSURE in case.text
    token = csrf(case.text)
    assert (await client.post(f"/escalations/{eid}/ack", data={"csrf_token": token})).status_code == 303
    noted = await client.post(f"/escalations/{eid}/notes", data={"csrf_token": token, "text": "called the family"})
    assert "called the family" in noted.text
    closed = await client.post(f"/escalations/{eid}/close", data={"csrf_token": token, "outcome": "early_help"})
    assert closed.status_code == 303
    assert eid in (await client.get("/escalations?view=closed")).text
