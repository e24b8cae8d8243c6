"""Salesforce: create or update a Lead (or Contact) and log the call as a completed Task.

REST API (``/services/data/vXX.X``) with an OAuth 2.0 client-credentials token from the
org's My Domain (``/services/oauth2/token``). The record is found by phone (then email)
with a SOQL query, created with ``POST /sobjects/{object}`` or updated with ``PATCH``.
The Task's subject names the call reference, and the connector looks for that subject
on the record before creating it, so a retry never logs the call twice.

Salesforce answers an expired token with ``401 INVALID_SESSION_ID`` (refresh and retry),
API limits with ``403 REQUEST_LIMIT_EXCEEDED`` (back off), and validation failures with
``400 [{"errorCode": ..., "fields": [...], "message": ...}]``: the error code and field
names are kept, the message (which can quote values) is not.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from integrations.field_map import DEFAULT_SALESFORCE_MAP, map_fields
from integrations.http_errors import json_or_empty, raise_for_vendor
from integrations.oauth import OAuthToken, TokenSource, authorised
from receptionist.outbox.errors import TransientDeliveryError
from receptionist.outbox.ports import Delivery

API_VERSION = "v60.0"
OBJECTS = ("Lead", "Contact")


def soql_literal(value: str) -> str:
    """A SOQL string literal with quotes and backslashes escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def error_detail(response: httpx.Response) -> str | None:
    """errorCode and field names from Salesforce's error array; never the message."""
    data = json_or_empty(response)
    items = data if isinstance(data, list) else [data]
    parts = []
    for item in items:
        if isinstance(item, dict) and item.get("errorCode"):
            fields = item.get("fields") or []
            parts.append(f"{item['errorCode']}({','.join(map(str, fields))})" if fields else str(item["errorCode"]))
    return " ".join(parts) or None


def client_credentials(
    client: httpx.AsyncClient, *, domain_url: str, client_id: str, client_secret: Any
) -> OAuthToken:
    """A token source for the client-credentials flow against the org's My Domain URL."""
    return OAuthToken(
        client,
        vendor="salesforce",
        url=f"{domain_url.rstrip('/')}/services/oauth2/token",
        form={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
    )


class SalesforceConnector:
    """Delivers ``crm`` messages to Salesforce over an injected ``httpx.AsyncClient``."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        tokens: TokenSource,
        *,
        instance_url: str,
        sobject: str = "Lead",
        field_map: Mapping[str, str] | None = None,
        defaults: Mapping[str, str] | None = None,
        api_version: str = API_VERSION,
    ) -> None:
        if sobject not in OBJECTS:
            raise ValueError(f"salesforce object must be one of {OBJECTS}")
        self._client = client
        self._tokens = tokens
        self._object = sobject
        self._map = {**DEFAULT_SALESFORCE_MAP, **(field_map or {})}
        # Lead needs Company; a constant such as "Phone enquiry" is the usual default.
        self._defaults = dict(defaults or ({"Company": "Phone enquiry", "LeadSource": "Phone"} if sobject == "Lead" else {}))
        self._api = f"{instance_url.rstrip('/')}/services/data/{api_version}"

    async def _call(self, method: str, path: str, *, body: Any = None, params: Mapping[str, str] | None = None) -> Any:
        response = await authorised(
            self._client, self._tokens, "salesforce", method, self._api + path, json=body, params=params
        )
        detail = error_detail(response)
        if response.status_code == 403 and detail and "REQUEST_LIMIT_EXCEEDED" in detail:
            raise TransientDeliveryError("salesforce 403 REQUEST_LIMIT_EXCEEDED")
        raise_for_vendor(response, "salesforce", detail=detail)
        return json_or_empty(response)

    async def _first_id(self, soql: str) -> str | None:
        data = await self._call("GET", "/query", params={"q": soql})
        records = data.get("records") if isinstance(data, dict) else None
        return str(records[0]["Id"]) if records else None

    async def upsert_record(self, record: Mapping[str, Any]) -> str:
        """The Lead/Contact id after creating or updating it."""
        fields = map_fields(record, self._map)
        record_id = None
        for field in ("Phone", "Email"):
            if fields.get(field):
                # SOQL, not SQL: values go through soql_literal and names come from fixed lists.
                record_id = await self._first_id(
                    f"SELECT Id FROM {self._object} WHERE {field} = {soql_literal(str(fields[field]))} LIMIT 1"  # noqa: S608
                )
                if record_id:
                    break
        if record_id is None:
            created = await self._call("POST", f"/sobjects/{self._object}", body={**self._defaults, **fields})
            if not isinstance(created, dict) or not created.get("id"):
                raise TransientDeliveryError("salesforce create returned no id")
            return str(created["id"])
        if fields:
            await self._call("PATCH", f"/sobjects/{self._object}/{record_id}", body=fields)
        return record_id

    async def deliver(self, delivery: Delivery) -> None:
        """Upsert the record, then add the call Task unless it already exists."""
        record = delivery.payload
        who = await self.upsert_record(record)
        subject = f"Phone call {record.get('call_reference') or delivery.idempotency_key[:40]}"
        if await self._first_id(
            f"SELECT Id FROM Task WHERE WhoId = {soql_literal(who)} AND Subject = {soql_literal(subject)} LIMIT 1"  # noqa: S608
        ):
            return
        started = str(record.get("started_at") or datetime.now(UTC).isoformat())
        description = "\n".join(
            f"{label}: {record[key]}"
            for key, label in (("reason", "Reason"), ("summary", "Summary"), ("department", "Department"), ("outcome", "Outcome"))
            if record.get(key)
        )
        task = {
            "WhoId": who,
            "Subject": subject,
            "Description": description,
            "Status": "Completed",
            "TaskSubtype": "Call",
            "ActivityDate": started[:10],
        }
        await self._call("POST", "/sobjects/Task", body=task)
