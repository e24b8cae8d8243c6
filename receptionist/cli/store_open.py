"""Opening the store (or just the database) for the store's command groups.

The CLI is a composition root: it reads settings here and passes values down. Failures
that mean "fail closed" (unmigrated schema, missing or wrong key) become one clear line
on stderr and exit status 2, never a traceback that might quote data.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from receptionist.settings import get_settings
from receptionist.store.crypto import KeyUnavailableError
from receptionist.store.db import (
    SchemaNotCurrentError,
    ensure_embedded_schema,
    make_engine,
    make_session_factory,
)
from receptionist.store.service import Store

EXIT_UNAVAILABLE = 2


class CommandFailedError(Exception):
    """Raised inside a command to print one line and exit non-zero."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def cli_actor() -> str:
    """Who ran the command, for the audit log."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


def open_store(db: str | None) -> Store:
    """The full store (keys included) for commands that read or write personal data."""
    try:
        return Store.open(get_settings(), db)
    except (KeyUnavailableError, SchemaNotCurrentError) as exc:
        raise CommandFailedError(str(exc), EXIT_UNAVAILABLE) from None


def open_database(db: str | None) -> tuple[Engine, sessionmaker[Session]]:
    """Just the database, for commands that never decrypt (audit verify, retention)."""
    engine = make_engine(db or get_settings().resolved_database_url)
    try:
        ensure_embedded_schema(engine)
    except SchemaNotCurrentError as exc:
        engine.dispose()
        raise CommandFailedError(str(exc), EXIT_UNAVAILABLE) from None
    return engine, make_session_factory(engine)


def guarded(func: Callable[..., int]) -> Callable[..., int]:
    """Turn :class:`CommandFailedError` into a message on stderr and its exit status."""

    def run(*args: object) -> int:
        try:
            return func(*args)
        except CommandFailedError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return exc.status

    run.__doc__ = func.__doc__
    run.__name__ = func.__name__
    return run
