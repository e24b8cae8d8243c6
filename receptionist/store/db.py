"""Engines, sessions and the migration gate.

The schema only changes through Alembic. ``upgrade()`` applies migrations; the app calls
``require_current_schema()`` at start-up and refuses an unmigrated database. CLI commands
may call ``ensure_embedded_schema()``, which migrates an *empty embedded SQLite* database
automatically and otherwise behaves like the gate.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class SchemaNotCurrentError(RuntimeError):
    """The database is not at the newest migration."""


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        _ensure_sqlite_dir(url)
        connect_args = kwargs.pop("connect_args", {})
        connect_args.setdefault("timeout", 30)
        engine = create_engine(url, connect_args=connect_args, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _ensure_sqlite_dir(url: str) -> None:
    path = url.split("///", 1)[1] if "///" in url else ""
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Session factory used by services; objects stay usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A transaction: commit on success, roll back on error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def alembic_config(engine: Engine) -> Config:
    """Alembic configuration bound to ``engine`` (no ini file needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str | None:
    """The newest migration shipped with this version."""
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return script.get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at, or None for an unmigrated database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision``."""
    cfg = alembic_config(engine)
    command.upgrade(cfg, revision)


def require_current_schema(engine: Engine) -> None:
    """Raise :class:`SchemaNotCurrentError` with a clear message unless fully migrated."""
    current = current_revision(engine)
    head = head_revision()
    if current != head:
        where = "an unmigrated database" if current is None else f"database at migration {current}"
        raise SchemaNotCurrentError(
            f"{where}; this version needs {head}. Run `receptionist db upgrade` (with --db URL if needed)."
        )


def is_empty(engine: Engine) -> bool:
    """True when the database has no tables at all."""
    return not inspect(engine).get_table_names()


def ensure_embedded_schema(engine: Engine) -> None:
    """Migrate an empty embedded SQLite database; otherwise require the current schema."""
    if engine.dialect.name == "sqlite" and (is_empty(engine) or current_revision(engine) is not None):
        if current_revision(engine) != head_revision():
            upgrade(engine)
        return
    require_current_schema(engine)
