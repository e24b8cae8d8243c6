"""``receptionist audit verify``: check the audit log's hash chain end to end."""

from __future__ import annotations

import argparse
from typing import Any

from receptionist.cli.common import add_db_option
from receptionist.cli.store_open import guarded, open_database
from receptionist.store import audit


def register(subparsers: Any) -> None:
    """Add ``audit verify``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("audit", help="the tamper-evident audit log")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    ver = sub.add_parser("verify", help="exit 0 if the chain is intact, 1 naming the first bad event")
    add_db_option(ver)
    ver.set_defaults(func=run_verify)


@guarded
def run_verify(args: argparse.Namespace) -> int:
    """Walk the chain; name the first edited, deleted or reordered event."""
    engine, sessions = open_database(args.db)
    try:
        with sessions() as session:
            result = audit.verify(session)
    finally:
        engine.dispose()
    if result.ok:
        print(f"ok: {result.checked} audit events verified")
        return 0
    print(
        f"audit chain broken at event {result.first_bad_id}: {result.problem} "
        f"({result.checked} events before it verified)"
    )
    return 1
