"""Where tenants and their configuration versions are read and written.

A configuration is never edited in place: each import saves a new numbered
``TenantConfigVersion`` and makes it active, so every call can say exactly which rules it
ran under (``calls.config_version``). Imports and activations go in the audit log.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionist.core.config import DEMO_TENANTS, TenantConfig, load_tenant_config, parse_tenant_config
from receptionist.store import audit
from receptionist.store.models import Tenant, TenantConfigVersion


class TenantNotFoundError(LookupError):
    """No tenant with that slug, or no such configuration version."""


class TenantRepository:
    """All queries about tenants and their configuration versions."""

    def get_by_slug(self, session: Session, slug: str) -> Tenant | None:
        """The tenant with this slug, or None."""
        return session.scalar(select(Tenant).where(Tenant.slug == slug))

    def require(self, session: Session, slug: str) -> Tenant:
        """The tenant with this slug; :class:`TenantNotFoundError` if there is none."""
        tenant = self.get_by_slug(session, slug)
        if tenant is None:
            raise TenantNotFoundError(f"no tenant with slug {slug!r}")
        return tenant

    def import_config(self, session: Session, cfg: TenantConfig, actor: str, *, comment: str | None = None) -> Tenant:
        """Save ``cfg`` as the tenant's next configuration version and activate it (audited).

        Creates the tenant on first import. Re-importing an identical configuration still
        makes a new version: the audit trail should show every deliberate import.
        """
        tenant = self.get_by_slug(session, cfg.slug)
        created = tenant is None
        if tenant is None:
            tenant = Tenant(slug=cfg.slug, name=cfg.name, sector=cfg.sector, active_config_version=0)
            session.add(tenant)
            session.flush()
        latest = session.scalar(
            select(func.max(TenantConfigVersion.version)).where(TenantConfigVersion.tenant_id == tenant.id)
        )
        version = (latest or 0) + 1
        session.add(
            TenantConfigVersion(
                tenant_id=tenant.id,
                version=version,
                config=cfg.model_dump(mode="json"),
                created_by=actor,
                comment=comment,
            )
        )
        tenant.name = cfg.name
        tenant.sector = cfg.sector
        tenant.active_config_version = version
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="tenant.config_imported",
            tenant_id=tenant.id,
            target_type="tenant",
            target_id=tenant.id,
            details={"version": version, "created": created},
        )
        return tenant

    def activate(self, session: Session, tenant: Tenant, version: int, actor: str) -> None:
        """Make an earlier (or later) saved version the active one (audited)."""
        exists = session.scalar(
            select(TenantConfigVersion.id).where(
                TenantConfigVersion.tenant_id == tenant.id, TenantConfigVersion.version == version
            )
        )
        if exists is None:
            raise TenantNotFoundError(f"tenant has no configuration version {version}")
        previous = tenant.active_config_version
        tenant.active_config_version = version
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="tenant.config_activated",
            tenant_id=tenant.id,
            target_type="tenant",
            target_id=tenant.id,
            details={"version": version, "previous": previous},
        )

    def config_version(self, session: Session, tenant: Tenant, version: int) -> TenantConfig:
        """One saved configuration version, validated again (the schema may have moved on)."""
        row = session.scalar(
            select(TenantConfigVersion).where(
                TenantConfigVersion.tenant_id == tenant.id, TenantConfigVersion.version == version
            )
        )
        if row is None:
            raise TenantNotFoundError(f"tenant has no configuration version {version}")
        return parse_tenant_config(row.config, source=f"{tenant.slug}@v{version}")

    def active_config(self, session: Session, tenant: Tenant) -> TenantConfig:
        """The configuration calls for this tenant run under now."""
        return self.config_version(session, tenant, tenant.active_config_version)

    def ensure_demo_tenants(self, session: Session, actor: str = "system:demo") -> list[str]:
        """Import any demo tenant not yet in the database, so the product runs on a fresh data dir."""
        imported = []
        for name in DEMO_TENANTS:
            if self.get_by_slug(session, name) is None:
                self.import_config(session, load_tenant_config(name), actor, comment="demo tenant")
                imported.append(name)
        return imported
