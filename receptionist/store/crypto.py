"""Envelope encryption of personal data at rest.

Each (call, data class) gets its own random AES-256 data key. The data key is stored only
wrapped by the tenant's key at a :class:`KeyProvider` (a local master key file, or a KMS),
so destroying the wrapped copy shreds everything encrypted under it, and rotating the
tenant key re-wraps data keys without touching the data.

Ciphertext layout: ``version byte | 12-byte nonce | AES-GCM ciphertext+tag``. The
associated data binds each value to ``tenant|call|field|owner``: a value copied into
another row, field, call or tenant fails to decrypt. Error messages carry ids only, never
plaintext.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from receptionist.store.base import utcnow
from receptionist.store.models import DATA_CLASSES, DataKey, Tenant

FORMAT_V1 = 1
NONCE_BYTES = 12
TAG_BYTES = 16
MIN_BLOB_BYTES = 1 + NONCE_BYTES + TAG_BYTES
_CACHE = "receptionist.crypto.data_keys"
_TENANT_CACHE = "receptionist.crypto.tenant_versions"


class CryptoError(Exception):
    """Base class for encryption failures; messages never contain plaintext."""


class DecryptionError(CryptoError):
    """The ciphertext is corrupt, was moved to another context, or the key is wrong."""


class ShreddedError(CryptoError):
    """The data key was destroyed (crypto-shredded); the data is gone for good."""


class KeyUnavailableError(CryptoError):
    """The key provider cannot supply keys (missing or wrong master key, KMS refused): fail closed."""


@runtime_checkable
class KeyProvider(Protocol):
    """Holds per-tenant wrapping keys; data keys never leave the process unwrapped.

    Versions are integers that increase on :meth:`rotate`. ``wrap_key`` must wrap with
    exactly the version asked for, and ``unwrap_key`` must raise :class:`DecryptionError`
    (or :class:`KeyUnavailableError`) rather than return wrong bytes. ``index_key`` is a
    stable secret for keyed hashes of identifiers; it is derived from the provider's
    secrets and never stored in the database.
    """

    name: str

    def wrap_key(self, tenant_id: str, version: int, data_key: bytes) -> bytes:
        """Encrypt ``data_key`` under version ``version`` of the tenant's key."""
        ...

    def unwrap_key(self, tenant_id: str, version: int, wrapped: bytes) -> bytes:
        """Recover a data key wrapped by :meth:`wrap_key`."""
        ...

    def rotate(self, tenant_id: str, current_version: int) -> int:
        """Create a new tenant key version and return its number."""
        ...

    def index_key(self) -> bytes:
        """A 32-byte secret for keyed hashing of identifiers (e.g. phone numbers)."""
        ...


def associated_data(tenant_id: str, call_id: str, field: str, owner_id: str) -> bytes:
    """The context a ciphertext is bound to: ``tenant|call|field|owner``."""
    for part in (tenant_id, call_id, field, owner_id):
        if "|" in part:
            raise ValueError("context parts must not contain '|'")
    return f"{tenant_id}|{call_id}|{field}|{owner_id}".encode()


def seal(key: bytes, aad: bytes, plaintext: bytes) -> bytes:
    """AES-256-GCM encrypt with a fresh random nonce, prefixed by the format version."""
    nonce = os.urandom(NONCE_BYTES)
    return bytes([FORMAT_V1]) + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, aad: bytes, blob: bytes, *, what: str) -> bytes:
    """Reverse :func:`seal`; ``what`` names the item (ids only) in the error."""
    if not is_well_formed(blob):
        raise DecryptionError(f"malformed ciphertext for {what}")
    try:
        return AESGCM(key).decrypt(blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], aad)
    except InvalidTag:
        raise DecryptionError(f"ciphertext for {what} failed authentication (corrupt, moved or wrong key)") from None


def is_well_formed(blob: bytes | None) -> bool:
    """Cheap structural check (version and length) without any key."""
    return blob is not None and len(blob) >= MIN_BLOB_BYTES and blob[0] == FORMAT_V1


@dataclass(frozen=True, slots=True)
class _Slot:
    call_id: str
    data_class: str


