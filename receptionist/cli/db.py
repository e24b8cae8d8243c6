"""``receptionist db``: apply migrations and show where a database stands."""

from __future__ import annotations

import argparse
from typing import Any

from receptionist.cli.common import add_db_option
from receptionist.settings import get_settings
from receptionist.store.db import current_revision, head_revision, make_engine, upgrade


def register(subparsers: Any) -> None:
    """Add ``db upgrade`` and ``db current``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("db", help="database migrations")
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = sub.add_parser("upgrade", help="apply all migrations")
    add_db_option(up)
    up.set_defaults(func=run_upgrade)
    cur = sub.add_parser("current", help="show the database's migration (exit 1 when behind)")
    add_db_option(cur)
    cur.set_defaults(func=run_current)


def run_upgrade(args: argparse.Namespace) -> int:
    """Migrate to the newest schema; safe to repeat."""
    engine = make_engine(args.db or get_settings().resolved_database_url)
    try:
        before = current_revision(engine)
        upgrade(engine)
        after = current_revision(engine)
    finally:
        engine.dispose()
    print(f"database at {after}" + (" (already current)" if before == after else f" (was {before or 'empty'})"))
    return 0


def run_current(args: argparse.Namespace) -> int:
    """Print the current and newest migration."""
    engine = make_engine(args.db or get_settings().resolved_database_url)
    try:
        current = current_revision(engine)
    finally:
        engine.dispose()
    head = head_revision()
    if current == head:
        print(f"{current} (head)")
        return 0
    print(f"{current or 'unmigrated'} (head is {head}; run `receptionist db upgrade`)")
    return 1
