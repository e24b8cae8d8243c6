"""The store's command groups end to end on an embedded database: db, keys, retention, rights, audit."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from receptionist.cli import main as cli_main
from receptionist.settings import Settings, get_settings
from receptionist.store.holds import place_hold
from receptionist.store.models import Call, Tenant
from receptionist.store.service import Store

from .conftest import CALLER_NAME, CALLER_NUMBER, make_call


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Settings]]:
    monkeypatch.setenv("RECEPTIONIST_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("RECEPTIONIST_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    yield url, get_settings()
    get_settings.cache_clear()


def _seed(settings: Settings, url: str, *, held: bool = False) -> str:
    store = Store.open(settings, url)
    with store.sessions.begin() as session:
        tenant = Tenant(slug="oakfield", name="Oakfield")
        session.add(tenant)
        session.flush()
        tenant_id = tenant.id
    call_id = make_call(store, tenant_id)
    with store.sessions.begin() as session:
        session.execute(update(Call).values(started_at=datetime(2020, 1, 1, tzinfo=UTC)))
        if held:
            call = session.get(Call, call_id)
            assert call is not None
            place_hold(session, call=call, kind="complaint", reason="open complaint", actor="admin")
    store.close()
    return call_id


def test_db_upgrade_and_current(env: tuple[str, Settings], capsys: pytest.CaptureFixture[str]) -> None:
    url, _ = env
    assert cli_main(["db", "current", "--db", url]) == 1
    assert cli_main(["db", "upgrade", "--db", url]) == 0
    assert cli_main(["db", "current", "--db", url]) == 0
    assert "(head)" in capsys.readouterr().out


def test_keys_retention_certificate_and_audit(env: tuple[str, Settings], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url, settings = env
    call_id = _seed(settings, url)
    assert cli_main(["keys", "rotate", "--tenant", "oakfield", "--db", url]) == 0
    assert "v1 -> v2, 3 data keys re-wrapped" in capsys.readouterr().out
    assert cli_main(["keys", "rotate", "--tenant", "nope", "--db", url]) == 1
    assert cli_main(["retention", "delete", "--call", call_id, "--class", "summary", "--note", "caller asked", "--db", url]) == 0
    assert "deleted summary" in capsys.readouterr().out
    assert cli_main(["retention", "run", "--dry-run", "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.count("would_shred") == 2 and "would shred 2 item(s)" in out
    assert cli_main(["retention", "run", "--db", url]) == 0
    assert "shredded 2 item(s)" in capsys.readouterr().out
    assert cli_main(["retention", "run", "--db", url]) == 0
    assert "shredded 0 item(s)" in capsys.readouterr().out
    cert_path = tmp_path / "cert.json"
    assert cli_main(["retention", "certificate", "--call", call_id, "--out", str(cert_path), "--db", url]) == 0
    assert "certificate with 3 record(s)" in capsys.readouterr().out
    cert = json.loads(cert_path.read_text())
    assert sorted(r["data_class"] for r in cert["records"]) == ["call_metadata", "summary", "transcript"]
    assert [r["note"] for r in cert["records"] if r["data_class"] == "summary"] == ["caller asked"]
    today = datetime.now(UTC).date().isoformat()
    assert cli_main(["retention", "certificate", "--from", today, "--to", today, "--db", url]) == 0
    assert json.loads(capsys.readouterr().out)["count"] == 3
    assert cli_main(["retention", "certificate", "--db", url]) == 1
    assert cli_main(["audit", "verify", "--db", url]) == 0


def test_held_call_refuses_early_deletion_and_erasure(env: tuple[str, Settings], capsys: pytest.CaptureFixture[str]) -> None:
    url, settings = env
    call_id = _seed(settings, url, held=True)
    assert cli_main(["retention", "delete", "--call", call_id, "--class", "transcript", "--note", "x", "--db", url]) == 1
    assert "under hold (complaint)" in capsys.readouterr().err
    assert cli_main(["rights", "erase", "--number", CALLER_NUMBER, "--db", url]) == 0
    out = capsys.readouterr().out
    assert "0 call(s) erased, 1 kept" in out and f"kept\t{call_id}\thold: complaint" in out


def test_rights_export_rectify_restrict(env: tuple[str, Settings], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url, settings = env
    _seed(settings, url)
    out_dir = tmp_path / "sar"
    assert cli_main(["rights", "export", "--number", "07700 900123", "--tenant", "oakfield", "--out", str(out_dir), "--db", url]) == 0
    printed = capsys.readouterr().out
    assert "1 call(s)" in printed and CALLER_NAME not in printed and CALLER_NUMBER not in printed
    assert CALLER_NAME in (out_dir / "calls.csv").read_text()
    assert cli_main(["rights", "rectify", "--number", CALLER_NUMBER, "--name", "P. Ashworth", "--db", url]) == 0
    assert cli_main(["rights", "restrict", "--number", CALLER_NUMBER, "--db", url]) == 0
    assert "restricted 1 call(s)" in capsys.readouterr().out
    assert cli_main(["rights", "export", "--number", "not a number", "--out", str(out_dir), "--db", url]) == 1
    assert "not a valid phone number" in capsys.readouterr().err


def test_missing_key_fails_closed(env: tuple[str, Settings], capsys: pytest.CaptureFixture[str]) -> None:
    url, settings = env
    _seed(settings, url)
    settings.resolved_master_key_path.unlink()
    assert cli_main(["rights", "export", "--number", CALLER_NUMBER, "--out", "unused", "--db", url]) == 2
    assert "master key file" in capsys.readouterr().err
    assert not settings.resolved_master_key_path.exists()