class EnvelopeCipher:
    """Encrypts fields with per-(call, data class) data keys kept in ``data_keys``.

    Unwrapped data keys are cached in ``session.info`` for the life of the session, so a
    call's ten turns cost one unwrap, not ten; the cache is dropped on any rollback so a
    key created in a rolled-back transaction is never reused.
    """

    def __init__(self, keys: KeyProvider) -> None:
        self.keys = keys

    def encrypt(
        self,
        session: Session,
        *,
        tenant_id: str,
        call_id: str,
        data_class: str,
        field: str,
        owner_id: str,
        value: str | bytes,
    ) -> bytes:
        """Encrypt ``value`` for one field of one row, creating the data key if needed."""
        data = value.encode() if isinstance(value, str) else value
        key = self.data_key(session, tenant_id=tenant_id, call_id=call_id, data_class=data_class, create=True)
        return seal(key, associated_data(tenant_id, call_id, field, owner_id), data)

    def decrypt(
        self,
        session: Session,
        *,
        tenant_id: str,
        call_id: str,
        data_class: str,
        field: str,
        owner_id: str,
        blob: bytes,
    ) -> bytes:
        """Decrypt a value written by :meth:`encrypt` with the same context."""
        key = self.data_key(session, tenant_id=tenant_id, call_id=call_id, data_class=data_class, create=False)
        what = f"call {call_id} field {field} owner {owner_id}"
        return open_sealed(key, associated_data(tenant_id, call_id, field, owner_id), blob, what=what)

    def decrypt_str(
        self,
        session: Session,
        *,
        tenant_id: str,
        call_id: str,
        data_class: str,
        field: str,
        owner_id: str,
        blob: bytes,
    ) -> str:
        """:meth:`decrypt` and decode UTF-8."""
        raw = self.decrypt(
            session,
            tenant_id=tenant_id,
            call_id=call_id,
            data_class=data_class,
            field=field,
            owner_id=owner_id,
            blob=blob,
        )
        return raw.decode()

    def data_key(
        self, session: Session, *, tenant_id: str, call_id: str, data_class: str, create: bool
    ) -> bytes:
        """The unwrapped data key for (call, data class); created on demand when ``create``."""
        if data_class not in DATA_CLASSES:
            raise ValueError(f"unknown data class {data_class!r}")
        cache = _session_cache(session)
        slot = _Slot(call_id, data_class)
        cached = cache.get(slot)
        if cached is not None:
            return cached
        # No autoflush: a key this session created is already in the cache, and flushing
        # a call's pending rows on every first-use lookup would cost a round trip each.
        with session.no_autoflush:
            row = session.scalars(
                select(DataKey).where(DataKey.call_id == call_id, DataKey.data_class == data_class)
            ).one_or_none()
        if row is None:
            if not create:
                raise DecryptionError(f"no {data_class} data key for call {call_id}")
            key = AESGCM.generate_key(bit_length=256)
            version = self._tenant_version(session, tenant_id)
            session.add(
                DataKey(
                    tenant_id=tenant_id,
                    call_id=call_id,
                    data_class=data_class,
                    wrapped_key=self.keys.wrap_key(tenant_id, version, key),
                    key_version=version,
                )
            )
        else:
            if row.tenant_id != tenant_id:
                raise DecryptionError(f"{data_class} data key for call {call_id} belongs to another tenant")
            if row.wrapped_key is None:
                raise ShreddedError(f"{data_class} data for call {call_id} was deleted (key destroyed)")
            key = self.keys.unwrap_key(tenant_id, row.key_version, row.wrapped_key)
        cache[slot] = key
        return key

    def shred(self, session: Session, *, call_id: str, data_class: str) -> DataKey | None:
        """Destroy the wrapped data key for (call, class); returns the row, or None if none existed."""
        row = session.scalars(
            select(DataKey).where(DataKey.call_id == call_id, DataKey.data_class == data_class)
        ).one_or_none()
        forget(session, call_id=call_id, data_class=data_class)
        if row is not None and row.wrapped_key is not None:
            row.wrapped_key = None
            row.destroyed_at = utcnow()
        return row

    def _tenant_version(self, session: Session, tenant_id: str) -> int:
        versions: dict[str, int] = session.info.setdefault(_TENANT_CACHE, {})
        if tenant_id not in versions:
            with session.no_autoflush:
                version = session.scalar(select(Tenant.key_version).where(Tenant.id == tenant_id))
            if version is None:
                raise ValueError(f"unknown tenant {tenant_id}")
            versions[tenant_id] = version
        return versions[tenant_id]


def forget(session: Session, *, call_id: str | None = None, data_class: str | None = None) -> None:
    """Drop cached data keys (all, or one slot) from a session."""
    if call_id is None:
        session.info.pop(_CACHE, None)
        session.info.pop(_TENANT_CACHE, None)
        return
    cache: dict[_Slot, bytes] = session.info.get(_CACHE, {})
    for cls in [data_class] if data_class else list(DATA_CLASSES):
        cache.pop(_Slot(call_id, cls), None)


def _session_cache(session: Session) -> dict[_Slot, bytes]:
    cache: dict[_Slot, bytes] | None = session.info.get(_CACHE)
    if cache is None:
        cache = {}
        session.info[_CACHE] = cache
        if not session.info.get(_CACHE + ".hooked"):
            event.listen(session, "after_soft_rollback", _clear_on_rollback)
            session.info[_CACHE + ".hooked"] = True
    return cache


def _clear_on_rollback(session: Session, _previous: Any) -> None:
    forget(session)
