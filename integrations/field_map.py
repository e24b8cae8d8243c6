"""Mapping our call record onto a vendor's field names, per tenant, with defaults.

Our record uses the names in :data:`receptionist.core.config.CRM_FIELDS` (already
minimised by the tenant's policy before it was queued). Each connector has a default
map; a tenant's ``field_map`` overrides entries, and mapping a field to ``""`` drops it.
Fields with no mapping are not sent: the map is an allow-list, the second gate after
minimisation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

DEFAULT_WEBHOOK_MAP: dict[str, str] = {
    "call_reference": "call_reference",
    "name": "name",
    "callback_number": "callback_number",
    "reason": "reason",
    "reason_category": "reason_category",
    "summary": "summary",
    "department": "department",
    "outcome": "outcome",
    "started_at": "started_at",
}

# HubSpot contact properties; the rest of the record goes into the note body.
DEFAULT_HUBSPOT_CONTACT_MAP: dict[str, str] = {
    "name": "firstname",
    "callback_number": "phone",
    "email": "email",
}

DEFAULT_SALESFORCE_MAP: dict[str, str] = {
    "name": "LastName",
    "callback_number": "Phone",
    "email": "Email",
    "reason": "Description",
}

DEFAULT_SIS_MAP: dict[str, str] = {
    "call_reference": "external_reference",
    "name": "enquirer_name",
    "callback_number": "phone",
    "email": "email",
    "reason": "enquiry_text",
    "department": "programme_area",
    "summary": "notes",
    "started_at": "enquiry_date",
}


def map_fields(record: Mapping[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """The vendor-named fields for ``record``: mapped names only, empty values left out."""
    out: dict[str, Any] = {}
    for ours, theirs in mapping.items():
        value = record.get(ours)
        if theirs and value not in (None, ""):
            out[theirs] = value
    return out
