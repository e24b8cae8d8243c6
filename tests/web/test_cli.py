"""``receptionist users create`` and the embedded-default start-up of ``receptionist serve``."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from receptionist.cli import serve, users
from receptionist.settings import get_settings
from receptionist.store.db import SchemaNotCurrentError, make_engine
from receptionist.store.models import Tenant, User


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RECEPTIONIST_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("RECEPTIONIST_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def _run(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> tuple[int, str, str]:
    from receptionist.cli import build_parser

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    args = build_parser().parse_args(argv)
    status = args.func(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_serve_embedded_default_migrates_and_imports_demo_tenants(data_dir: Path) -> None:
    store = serve.open_store(get_settings(), None)
    try:
        with store.sessions() as s:
            slugs = set(s.scalars(select(Tenant.slug)))
        assert {"school", "college", "university", "council", "business"} <= slugs
    finally:
        store.close()


def test_serve_refuses_an_unmigrated_explicit_database(data_dir: Path) -> None:
    url = f"sqlite:///{data_dir / 'other.db'}"
    make_engine(url).dispose()
    with pytest.raises(SchemaNotCurrentError):
        serve.open_store(get_settings(), url)


@pytest.mark.parametrize(
    ("argv", "status", "expect_uri"),
    [
        (["--email", "dsl@school.example", "--role", "safeguarding_lead", "--tenant", "school"], 0, True),
        (["--email", "audit@school.example", "--role", "auditor", "--tenant", "school"], 0, False),
        (["--email", "root@example.org", "--role", "platform_admin"], 0, True),
        (["--email", "x@school.example", "--role", "staff"], 1, False),  # no tenant
        (["--email", "x@school.example", "--role", "staff", "--tenant", "nope"], 1, False),
        (["--email", "not-an-email", "--role", "staff", "--tenant", "school"], 1, False),
    ],
)
def test_users_create(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, argv: list[str], status: int, expect_uri: bool
) -> None:
    serve.open_store(get_settings(), None).close()  # demo tenants present
    capsys.readouterr()
    code, out, err = _run(["users", "create", *argv, "--password-stdin"], "a strong enough password\n",
                          monkeypatch, capsys)
    assert code == status, err
    assert ("otpauth://totp/" in out) is expect_uri
    if status:
        assert err.startswith("error:")


def test_users_create_refuses_weak_password_and_duplicates(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    serve.open_store(get_settings(), None).close()
    capsys.readouterr()
    base = ["users", "create", "--email", "a@school.example", "--role", "staff", "--tenant", "school",
            "--password-stdin"]
    assert _run(base, "short\n", monkeypatch, capsys)[0] == 1
    assert _run(base, "long enough password\n", monkeypatch, capsys)[0] == 0
    code, _, err = _run(base, "long enough password\n", monkeypatch, capsys)
    assert code == 1 and "already exists" in err
    store = serve.open_store(get_settings(), None)
    try:
        with store.sessions() as s:
            assert len(s.scalars(select(User)).all()) == 1
    finally:
        store.close()
    assert users.ACTOR == "cli:users"
