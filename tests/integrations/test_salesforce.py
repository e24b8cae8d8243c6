"""Salesforce connector against an in-process fake of the REST API and OAuth client-credentials flow."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from pydantic import SecretStr

from integrations.salesforce import SalesforceConnector, client_credentials, soql_literal
from receptionist.outbox.errors import DeliveryError

from .conftest import RECORD, delivery, mock_client

DOMAIN = "https://acme.my.salesforce.com"
API = "/services/data/v60.0"


@dataclass
class FakeSalesforce:
    """Leads and Tasks in memory; SOQL answered for the two query shapes the connector sends."""

    leads: dict[str, dict[str, Any]] = field(default_factory=dict)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    valid: set[str] = field(default_factory=set)
    issued: int = 0
    fail_next: list[httpx.Response] = field(default_factory=list)
    queries: list[str] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/services/oauth2/token":
            form = parse_qs(request.content.decode())
            if form.get("client_secret") != ["s3cret"]:
                return httpx.Response(400, json={"error": "invalid_client", "error_description": "invalid client credentials"})
            assert form["grant_type"] == ["client_credentials"]
            self.issued += 1
            token = f"00D!tok{self.issued}"
            self.valid.add(token)
            return httpx.Response(200, json={"access_token": token, "instance_url": DOMAIN, "token_type": "Bearer",
                                             "issued_at": "1767614400000", "signature": "sig"})
        if request.headers.get("Authorization", "").removeprefix("Bearer ") not in self.valid:
            return httpx.Response(401, json=[{"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID"}])
        if self.fail_next:
            return self.fail_next.pop(0)
        body = json.loads(request.content) if request.content else {}
        if path == f"{API}/query":
            q = request.url.params["q"]
            self.queries.append(q)
            if q.startswith("SELECT Id FROM Lead WHERE Phone = "):
                phone = q.split("= ", 1)[1].split(" LIMIT")[0].strip("'")
                ids = [i for i, lead in self.leads.items() if lead.get("Phone") == phone]
            elif q.startswith("SELECT Id FROM Task"):
                ids = [str(n) for n, t in enumerate(self.tasks) if f"'{t['WhoId']}'" in q and f"'{t['Subject']}'" in q]
            else:
                ids = []
            return httpx.Response(200, json={"totalSize": len(ids), "done": True,
                                             "records": [{"attributes": {"type": "X"}, "Id": i} for i in ids]})
        if path == f"{API}/sobjects/Lead" and request.method == "POST":
            missing = [f for f in ("LastName", "Company") if not body.get(f)]
            if missing:
                return httpx.Response(400, json=[{"message": f"Required fields are missing: {missing}",
                                                  "errorCode": "REQUIRED_FIELD_MISSING", "fields": missing}])
            lead_id = f"00Q{len(self.leads):012d}"
            self.leads[lead_id] = body
            return httpx.Response(201, json={"id": lead_id, "success": True, "errors": []})
        if path.startswith(f"{API}/sobjects/Lead/") and request.method == "PATCH":
            self.leads[path.rsplit("/", 1)[1]].update(body)
            return httpx.Response(204)
        if path == f"{API}/sobjects/Task":
            self.tasks.append(body)
            return httpx.Response(201, json={"id": f"00T{len(self.tasks):012d}", "success": True, "errors": []})
        return httpx.Response(404, json=[{"errorCode": "NOT_FOUND", "message": "The requested resource does not exist"}])


def _connector(fake: FakeSalesforce, secret: str = "s3cret", **kw: Any) -> SalesforceConnector:  # noqa: S107
    client = mock_client(fake.handle)
    tokens = client_credentials(client, domain_url=DOMAIN, client_id="cid", client_secret=SecretStr(secret))
    return SalesforceConnector(client, tokens, instance_url=DOMAIN, **kw)


async def test_creates_lead_and_completed_task() -> None:
    fake = FakeSalesforce()
    await _connector(fake).deliver(delivery())
    (lead_id, lead), = fake.leads.items()
    assert lead == {"LastName": "Jo Bloggs", "Phone": "+447700900123", "Description": RECORD["reason"],
                    "Company": "Phone enquiry", "LeadSource": "Phone"}
    (task,) = fake.tasks
    assert task["WhoId"] == lead_id and task["Status"] == "Completed" and task["Subject"] == "Phone call C7K2M9"
    assert task["ActivityDate"] == "2026-03-02" and "Summary: Caller asked" in task["Description"]


async def test_existing_lead_updated_and_retry_makes_no_second_task() -> None:
    fake = FakeSalesforce(leads={"00Q1": {"LastName": "B", "Phone": "+447700900123", "Company": "x"}})
    connector = _connector(fake)
    await connector.deliver(delivery())
    await connector.deliver(delivery())
    assert fake.leads["00Q1"]["LastName"] == "Jo Bloggs" and len(fake.leads) == 1
    assert len(fake.tasks) == 1


async def test_expired_session_refreshes_token_and_retries() -> None:
    fake = FakeSalesforce()
    connector = _connector(fake)
    await connector.deliver(delivery())
    fake.valid.clear()  # the org revoked the session
    await connector.deliver(delivery(key="call-2:crm", payload={**RECORD, "call_reference": "Q9"}))
    assert fake.issued == 2 and len(fake.tasks) == 2


@pytest.mark.parametrize(
    ("response", "retryable", "expect"),
    [
        (httpx.Response(403, json=[{"message": "TotalRequests Limit exceeded.", "errorCode": "REQUEST_LIMIT_EXCEEDED"}]), True, "REQUEST_LIMIT_EXCEEDED"),
        (httpx.Response(503, json=[{"message": "Server unavailable", "errorCode": "SERVER_UNAVAILABLE"}]), True, "503"),
        (httpx.Response(429, headers={"Retry-After": "30"}), True, "429"),
        (httpx.Response(400, json=[{"message": "Phone: invalid value +447700900123", "errorCode": "FIELD_CUSTOM_VALIDATION_EXCEPTION", "fields": ["Phone"]}]), False, "FIELD_CUSTOM_VALIDATION_EXCEPTION(Phone)"),
    ],
)
async def test_vendor_errors(response: httpx.Response, retryable: bool, expect: str) -> None:
    fake = FakeSalesforce(fail_next=[response])
    with pytest.raises(DeliveryError) as info:
        await _connector(fake).deliver(delivery())
    assert info.value.retryable is retryable and expect in info.value.reason
    assert "7700" not in info.value.reason


async def test_missing_required_field_is_dead_lettered_with_field_names() -> None:
    fake = FakeSalesforce()
    with pytest.raises(DeliveryError) as info:
        await _connector(fake, field_map={"name": ""}).deliver(delivery())
    assert not info.value.retryable and "REQUIRED_FIELD_MISSING(LastName)" in info.value.reason


async def test_bad_client_credentials_are_retryable() -> None:
    with pytest.raises(DeliveryError) as info:
        await _connector(FakeSalesforce(), secret="wrong").deliver(delivery())
    assert info.value.retryable and "invalid_client" in info.value.reason


@pytest.mark.parametrize(("raw", "literal"), [("O'Brien", "'O\\'Brien'"), ("a\\b", "'a\\\\b'"), ("+44", "'+44'")])
def test_soql_literals_are_escaped(raw: str, literal: str) -> None:
    assert soql_literal(raw) == literal


async def test_lookup_value_with_quote_is_escaped_in_query() -> None:
    fake = FakeSalesforce()
    await _connector(fake).deliver(delivery({**RECORD, "callback_number": "+44' OR Name != '"}))
    assert "\\'" in fake.queries[0]
