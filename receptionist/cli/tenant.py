"""``receptionist tenant``: validate, import and list tenant configurations."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqlalchemy import select

from receptionist.cli.common import add_db_option
from receptionist.core.config import TenantConfigError, load_tenant_config
from receptionist.core.tenants import TenantNotFoundError, TenantRepository
from receptionist.settings import get_settings
from receptionist.store.db import ensure_embedded_schema, make_engine, make_session_factory, session_scope
from receptionist.store.models import Tenant

ACTOR = "cli:tenant"


def register(subparsers: Any) -> None:
    """Add ``tenant import|validate|list``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("tenant", help="manage tenant configurations")
    sub = parser.add_subparsers(dest="tenant_command", metavar="ACTION", required=True)

    imp = sub.add_parser("import", help="validate a tenant YAML file and make it the active configuration")
    imp.add_argument("file", help="path to a tenant YAML file, or a demo tenant name")
    imp.add_argument("--comment", default=None, help="note saved with this configuration version")
    add_db_option(imp)
    imp.set_defaults(func=run_import)

    val = sub.add_parser("validate", help="check a tenant YAML file without saving it")
    val.add_argument("file")
    val.set_defaults(func=run_validate)

    act = sub.add_parser("activate", help="make a saved configuration version the active one")
    act.add_argument("slug")
    act.add_argument("version", type=int)
    add_db_option(act)
    act.set_defaults(func=run_activate)

    lst = sub.add_parser("list", help="list tenants and their active configuration versions")
    add_db_option(lst)
    lst.set_defaults(func=run_list)


def _sessions(db: str | None) -> Any:
    engine = make_engine(db or get_settings().resolved_database_url)
    ensure_embedded_schema(engine)
    return make_session_factory(engine)


def run_validate(args: argparse.Namespace) -> int:
    """Print ``ok`` or each problem as ``field: problem``; exit 1 on problems."""
    try:
        cfg = load_tenant_config(args.file)
    except TenantConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"ok: {cfg.slug} ({cfg.name}), {len(cfg.faqs)} FAQs, {len(cfg.departments)} departments")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Validate then save as a new active version; nothing is written when validation fails."""
    try:
        cfg = load_tenant_config(args.file)
    except TenantConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    repo = TenantRepository()
    with session_scope(_sessions(args.db)) as session:
        tenant = repo.import_config(session, cfg, ACTOR, comment=args.comment)
        version = tenant.active_config_version
    print(f"imported {cfg.slug}: configuration version {version} is active")
    return 0


def run_activate(args: argparse.Namespace) -> int:
    """Switch the active version (audited); exit 1 for an unknown tenant or version."""
    repo = TenantRepository()
    try:
        with session_scope(_sessions(args.db)) as session:
            repo.activate(session, repo.require(session, args.slug), args.version, ACTOR)
    except TenantNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{args.slug}: configuration version {args.version} is active")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """One line per tenant: slug, active version, name."""
    with session_scope(_sessions(args.db)) as session:
        for tenant in session.scalars(select(Tenant).order_by(Tenant.slug)):
            print(f"{tenant.slug}\tv{tenant.active_config_version}\t{tenant.name}")
    return 0
