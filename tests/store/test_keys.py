"""Key providers: local master key file (fail closed) and Vault transit (against a fake)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from receptionist.settings import Settings
from receptionist.store.calls import CallRepository
from receptionist.store.crypto import KeyUnavailableError
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.keys_vault import VaultTransitKeyProvider
from receptionist.store.models import DataKey, Tenant
from receptionist.store.rotation import rotate_tenant_key
from receptionist.store.service import Store

from .conftest import CALLER_NAME, make_call
from .fake_vault import FakeVault


def test_master_key_file_created_0600(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "master.key"
    first = LocalKeyProvider.from_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = LocalKeyProvider.from_file(path, create=False)
    assert first.index_key() == again.index_key()


@pytest.mark.parametrize(
    ("content", "mode", "message"),
    [
        (None, None, "missing"),
        ("not base64!!", 0o600, "not base64"),
        ("c2hvcnQ=", 0o600, "32 bytes"),
        ("A" * 44, 0o644, "readable by others"),
    ],
)
def test_bad_master_key_file_fails_closed(tmp_path: Path, content: str | None, mode: int | None, message: str) -> None:
    path = tmp_path / "master.key"
    if content is not None:
        path.write_text(content)
        assert mode is not None
        path.chmod(mode)
    with pytest.raises(KeyUnavailableError, match=message):
        LocalKeyProvider.from_file(path, create=False)
    if content is None:
        assert not path.exists()  # no key written when creation is not allowed


def _settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'r.db'}")


def _seed(store: Store) -> str:
    with store.sessions.begin() as session:
        tenant = Tenant(slug="t", name="T")
        session.add(tenant)
        session.flush()
        tenant_id = tenant.id
    return make_call(store, tenant_id)


def test_store_open_fails_closed_on_missing_or_wrong_key(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    store = Store.open(settings)
    call_id = _seed(store)
    store.close()
    key_path = settings.resolved_master_key_path
    original = key_path.read_bytes()
    key_path.unlink()
    with pytest.raises(KeyUnavailableError, match="missing"):
        Store.open(settings)
    assert not key_path.exists()
    LocalKeyProvider.from_file(key_path)  # a different, fresh key
    with pytest.raises(KeyUnavailableError, match="wrong master key"):
        Store.open(settings)
    key_path.unlink()
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, original)
    os.close(fd)
    store = Store.open(settings)
    with store.sessions.begin() as session:
        assert CallRepository(store).read_call(session, call_id, actor="t", reason="r").caller_name == CALLER_NAME
    store.close()


def test_vault_provider_round_trip_rotation_and_index_key(store: Store, tenant_id: str) -> None:
    vault = FakeVault()
    provider = VaultTransitKeyProvider(vault.client())
    vault_store = Store(store.engine, provider)
    call_id = make_call(vault_store, tenant_id)
    with vault_store.sessions() as session:
        wrapped = session.scalars(select(DataKey.wrapped_key).where(DataKey.call_id == call_id)).all()
    assert wrapped and all(w is not None and w.startswith(b"vault:v1:") for w in wrapped)
    with vault_store.sessions.begin() as session:
        tenant = session.get(Tenant, tenant_id)
        assert tenant is not None
        result = rotate_tenant_key(session, provider, tenant=tenant, actor="test")
    assert (result.old_version, result.new_version, result.rewrapped) == (1, 2, 3)
    with vault_store.sessions.begin() as session:
        assert all(w.startswith(b"vault:v2:") for w in session.scalars(select(DataKey.wrapped_key)) if w)
        view = CallRepository(vault_store).read_call(session, call_id, actor="t", reason="r")
    assert view.caller_name == CALLER_NAME
    # the index key is stable across provider instances and never equals a local one
    assert VaultTransitKeyProvider(vault.client()).index_key() == provider.index_key()


@pytest.mark.parametrize(("knob", "message"), [({"fail_status": 503}, "HTTP 503"), ({"token": "other"}, "HTTP 403")])
def test_vault_failures_fail_closed(knob: dict[str, object], message: str) -> None:
    vault = FakeVault()
    client = vault.client()
    if "fail_status" in knob:
        vault.fail_status = int(str(knob["fail_status"]))
    else:
        client = vault.client(token=str(knob["token"]))
    with pytest.raises(KeyUnavailableError, match=message):
        VaultTransitKeyProvider(client).wrap_key("t1", 1, b"k" * 32)


def test_vault_unwrap_of_tampered_key_fails_closed() -> None:
    vault = FakeVault()
    provider = VaultTransitKeyProvider(vault.client())
    wrapped = provider.wrap_key("t1", 1, b"k" * 32)
    assert provider.unwrap_key("t1", 1, wrapped) == b"k" * 32
    tampered = wrapped[:-4] + (b"AAAA" if not wrapped.endswith(b"AAAA") else b"BBBB")
    with pytest.raises(KeyUnavailableError, match="HTTP 400"):
        provider.unwrap_key("t1", 1, tampered)
