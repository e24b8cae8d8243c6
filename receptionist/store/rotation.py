"""Tenant key rotation: re-wrap every live data key under a new tenant key version.

Only the small wrapped data keys change; the ciphertext of calls, turns and recordings is
untouched, so rotation costs one unwrap and one wrap per (call, data class) whatever the
volume of data. Shredded keys stay shredded. The tenant's ``key_version`` moves in the
same transaction, so a crash leaves either the old state or the new one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.store import audit
from receptionist.store.crypto import KeyProvider, forget
from receptionist.store.models import DataKey, Tenant


@dataclass(frozen=True, slots=True)
class RotationResult:
    """What a rotation did: versions and how many data keys were re-wrapped."""

    tenant_id: str
    old_version: int
    new_version: int
    rewrapped: int


class TenantNotFoundError(LookupError):
    """No tenant with that id or slug."""


def find_tenant(session: Session, id_or_slug: str) -> Tenant:
    """A tenant by id or slug, or :class:`TenantNotFoundError`."""
    tenant = session.scalars(select(Tenant).where((Tenant.id == id_or_slug) | (Tenant.slug == id_or_slug))).first()
    if tenant is None:
        raise TenantNotFoundError(f"no tenant {id_or_slug!r}")
    return tenant


def rotate_tenant_key(
    session: Session, keys: KeyProvider, *, tenant: Tenant, actor: str, batch_size: int = 1000
) -> RotationResult:
    """Create a new tenant key version and re-wrap all live data keys under it (audited)."""
    old = tenant.key_version
    new = keys.rotate(tenant.id, old)
    rewrapped = 0
    last_id = ""
    while True:
        # Keyset pagination by id keeps memory flat for large tenants.
        rows = session.scalars(
            select(DataKey)
            .where(DataKey.tenant_id == tenant.id, DataKey.wrapped_key.is_not(None), DataKey.id > last_id)
            .order_by(DataKey.id)
            .limit(batch_size)
        ).all()
        if not rows:
            break
        for row in rows:
            assert row.wrapped_key is not None
            if row.key_version != new:
                plain = keys.unwrap_key(tenant.id, row.key_version, row.wrapped_key)
                row.wrapped_key = keys.wrap_key(tenant.id, new, plain)
                row.key_version = new
                rewrapped += 1
        last_id = rows[-1].id
        session.flush()
    tenant.key_version = new
    forget(session)
    audit.record(
        session,
        actor=actor,
        action="keys.rotate",
        tenant_id=tenant.id,
        target_type="tenant",
        target_id=tenant.id,
        details={"old_version": old, "new_version": new, "rewrapped": rewrapped},
    )
    return RotationResult(tenant.id, old, new, rewrapped)
