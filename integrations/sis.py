"""Student information systems: a configurable REST enquiry mapping, and a CSV drop.

SITS:Vision, Banner and their peers expose enquiry (prospect) endpoints that differ in
path, envelope and field names but share a shape: one JSON object per enquiry, posted
with a bearer token or an API-key header. :class:`SisRestConnector` takes that shape as
configuration (URL, method, auth header, optional envelope key, static fields, field map).
A ``409`` means the SIS already holds this enquiry (it saw our idempotency key or external
reference) and counts as delivered. ``422``/``400`` validation errors keep only field names.

For systems that only import files, :class:`SisCsvConnector` writes one CSV file per
enquiry into a drop directory, named by the idempotency key and written atomically
(temporary file, then rename), so a retry overwrites rather than duplicates and the
importer never sees half a file. Files are created owner-read/write only; the directory
should be the SIS's private import folder.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx

from integrations.field_map import DEFAULT_SIS_MAP, map_fields
from integrations.http_errors import json_or_empty, raise_for_vendor, send
from integrations.oauth import TokenSource, authorised
from receptionist.outbox.errors import PermanentDeliveryError, TransientDeliveryError
from receptionist.outbox.ports import Delivery


def error_detail(response: httpx.Response) -> str | None:
    """Field names from common validation shapes (``errors: [{field}]`` or ``{field: [..]}``)."""
    data = json_or_empty(response)
    if not isinstance(data, dict):
        return None
    errors = data.get("errors")
    names: list[str] = []
    if isinstance(errors, list):
        names = [str(e.get("field") or e.get("code") or "") for e in errors if isinstance(e, dict)]
    elif isinstance(errors, dict):
        names = [str(k) for k in errors]
    names = [n for n in names if n]
    return f"invalid fields: {','.join(names)}" if names else None


class SisRestConnector:
    """Posts enquiries to a SITS/Banner-style REST endpoint described by configuration."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        tokens: TokenSource,
        *,
        url: str,
        method: str = "POST",
        auth_header: str = "Authorization",
        envelope: str | None = None,
        static_fields: Mapping[str, Any] | None = None,
        field_map: Mapping[str, str] | None = None,
        idempotency_header: str = "Idempotency-Key",
    ) -> None:
        if method not in ("POST", "PUT"):
            raise ValueError("sis method must be POST or PUT")
        self._client = client
        self._tokens = tokens
        self._url = url
        self._method = method
        self._auth_header = auth_header
        self._envelope = envelope
        self._static = dict(static_fields or {})
        self._map = {**DEFAULT_SIS_MAP, **(field_map or {})}
        self._idem = idempotency_header

    def body(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """The enquiry document for ``record``."""
        fields = {**self._static, **map_fields(record, self._map)}
        return {self._envelope: fields} if self._envelope else fields

    async def deliver(self, delivery: Delivery) -> None:
        """Send the enquiry; 2xx or 409 (already there) means delivered."""
        headers = {self._idem: delivery.idempotency_key}
        if self._auth_header == "Authorization":
            response = await authorised(
                self._client, self._tokens, "sis", self._method, self._url, json=self.body(delivery.payload), headers=headers
            )
        else:
            headers[self._auth_header] = await self._tokens.token()
            response = await send(
                "sis", self._client.request(self._method, self._url, json=self.body(delivery.payload), headers=headers)
            )
            if response.status_code == 401:
                raise TransientDeliveryError("sis 401 api key rejected")
        if response.status_code == 409:
            return
        raise_for_vendor(response, "sis", detail=error_detail(response))


class SisCsvConnector:
    """Writes each enquiry as a one-row CSV file (with header) into a drop directory."""

    def __init__(self, directory: Path, *, columns: Sequence[str] | None = None, field_map: Mapping[str, str] | None = None) -> None:
        self._dir = directory
        self._map = {**DEFAULT_SIS_MAP, **(field_map or {})}
        self._columns = list(columns) if columns else [v for v in self._map.values() if v]

    def file_for(self, idempotency_key: str) -> Path:
        """Where the message's file goes: a hash of the key, so names are filesystem-safe."""
        return self._dir / f"enquiry-{hashlib.sha256(idempotency_key.encode()).hexdigest()[:24]}.csv"

    def render(self, record: Mapping[str, Any]) -> str:
        """The CSV text: header and one row in the configured column order."""
        fields = map_fields(record, self._map)
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=self._columns, extrasaction="ignore", lineterminator="\r\n")
        writer.writeheader()
        # Cells that a spreadsheet would run as formulas are neutralised; phone numbers are left alone.
        writer.writerow({k: _safe_cell(v) for k, v in fields.items()})
        return buffer.getvalue()

    async def deliver(self, delivery: Delivery) -> None:
        """Write the file atomically; a retry replaces the same file."""
        text = self.render(delivery.payload)
        await asyncio.to_thread(self._write, self.file_for(delivery.idempotency_key), text)

    def _write(self, target: Path, text: str) -> None:
        if not self._dir.is_dir():
            raise TransientDeliveryError("sis csv drop directory is missing")
        try:
            fd, tmp = tempfile.mkstemp(dir=self._dir, prefix=".tmp-", suffix=".csv")
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except PermissionError:
            raise PermanentDeliveryError("sis csv drop directory is not writable") from None
        except OSError as exc:
            raise TransientDeliveryError(f"sis csv write failed ({type(exc).__name__})") from None


_NUMBER = re.compile(r"^[+-]?[\d ()]+$")


def _safe_cell(value: Any) -> str:
    text = str(value)
    if text[:1] in ("=", "@", "\t", "\r") or (text[:1] in ("+", "-") and not _NUMBER.match(text)):
        return "'" + text
    return text
