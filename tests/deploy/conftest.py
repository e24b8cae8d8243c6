"""Fixtures for start-up tests: a tiny fake Vault on loopback and a production environment.

Production refuses the local key provider, so the entry points are started against a
hand-written fake of Vault's transit engine (the few routes the Vault key provider calls:
create key, encrypt, decrypt, hmac, read key, rotate) served over real HTTP on 127.0.0.1.
It checks the token header, so a process that lost its token fails as it would in
production.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text

from receptionist.store.db import make_engine

POSTGRES_URL = os.environ.get("RECEPTIONIST_TEST_POSTGRES_URL")


@dataclass
class FakeVault:
    """Transit keys in memory: name -> list of 32-byte versions (index 0 is version 1)."""

    token: str
    keys: dict[str, list[bytes]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    refuse_all: bool = False  # knob: answer every call with 503, as a sealed Vault does

    def handle(self, method: str, path: str, token: str | None, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        self.requests.append(f"{method} {path}")
        if self.refuse_all:
            return 503, {"errors": ["Vault is sealed"]}
        if token != self.token:
            return 403, {"errors": ["permission denied"]}
        m = re.fullmatch(r"/v1/transit/(keys|encrypt|decrypt|hmac)/([\w.-]+)(/rotate)?", path)
        if not m:
            return 404, {"errors": []}
        op, name, rotate = m.groups()
        if op == "keys" and method == "POST" and rotate:
            self.keys.setdefault(name, [secrets.token_bytes(32)]).append(secrets.token_bytes(32))
            return 204, {}
        if op == "keys" and method == "POST":
            self.keys.setdefault(name, [secrets.token_bytes(32)])
            return 204, {}
        versions = self.keys.get(name)
        if versions is None:
            return 404, {"errors": ["no such key"]}
        if op == "keys":
            return 200, {"data": {"latest_version": len(versions)}}
        if op == "encrypt":
            version = int(body.get("key_version") or len(versions))
            nonce = secrets.token_bytes(12)
            sealed = AESGCM(versions[version - 1]).encrypt(nonce, base64.b64decode(body["plaintext"]), None)
            return 200, {"data": {"ciphertext": f"vault:v{version}:" + base64.b64encode(nonce + sealed).decode()}}
        if op == "decrypt":
            _, v, blob = body["ciphertext"].split(":", 2)
            raw = base64.b64decode(blob)
            plain = AESGCM(versions[int(v[1:]) - 1]).decrypt(raw[:12], raw[12:], None)
            return 200, {"data": {"plaintext": base64.b64encode(plain).decode()}}
        version = int(body.get("key_version") or 1)
        digest = hmac.new(versions[version - 1], base64.b64decode(body["input"]), hashlib.sha256).digest()
        return 200, {"data": {"hmac": f"vault:v{version}:" + base64.b64encode(digest).decode()}}


def _handler(vault: FakeVault) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw else {}
            status, payload = vault.handle(self.command, self.path, self.headers.get("X-Vault-Token"), body)
            data = json.dumps(payload).encode() if status != 204 else b""
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = _serve

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            return

    return Handler


@pytest.fixture(scope="module")
def fake_vault() -> Iterator[tuple[str, FakeVault]]:
    """(base URL, vault) for a fake Vault transit engine on an ephemeral loopback port."""
    vault = FakeVault(token="hvs." + secrets.token_urlsafe(24))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(vault))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", vault
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def pg_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh, empty schema (dropped afterwards)."""
    if not POSTGRES_URL:
        pytest.skip("needs RECEPTIONIST_TEST_POSTGRES_URL")
    schema = f"deploy_{uuid.uuid4().hex[:10]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="module")
def production_env(
    fake_vault: tuple[str, FakeVault], pg_schema_url: str, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, str]:
    """Environment for subprocesses running with production settings, Vault keys and PostgreSQL.

    Module-scoped: the commands share one migrated schema, as the roles of one deployment do.
    """
    tmp_path = tmp_path_factory.mktemp("production")
    url, vault = fake_vault
    keep = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTIONIST_")}
    return {
        **keep,
        "RECEPTIONIST_ENVIRONMENT": "production",
        "RECEPTIONIST_DATABASE_URL": pg_schema_url,
        "RECEPTIONIST_KEY_PROVIDER": "vault",
        "RECEPTIONIST_VAULT_URL": url,
        "RECEPTIONIST_VAULT_TOKEN": vault.token,
        "RECEPTIONIST_SESSION_SECRET": secrets.token_urlsafe(40),
        "RECEPTIONIST_DATA_DIR": str(tmp_path / "data"),
        "RECEPTIONIST_LOG_FORMAT": "json",
        "RECEPTIONIST_HOST": "127.0.0.1",
    }
