"""HubSpot connector against an in-process fake of the CRM v3 API (documented shapes and errors)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from pydantic import SecretStr

from integrations.hubspot import NOTE_TO_CONTACT, HubSpotConnector
from integrations.oauth import OAuthToken, StaticToken
from receptionist.outbox.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError

from .conftest import RECORD, delivery, mock_client

TOKEN_URL = "https://api.hubapi.com/oauth/v1/token"


@dataclass
class FakeHubSpot:
    """Contacts and notes in memory; searches by EQ / CONTAINS_TOKEN; scripted failures."""

    valid_tokens: set[str] = field(default_factory=lambda: {"good"})
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: list[dict[str, Any]] = field(default_factory=list)
    fail_next: list[httpx.Response] = field(default_factory=list)
    issued: int = 0
    log: list[str] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.log.append(f"{request.method} {path}")
        if path == "/oauth/v1/token":
            form = parse_qs(request.content.decode())
            assert form["grant_type"] == ["refresh_token"] and form["refresh_token"] == ["rt"]
            self.issued += 1
            token = f"fresh{self.issued}"
            self.valid_tokens.add(token)
            return httpx.Response(200, json={"access_token": token, "expires_in": 1800, "token_type": "bearer"})
        if request.headers.get("Authorization", "").removeprefix("Bearer ") not in self.valid_tokens:
            return httpx.Response(401, json={"status": "error", "message": "Authentication credentials not found.",
                                             "category": "INVALID_AUTHENTICATION"})
        if self.fail_next:
            return self.fail_next.pop(0)
        body = json.loads(request.content) if request.content else {}
        if path.endswith("/search"):
            f = body["filterGroups"][0]["filters"][0]
            pool = self.contacts.items() if "contacts" in path else enumerate(self.notes)
            hits = [
                str(i) for i, obj in pool
                if (f["operator"] == "EQ" and obj["properties"].get(f["propertyName"]) == f["value"])
                or (f["operator"] == "CONTAINS_TOKEN" and f["value"] in obj["properties"].get(f["propertyName"], ""))
            ]
            return httpx.Response(200, json={"total": len(hits), "results": [{"id": h} for h in hits[:1]]})
        if path == "/crm/v3/objects/contacts" and request.method == "POST":
            email = body["properties"].get("email")
            for cid, c in self.contacts.items():
                if email and c["properties"].get("email") == email:
                    return httpx.Response(409, json={"status": "error", "category": "CONFLICT",
                                                     "message": f"Contact already exists. Existing ID: {cid}"})
            cid = str(100 + len(self.contacts))
            self.contacts[cid] = {"properties": dict(body["properties"])}
            return httpx.Response(201, json={"id": cid, "properties": body["properties"]})
        if path.startswith("/crm/v3/objects/contacts/") and request.method == "PATCH":
            self.contacts[path.rsplit("/", 1)[1]]["properties"].update(body["properties"])
            return httpx.Response(200, json={"id": path.rsplit("/", 1)[1]})
        if path == "/crm/v3/objects/notes":
            self.notes.append(body)
            return httpx.Response(201, json={"id": str(900 + len(self.notes))})
        return httpx.Response(404, json={"status": "error", "category": "OBJECT_NOT_FOUND"})


def _connector(fake: FakeHubSpot, *, oauth: bool = False, field_map: dict[str, str] | None = None) -> HubSpotConnector:
    client = mock_client(fake.handle)
    tokens = (OAuthToken(client, vendor="hubspot", url=TOKEN_URL,
                         form={"grant_type": "refresh_token", "client_id": "cid", "client_secret": SecretStr("cs"),
                               "refresh_token": SecretStr("rt")})
              if oauth else StaticToken(SecretStr("good"), "hubspot"))
    return HubSpotConnector(client, tokens, field_map=field_map)


async def test_creates_contact_and_associated_note() -> None:
    fake = FakeHubSpot()
    await _connector(fake).deliver(delivery())
    (cid, contact), = fake.contacts.items()
    assert contact["properties"] == {"firstname": "Jo", "lastname": "Bloggs", "phone": "+447700900123"}
    (note,) = fake.notes
    assert note["associations"][0]["to"]["id"] == cid
    assert note["associations"][0]["types"][0]["associationTypeId"] == NOTE_TO_CONTACT
    body = note["properties"]["hs_note_body"]
    assert "Summary: Caller asked about Year 7" in body and "Call: C7K2M9" in body
    assert note["properties"]["hs_timestamp"] == RECORD["started_at"]


async def test_existing_contact_is_updated_and_retry_adds_no_second_note() -> None:
    fake = FakeHubSpot(contacts={"7": {"properties": {"phone": "+447700900123", "firstname": "J"}}})
    connector = _connector(fake)
    await connector.deliver(delivery())
    await connector.deliver(delivery())  # the dispatcher retried after a lost response
    assert list(fake.contacts) == ["7"] and fake.contacts["7"]["properties"]["firstname"] == "Jo"
    assert len(fake.notes) == 1


async def test_conflict_on_email_updates_existing() -> None:
    fake = FakeHubSpot(contacts={"55": {"properties": {"email": "jo@example.org"}}})
    record = {**RECORD, "callback_number": "+447700900999", "email": "jo@example.org"}
    # Phone search misses; email search is skipped only if phone matched, so the fake returns the email hit.
    await _connector(fake).deliver(delivery(record))
    assert fake.contacts["55"]["properties"]["phone"] == "+447700900999"


async def test_record_without_contact_details_still_logs_the_call() -> None:
    fake = FakeHubSpot()
    await _connector(fake).deliver(delivery({"summary": "Withheld caller asked about opening hours."}))
    assert fake.contacts == {} and "associations" not in fake.notes[0]


async def test_expired_oauth_token_is_refreshed_once_and_retried() -> None:
    fake = FakeHubSpot(valid_tokens=set())
    connector = _connector(fake, oauth=True)
    await connector.deliver(delivery())
    assert fake.issued == 1 and len(fake.notes) == 1
    fake.valid_tokens = {"fresh2"}  # token expired server-side
    await connector.deliver(delivery(key="call-2:crm"))
    assert fake.issued == 2 and len(fake.notes) == 2


async def test_static_token_rejected_is_retryable() -> None:
    fake = FakeHubSpot(valid_tokens=set())
    with pytest.raises(TransientDeliveryError, match="401 token rejected"):
        await _connector(fake).deliver(delivery())


@pytest.mark.parametrize(
    ("response", "retryable", "expect"),
    [
        (httpx.Response(429, json={"status": "error", "message": "You have reached your secondly limit.",
                                   "errorType": "RATE_LIMIT", "policyName": "SECONDLY"}, headers={"Retry-After": "1"}), True, "429"),
        (httpx.Response(502, text="Bad Gateway"), True, "502"),
        (httpx.Response(400, json={"status": "error", "category": "VALIDATION_ERROR",
                                   "message": "Property values were not valid: jo@@example is not a valid email",
                                   "errors": [{"message": "jo@@example is invalid", "code": "INVALID_EMAIL",
                                               "context": {"propertyName": ["email"]}}]}), False,
         "VALIDATION_ERROR INVALID_EMAIL(email)"),
    ],
)
async def test_vendor_errors(response: httpx.Response, retryable: bool, expect: str) -> None:
    fake = FakeHubSpot(fail_next=[response])
    with pytest.raises(DeliveryError) as info:
        await _connector(fake).deliver(delivery())
    assert info.value.retryable is retryable and expect in info.value.reason
    assert "jo@" not in info.value.reason and "Bloggs" not in info.value.reason
    if not retryable:
        assert isinstance(info.value, PermanentDeliveryError)


async def test_tenant_field_map_overrides_defaults() -> None:
    fake = FakeHubSpot()
    await _connector(fake, field_map={"callback_number": "mobilephone", "name": ""}).deliver(delivery())
    (contact,) = fake.contacts.values()
    assert contact["properties"] == {"mobilephone": "+447700900123"}
