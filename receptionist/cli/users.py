"""``receptionist users create``: add a person who can sign in to the web app.

Prints the TOTP provisioning URI (once) for roles that can see unredacted data; scan it
into an authenticator app. The password is read from stdin with ``--password-stdin`` (for
scripts) or asked for interactively, never taken as an argument that lands in shell history.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from receptionist.cli.common import add_db_option
from receptionist.settings import get_settings
from receptionist.store.db import SchemaNotCurrentError, session_scope
from receptionist.store.models import ROLES
from receptionist.store.service import Store
from receptionist.web.accounts import AccountError, AccountService
from receptionist.web.credentials import Credentials, WeakPasswordError

ACTOR = "cli:users"


def register(subparsers: Any) -> None:
    """Add ``users create``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("users", help="manage people who sign in")
    sub = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="create a user (prints the TOTP URI for roles needing MFA)")
    create.add_argument("--email", required=True)
    create.add_argument("--role", required=True, choices=ROLES)
    create.add_argument("--tenant", default=None, help="tenant slug (every role except platform_admin)")
    create.add_argument("--name", default="", help="display name shown in the app")
    create.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add_db_option(create)
    create.set_defaults(func=run_create)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat password: "):
        raise AccountError("the passwords do not match")
    return first


def run_create(args: argparse.Namespace) -> int:
    """Create the user in one transaction; exit 1 with a clear message on bad input."""
    settings = get_settings()
    try:
        password = _password(args.password_stdin)
        store = Store.open(settings, args.db, migrate_embedded=args.db is None and settings.database_url is None)
    except (AccountError, SchemaNotCurrentError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    accounts = AccountService(Credentials(settings.session_secret.get_secret_value()))
    try:
        with session_scope(store.sessions) as session:
            created = accounts.create_user(session, email=args.email, role=args.role, tenant_slug=args.tenant,
                                           password=password, display_name=args.name, actor=ACTOR)
            user_id = created.user.id
    except (AccountError, WeakPasswordError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"created user {user_id} ({args.role})")
    if created.totp_uri:
        print("This role needs multi-factor sign-in. Add this to an authenticator app now:")
        print(created.totp_uri)
    return 0
