"""The local key provider: one master key file, tenant keys derived from it.

For development and single-box installs. The master key is 32 random bytes (base64 in a
file created with 0600 permissions on first run). Each tenant key version is derived with
HKDF from the master key, so rotation needs no extra state: the version number lives on
the tenant row and in each wrapped data key. A missing, unreadable, malformed or
world-readable key file fails closed; a *wrong* key is caught the first time it unwraps a
data key, because the wrap is authenticated (AES-GCM).
"""

from __future__ import annotations

import base64
import binascii
import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from receptionist.store.crypto import DecryptionError, KeyUnavailableError, open_sealed, seal

MASTER_KEY_BYTES = 32


class LocalKeyProvider:
    """A :class:`~receptionist.store.crypto.KeyProvider` backed by a master key file."""

    name = "local"

    def __init__(self, master_key: bytes) -> None:
        if len(master_key) != MASTER_KEY_BYTES:
            raise KeyUnavailableError("master key must be exactly 32 bytes")
        self._master = master_key
        self._derived: dict[tuple[str, int], bytes] = {}

    def __repr__(self) -> str:  # never show key material
        return "LocalKeyProvider(<master key hidden>)"

    @classmethod
    def from_file(cls, path: Path, *, create: bool = True) -> LocalKeyProvider:
        """Load the master key at ``path``; create it (0600) only when missing and ``create``."""
        if not path.exists():
            if not create:
                raise KeyUnavailableError(
                    f"master key file {path} is missing and the database already holds encrypted data; "
                    "restore the key file (refusing to create a new key)"
                )
            try:
                return cls(_create_key_file(path))
            except FileExistsError:
                pass  # another process created it a moment ago: read theirs
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyUnavailableError(f"master key file {path} is readable by others; chmod 600 it")
        try:
            raw = base64.b64decode(path.read_text().strip(), validate=True)
        except (OSError, binascii.Error, ValueError):
            raise KeyUnavailableError(f"master key file {path} is unreadable or not base64") from None
        return cls(raw)

    def wrap_key(self, tenant_id: str, version: int, data_key: bytes) -> bytes:
        """Wrap under the HKDF-derived tenant key of ``version``."""
        return seal(self._tenant_key(tenant_id, version), _wrap_aad(tenant_id, version), data_key)

    def unwrap_key(self, tenant_id: str, version: int, wrapped: bytes) -> bytes:
        """Unwrap; a wrong master key raises :class:`KeyUnavailableError`."""
        try:
            return open_sealed(
                self._tenant_key(tenant_id, version),
                _wrap_aad(tenant_id, version),
                wrapped,
                what=f"data key of tenant {tenant_id} v{version}",
            )
        except DecryptionError:
            raise KeyUnavailableError(
                f"cannot unwrap a data key of tenant {tenant_id} (v{version}): wrong master key or corrupt key row"
            ) from None

    def rotate(self, tenant_id: str, current_version: int) -> int:
        """Derived keys need no state: the next version simply exists."""
        return current_version + 1

    def index_key(self) -> bytes:
        """Derived with its own HKDF label so it is independent of every tenant key."""
        return _hkdf(self._master, b"receptionist|index-key|v1")

    def _tenant_key(self, tenant_id: str, version: int) -> bytes:
        if version < 1:
            raise ValueError("key versions start at 1")
        slot = (tenant_id, version)
        if slot not in self._derived:
            self._derived[slot] = _hkdf(self._master, f"receptionist|tenant|{tenant_id}|v{version}".encode())
        return self._derived[slot]


def _wrap_aad(tenant_id: str, version: int) -> bytes:
    return f"data-key|{tenant_id}|v{version}".encode()


def _hkdf(master: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)


def _create_key_file(path: Path) -> bytes:
    key = os.urandom(MASTER_KEY_BYTES)
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: never overwrite a key another process just created; 0600 from the first byte.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(base64.b64encode(key).decode() + "\n")
    return key
