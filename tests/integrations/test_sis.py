"""SIS connectors: configurable REST enquiry mapping, and the CSV drop."""

from __future__ import annotations

import csv
import io
import json
import stat
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr

from integrations.oauth import StaticToken
from integrations.sis import SisCsvConnector, SisRestConnector
from receptionist.outbox.errors import DeliveryError, TransientDeliveryError

from .conftest import RECORD, delivery, mock_client


def _rest(handler: object, **kw: object) -> SisRestConnector:
    return SisRestConnector(mock_client(handler), StaticToken(SecretStr("sis-token"), "sis"),  # type: ignore[arg-type]
                            url="https://sits.example.ac.uk/api/v1/enquiries", **kw)  # type: ignore[arg-type]


async def test_rest_posts_mapped_enquiry_with_envelope_and_static_fields() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"enquiry_id": "E100"})

    connector = _rest(handler, envelope="enquiry", static_fields={"source": "PHONE", "stage": "UG"},
                      field_map={"department": "course_code"})
    await connector.deliver(delivery())
    (req,) = seen
    assert req.headers["Authorization"] == "Bearer sis-token" and req.headers["Idempotency-Key"] == "call-1:crm"
    body = json.loads(req.content)["enquiry"]
    assert body["source"] == "PHONE" and body["enquirer_name"] == "Jo Bloggs" and body["course_code"] == "admissions"
    assert body["phone"] == RECORD["callback_number"] and "programme_area" not in body


async def test_rest_api_key_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    await _rest(handler, auth_header="X-API-Key", method="PUT").deliver(delivery())
    assert seen[0].method == "PUT" and seen[0].headers["X-API-Key"] == "sis-token"
    assert "Authorization" not in seen[0].headers


@pytest.mark.parametrize(
    ("response", "ok", "retryable", "expect"),
    [
        (httpx.Response(409, json={"error": "duplicate"}), True, None, ""),
        (httpx.Response(422, json={"errors": [{"field": "phone", "message": "+447700900123 is not valid"}]}), False, False, "invalid fields: phone"),
        (httpx.Response(400, json={"errors": {"enquirer_name": ["Jo Bloggs too long"]}}), False, False, "invalid fields: enquirer_name"),
        (httpx.Response(503), False, True, "503"),
        (httpx.Response(429, headers={"Retry-After": "60"}), False, True, "429"),
    ],
)
async def test_rest_responses(response: httpx.Response, ok: bool, retryable: bool | None, expect: str) -> None:
    connector = _rest(lambda r: response)
    if ok:
        await connector.deliver(delivery())
        return
    with pytest.raises(DeliveryError) as info:
        await connector.deliver(delivery())
    assert info.value.retryable is retryable and expect in info.value.reason
    assert "Bloggs" not in info.value.reason and "7700" not in info.value.reason


async def test_csv_drop_writes_one_private_file_per_message(tmp_path: Path) -> None:
    connector = SisCsvConnector(tmp_path, columns=["external_reference", "enquirer_name", "phone", "notes"])
    await connector.deliver(delivery())
    await connector.deliver(delivery())  # a retry overwrites, never duplicates
    await connector.deliver(delivery({**RECORD, "name": "=HYPERLINK(\"x\")"}, key="call-2:crm"))
    files = sorted(tmp_path.iterdir())
    assert len(files) == 2 and not any(p.name.startswith(".tmp") for p in files)
    first = connector.file_for("call-1:crm")
    rows = list(csv.DictReader(io.StringIO(first.read_text(encoding="utf-8"))))
    assert rows == [{"external_reference": "C7K2M9", "enquirer_name": "Jo Bloggs", "phone": "+447700900123",
                     "notes": RECORD["summary"]}]
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    second = list(csv.DictReader(io.StringIO(connector.file_for("call-2:crm").read_text(encoding="utf-8"))))
    assert second[0]["enquirer_name"].startswith("'=")


async def test_csv_missing_directory_is_retryable(tmp_path: Path) -> None:
    with pytest.raises(TransientDeliveryError, match="missing"):
        await SisCsvConnector(tmp_path / "absent").deliver(delivery())
