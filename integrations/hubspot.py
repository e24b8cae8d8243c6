"""HubSpot CRM: upsert the caller as a contact (by phone, then email) and log the call as a note.

Uses the CRM v3 objects API (``/crm/v3/objects/contacts``, ``/crm/v3/objects/notes``) with
a private-app token or an OAuth refresh token. HubSpot has no idempotency keys, so the
note body carries a reference token derived from the outbox key, and the connector
searches for it before creating a note: a retried delivery finds the first note instead
of adding a second. Errors keep HubSpot's ``category`` and per-error ``code`` and property
names, never its ``message``, which echoes submitted values.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from integrations.field_map import DEFAULT_HUBSPOT_CONTACT_MAP, map_fields
from integrations.http_errors import json_or_empty, raise_for_vendor
from integrations.oauth import TokenSource, authorised
from receptionist.outbox.errors import TransientDeliveryError
from receptionist.outbox.ports import Delivery

API = "https://api.hubapi.com"
NOTE_TO_CONTACT = 202  # HubSpot-defined association type id: note -> contact
_EXISTING_ID = re.compile(r"Existing ID:\s*(\d+)")
NOTE_FIELDS: tuple[tuple[str, str], ...] = (
    ("call_reference", "Call"),
    ("started_at", "Time"),
    ("department", "Department"),
    ("reason_category", "Topic"),
    ("reason", "Reason"),
    ("summary", "Summary"),
    ("outcome", "Outcome"),
)


def error_detail(response: httpx.Response) -> str | None:
    """HubSpot's category, error codes and property names: no values."""
    data = json_or_empty(response)
    if not isinstance(data, dict):
        return None
    parts = [str(data.get("category") or "")]
    for err in data.get("errors") or []:
        if isinstance(err, dict):
            names = (err.get("context") or {}).get("propertyName") or []
            parts.append(f"{err.get('code', '')}({','.join(map(str, names))})" if names else str(err.get("code", "")))
    return " ".join(p for p in parts if p) or None


def ref_token(idempotency_key: str) -> str:
    """A searchable token identifying one outbox message inside a note."""
    return "rcpt" + hashlib.sha256(idempotency_key.encode()).hexdigest()[:20]


class HubSpotConnector:
    """Delivers ``crm`` messages to HubSpot over an injected ``httpx.AsyncClient``."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        tokens: TokenSource,
        *,
        field_map: Mapping[str, str] | None = None,
        base_url: str = API,
    ) -> None:
        self._client = client
        self._tokens = tokens
        self._map = {**DEFAULT_HUBSPOT_CONTACT_MAP, **(field_map or {})}
        self._base = base_url.rstrip("/")

    async def _call(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        response = await authorised(self._client, self._tokens, "hubspot", method, self._base + path, json=body)
        if response.status_code == 409:
            return {"_conflict": json_or_empty(response)}
        raise_for_vendor(response, "hubspot", detail=error_detail(response))
        data = json_or_empty(response)
        return data if isinstance(data, dict) else {}

    async def _search(self, object_type: str, prop: str, operator: str, value: str) -> str | None:
        body = {"filterGroups": [{"filters": [{"propertyName": prop, "operator": operator, "value": value}]}], "limit": 1}
        data = await self._call("POST", f"/crm/v3/objects/{object_type}/search", body)
        results = data.get("results") or []
        return str(results[0]["id"]) if results else None

    def contact_properties(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Contact properties from the record; a full name is split for firstname/lastname."""
        props = map_fields(record, self._map)
        if self._map.get("name") == "firstname" and "lastname" not in props and " " in str(props.get("firstname", "")):
            first, _, last = str(props["firstname"]).partition(" ")
            props["firstname"], props["lastname"] = first, last
        return props

    async def upsert_contact(self, record: Mapping[str, Any]) -> str | None:
        """The contact's id after creating or updating it; None when there is no phone or email."""
        props = self.contact_properties(record)
        # Identify by whatever properties the tenant maps our phone and email onto.
        keys = [p for p in (self._map.get("callback_number"), self._map.get("email")) if p and props.get(p)]
        if not keys:
            return None
        contact_id = None
        for prop in keys:
            contact_id = await self._search("contacts", prop, "EQ", str(props[prop]))
            if contact_id:
                break
        if contact_id is None:
            created = await self._call("POST", "/crm/v3/objects/contacts", {"properties": props})
            conflict = created.get("_conflict")
            if conflict is None:
                return str(created["id"])
            # Created meanwhile (or matched on email): HubSpot names the existing id.
            match = _EXISTING_ID.search(str(conflict.get("message", "")) if isinstance(conflict, dict) else "")
            if not match:
                raise TransientDeliveryError("hubspot 409 conflict without an existing id")
            contact_id = match.group(1)
        await self._call("PATCH", f"/crm/v3/objects/contacts/{contact_id}", {"properties": props})
        return contact_id

    async def deliver(self, delivery: Delivery) -> None:
        """Upsert the contact, then add the call note once."""
        record = delivery.payload
        token = ref_token(delivery.idempotency_key)
        contact_id = await self.upsert_contact(record)
        if await self._search("notes", "hs_note_body", "CONTAINS_TOKEN", token):
            return
        lines = [f"{label}: {record[key]}" for key, label in NOTE_FIELDS if record.get(key)]
        lines.append(f"Ref: {token}")
        note: dict[str, Any] = {
            "properties": {
                # Required by HubSpot; the call's start time, else now.
                "hs_timestamp": str(record.get("started_at") or datetime.now(UTC).isoformat()),
                "hs_note_body": "<br>".join(lines),
            }
        }
        if contact_id:
            note["associations"] = [
                {
                    "to": {"id": contact_id},
                    "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": NOTE_TO_CONTACT}],
                }
            ]
        await self._call("POST", "/crm/v3/objects/notes", note)
