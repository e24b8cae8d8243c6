"""A hand-written fake of HashiCorp Vault's transit engine, served through httpx.MockTransport.

It implements the request and response shapes the provider uses (keys create/read/rotate,
encrypt with ``key_version``, decrypt of ``vault:vN:`` ciphertexts, hmac) with real AES-GCM
and HMAC, plus explicit knobs: ``token`` (anything else gets 403), ``fail_status`` (every
call answers with that status) and ``calls`` (a log of (method, path) for assertions).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os

import httpx
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FakeVault:
    """In-memory transit engine mounted at ``/v1/<mount>/``."""

    def __init__(self, *, token: str = "s.test", mount: str = "transit", fail_status: int | None = None) -> None:  # noqa: S107  (a fake token for a fake server)
        self.token = token
        self.mount = mount
        self.fail_status = fail_status
        self.keys: dict[str, list[bytes]] = {}
        self.calls: list[tuple[str, str]] = []

    def client(self, token: str | None = None) -> httpx.Client:
        """An httpx client wired to this fake, as the production code would build it."""
        return httpx.Client(
            base_url="http://vault.test:8200",
            headers={"X-Vault-Token": token or self.token},
            transport=httpx.MockTransport(self.handle),
        )

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Route one request."""
        path = request.url.path
        self.calls.append((request.method, path))
        if self.fail_status is not None:
            return httpx.Response(self.fail_status, json={"errors": ["injected failure"]})
        if request.headers.get("X-Vault-Token") != self.token:
            return httpx.Response(403, json={"errors": ["permission denied"]})
        prefix = f"/v1/{self.mount}/"
        if not path.startswith(prefix):
            return httpx.Response(404, json={"errors": ["no handler for route"]})
        parts = path[len(prefix) :].split("/")
        body = json.loads(request.content) if request.content else {}
        if parts[0] == "keys" and len(parts) == 2 and request.method == "POST":
            self.keys.setdefault(parts[1], [AESGCM.generate_key(bit_length=256)])
            return httpx.Response(204)
        if parts[0] == "keys" and len(parts) == 2 and request.method == "GET":
            if parts[1] not in self.keys:
                return httpx.Response(404, json={"errors": []})
            versions = self.keys[parts[1]]
            return httpx.Response(200, json={"data": {"latest_version": len(versions), "type": "aes256-gcm96"}})
        if parts[0] == "keys" and len(parts) == 3 and parts[2] == "rotate":
            self.keys[parts[1]].append(AESGCM.generate_key(bit_length=256))
            return httpx.Response(200, json={"data": {"latest_version": len(self.keys[parts[1]])}})
        if parts[0] == "encrypt":
            return self._encrypt(parts[1], body)
        if parts[0] == "decrypt":
            return self._decrypt(parts[1], body)
        if parts[0] == "hmac":
            versions = self.keys[parts[1]]
            key = versions[body.get("key_version", len(versions)) - 1]
            digest = hmac.new(key, base64.b64decode(body["input"]), hashlib.sha256).digest()
            return httpx.Response(200, json={"data": {"hmac": "vault:v1:" + base64.b64encode(digest).decode()}})
        return httpx.Response(405, json={"errors": ["unsupported"]})

    def _encrypt(self, name: str, body: dict[str, object]) -> httpx.Response:
        versions = self.keys.setdefault(name, [AESGCM.generate_key(bit_length=256)])
        version = int(str(body.get("key_version") or len(versions)))
        if version > len(versions):
            return httpx.Response(400, json={"errors": ["requested version for encryption is not available"]})
        nonce = os.urandom(12)
        ct = AESGCM(versions[version - 1]).encrypt(nonce, base64.b64decode(str(body["plaintext"])), None)
        text = f"vault:v{version}:" + base64.b64encode(nonce + ct).decode()
        return httpx.Response(200, json={"data": {"ciphertext": text, "key_version": version}})

    def _decrypt(self, name: str, body: dict[str, object]) -> httpx.Response:
        try:
            _, tag, payload = str(body["ciphertext"]).split(":", 2)
            key = self.keys[name][int(tag.removeprefix("v")) - 1]
            raw = base64.b64decode(payload)
            plain = AESGCM(key).decrypt(raw[:12], raw[12:], None)
        except (KeyError, ValueError, IndexError, InvalidTag):
            return httpx.Response(400, json={"errors": ["cipher: message authentication failed"]})
        return httpx.Response(200, json={"data": {"plaintext": base64.b64encode(plain).decode()}})
