"""Shared fixtures.

``engine`` runs each database test against SQLite and, where
``RECEPTIONIST_TEST_POSTGRES_URL`` is set, against PostgreSQL too. Each pytest process gets
its own PostgreSQL schema so that parallel runs never collide; tables are emptied after
every test.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from receptionist.store.base import Base
from receptionist.store.db import make_engine, upgrade

POSTGRES_URL = os.environ.get("RECEPTIONIST_TEST_POSTGRES_URL")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVAL_DIR = SHARED / "eval" / "dev"

DB_BACKENDS = ["sqlite", *(["postgres"] if POSTGRES_URL else [])]


@pytest.fixture(scope="session")
def _postgres_engine() -> Iterator[Engine]:
    assert POSTGRES_URL
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})
    upgrade(engine)
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _truncate(engine: Engine) -> None:
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
        else:
            for t in tables:
                conn.execute(text(f'DELETE FROM "{t}"'))


@pytest.fixture(params=DB_BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A fully migrated database: SQLite in a temp file, or PostgreSQL when configured."""
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'test.db'}")
        upgrade(eng)
        try:
            yield eng
        finally:
            eng.dispose()
    else:
        eng = request.getfixturevalue("_postgres_engine")
        try:
            yield eng
        finally:
            _truncate(eng)


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite database only (for tests that inspect the raw file)."""
    eng = make_engine(f"sqlite:///{tmp_path / 'test.db'}")
    upgrade(eng)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def eval_dir() -> Path:
    """The labelled dev set; tests that need it skip when shared/ is absent."""
    if not EVAL_DIR.exists():
        pytest.skip("shared/eval/dev is not beside the project")
    return EVAL_DIR
