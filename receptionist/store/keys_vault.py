"""A key provider backed by HashiCorp Vault's transit secrets engine.

Tenant keys live in Vault as transit keys named ``<prefix>-tenant-<tenant id>``; the data
keys are wrapped and unwrapped by Vault and never stored unwrapped. Rotation is Vault's
own ``rotate``; a wrapped key records its version in Vault's ``vault:vN:`` prefix. The
index key for number hashing is Vault's HMAC of a fixed label under a dedicated key,
pinned to version 1, so it is stable, secret, and never in the database.

The HTTP client is injected (``httpx.Client`` with ``base_url`` and the token header), so
tests drive this code through ``httpx.MockTransport`` against a hand-written fake Vault.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

import httpx

from receptionist.store.crypto import KeyUnavailableError

INDEX_LABEL = b"receptionist|index-key|v1"


class VaultTransitKeyProvider:
    """A :class:`~receptionist.store.crypto.KeyProvider` using Vault transit over HTTP."""

    name = "vault"

    def __init__(self, client: httpx.Client, *, mount: str = "transit", key_prefix: str = "receptionist") -> None:
        self._client = client
        self._mount = mount.strip("/")
        self._prefix = key_prefix
        self._ensured: set[str] = set()
        self._index_key: bytes | None = None

    def __repr__(self) -> str:
        return f"VaultTransitKeyProvider(mount={self._mount!r})"

    def wrap_key(self, tenant_id: str, version: int, data_key: bytes) -> bytes:
        """Transit ``encrypt`` with an explicit ``key_version``."""
        name = self._ensure(self._tenant_key_name(tenant_id))
        body = {"plaintext": base64.b64encode(data_key).decode(), "key_version": version}
        data = self._call("POST", f"encrypt/{name}", body, op="encrypt")
        ciphertext = data.get("ciphertext")
        if not isinstance(ciphertext, str) or not ciphertext.startswith(f"vault:v{version}:"):
            raise KeyUnavailableError("vault transit encrypt returned an unexpected response")
        return ciphertext.encode()

    def unwrap_key(self, tenant_id: str, version: int, wrapped: bytes) -> bytes:
        """Transit ``decrypt``; Vault picks the key version from the ciphertext prefix."""
        name = self._tenant_key_name(tenant_id)
        data = self._call("POST", f"decrypt/{name}", {"ciphertext": wrapped.decode()}, op="decrypt")
        return _b64(data.get("plaintext"), op="decrypt")

    def rotate(self, tenant_id: str, current_version: int) -> int:
        """Transit ``rotate``, then read back the key's ``latest_version``."""
        name = self._ensure(self._tenant_key_name(tenant_id))
        self._call("POST", f"keys/{name}/rotate", {}, op="rotate")
        info = self._call("GET", f"keys/{name}", None, op="read key")
        latest = info.get("latest_version")
        if not isinstance(latest, int) or latest <= current_version:
            raise KeyUnavailableError("vault transit rotate did not produce a newer key version")
        return latest

    def index_key(self) -> bytes:
        """HMAC of a fixed label under the index key (version 1), cached for the process."""
        if self._index_key is None:
            name = self._ensure(f"{self._prefix}-index")
            body = {"input": base64.b64encode(INDEX_LABEL).decode(), "key_version": 1, "algorithm": "sha2-256"}
            data = self._call("POST", f"hmac/{name}", body, op="hmac")
            value = data.get("hmac")
            if not isinstance(value, str) or not value.startswith("vault:v1:"):
                raise KeyUnavailableError("vault transit hmac returned an unexpected response")
            self._index_key = _b64(value.removeprefix("vault:v1:"), op="hmac")
        return self._index_key

    def _tenant_key_name(self, tenant_id: str) -> str:
        return f"{self._prefix}-tenant-{tenant_id}"

    def _ensure(self, name: str) -> str:
        # Creating an existing transit key is a no-op in Vault, so this is safe to repeat.
        if name not in self._ensured:
            self._call("POST", f"keys/{name}", {"type": "aes256-gcm96"}, op="create key")
            self._ensured.add(name)
        return name

    def _call(self, method: str, path: str, body: dict[str, Any] | None, *, op: str) -> dict[str, Any]:
        try:
            response = self._client.request(method, f"/v1/{self._mount}/{path}", json=body)
        except httpx.HTTPError as exc:
            raise KeyUnavailableError(f"vault transit {op} failed: {type(exc).__name__}") from None
        if response.status_code >= 400:
            # The body is not echoed: it could carry request material.
            raise KeyUnavailableError(f"vault transit {op} failed with HTTP {response.status_code}")
        if response.status_code == 204 or not response.content:
            return {}
        payload = response.json()
        data = payload.get("data") if isinstance(payload, dict) else None
        return data if isinstance(data, dict) else {}


def _b64(value: object, *, op: str) -> bytes:
    if not isinstance(value, str):
        raise KeyUnavailableError(f"vault transit {op} returned no data")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise KeyUnavailableError(f"vault transit {op} returned malformed data") from None


def make_vault_client(url: str, token: str, *, timeout: float = 10.0) -> httpx.Client:
    """The production client: base URL and token header; used only at the composition root."""
    return httpx.Client(base_url=url, headers={"X-Vault-Token": token}, timeout=timeout)
