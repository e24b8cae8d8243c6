"""Editing a tenant's configuration as YAML: validate, refuse cross-tenant edits, version, diff.

Saving never edits in place: the tenant repository writes a new numbered version (audited)
and makes it active. The slug in the text must stay the tenant's own, so an admin cannot
write into another tenant by changing one line.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.core.config import TenantConfig, TenantConfigError, parse_tenant_config
from receptionist.core.tenants import TenantRepository
from receptionist.store.models import Tenant, TenantConfigVersion

MAX_CONFIG_BYTES = 200_000


class ConfigEditError(ValueError):
    """The draft cannot be saved; ``problems`` lists each reason (never the values)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class VersionInfo:
    """One saved version in the history list."""

    version: int
    created_at: str
    created_by: str | None
    comment: str | None
    active: bool


def to_yaml(cfg: TenantConfig) -> str:
    """The configuration as the YAML an admin edits (same field names as the demo files)."""
    return yaml.safe_dump(cfg.model_dump(mode="json", exclude_none=True), sort_keys=False, allow_unicode=True)


def parse_draft(text: str, tenant: Tenant) -> TenantConfig:
    """Validate YAML text as this tenant's configuration; raises :class:`ConfigEditError`."""
    if len(text.encode()) > MAX_CONFIG_BYTES:
        raise ConfigEditError([f"(file): larger than {MAX_CONFIG_BYTES // 1000} kB"])
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigEditError([f"line {mark.line + 1 if mark else '?'}: not valid YAML"]) from None
    try:
        cfg = parse_tenant_config(data, source=tenant.slug)
    except TenantConfigError as exc:
        raise ConfigEditError(list(exc.problems)) from None
    if cfg.slug != tenant.slug:
        raise ConfigEditError([f"slug: must stay {tenant.slug!r}; a configuration cannot move to another tenant"])
    return cfg


class ConfigEditor:
    """Reads versions and saves drafts for one tenant through :class:`TenantRepository`."""

    def __init__(self, tenants: TenantRepository | None = None) -> None:
        self.tenants = tenants or TenantRepository()

    def current_yaml(self, session: Session, tenant: Tenant) -> str:
        """The active configuration as YAML."""
        return to_yaml(self.tenants.active_config(session, tenant))

    def save(self, session: Session, tenant: Tenant, text: str, *, actor: str, comment: str | None) -> int:
        """Validate and save the draft as a new active version; returns its number."""
        cfg = parse_draft(text, tenant)
        self.tenants.import_config(session, cfg, actor, comment=(comment or "edited in the web app")[:500])
        return tenant.active_config_version

    @staticmethod
    def versions(session: Session, tenant: Tenant) -> list[VersionInfo]:
        """Saved versions, newest first."""
        rows = session.scalars(
            select(TenantConfigVersion).where(TenantConfigVersion.tenant_id == tenant.id)
            .order_by(TenantConfigVersion.version.desc())
        ).all()
        return [
            VersionInfo(r.version, r.created_at.strftime("%Y-%m-%d %H:%M"), r.created_by, r.comment,
                        r.version == tenant.active_config_version)
            for r in rows
        ]

    def diff(self, session: Session, tenant: Tenant, old: int, new: int) -> list[str]:
        """A unified diff of two saved versions' YAML (raises TenantNotFoundError for a bad number)."""
        a = to_yaml(self.tenants.config_version(session, tenant, old)).splitlines()
        b = to_yaml(self.tenants.config_version(session, tenant, new)).splitlines()
        return list(difflib.unified_diff(a, b, f"version {old}", f"version {new}", lineterm="", n=2))
