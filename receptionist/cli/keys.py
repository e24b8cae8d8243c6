"""``receptionist keys rotate --tenant T``: new tenant key version, data keys re-wrapped."""

from __future__ import annotations

import argparse
from typing import Any

from receptionist.cli.common import add_db_option
from receptionist.cli.store_open import CommandFailedError, cli_actor, guarded, open_store
from receptionist.store.db import session_scope
from receptionist.store.rotation import TenantNotFoundError, find_tenant, rotate_tenant_key


def register(subparsers: Any) -> None:
    """Add ``keys rotate``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("keys", help="encryption key management")
    sub = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    rot = sub.add_parser("rotate", help="rotate a tenant key; re-wraps data keys without re-encrypting data")
    rot.add_argument("--tenant", required=True, help="tenant slug or id")
    add_db_option(rot)
    rot.set_defaults(func=run_rotate)


@guarded
def run_rotate(args: argparse.Namespace) -> int:
    """Rotate and report the versions and how many data keys were re-wrapped."""
    store = open_store(args.db)
    try:
        with session_scope(store.sessions) as session:
            try:
                tenant = find_tenant(session, args.tenant)
            except TenantNotFoundError as exc:
                raise CommandFailedError(str(exc)) from None
            result = rotate_tenant_key(session, store.keys, tenant=tenant, actor=cli_actor())
    finally:
        store.close()
    print(
        f"tenant {args.tenant}: key v{result.old_version} -> v{result.new_version}, "
        f"{result.rewrapped} data keys re-wrapped"
    )
    return 0
