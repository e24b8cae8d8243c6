"""The commands: simulate (exact JSON contract), calls show (audited read-back), eval calls, console."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import select

from receptionist.cli.console import converse
from receptionist.settings import get_settings
from receptionist.store.db import make_engine
from receptionist.store.models import AuditEvent
from receptionist.store.service import Store

CONTRACT_KEYS = {"call_id", "tenant", "recording_consent", "captured", "safeguarding", "escalated",
                 "transfer_requested", "masked_categories", "transcript", "summary", "crm_payload"}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty embedded data dir, as on a fresh machine."""
    monkeypatch.setenv("RECEPTIONIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("RECEPTIONIST_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


def _script(tmp_path: Path, **data: Any) -> Path:
    path = tmp_path / "script.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_simulate_prints_the_contract_and_calls_show_reads_it_back(
    data_dir: Path, tmp_path: Path, run_cli: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script(tmp_path, id="x", tenant="business", caller_number="+447700900601",
                     turns=["i'd like to renew my membership", "Bethan Lloyd", "this number's fine"],
                     expect={"ignored": True})
    assert run_cli(["simulate", str(script), "--now", "2026-11-23T10:00+00:00"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == CONTRACT_KEYS
    assert out["tenant"] == "business" and out["recording_consent"] is True
    assert out["captured"] == {"name": "Bethan Lloyd", "callback_number": "+447700900601",
                               "reason": "I'd like to renew my membership"}
    assert out["transcript"][0]["speaker"] == "receptionist"
    assert {t["speaker"] for t in out["transcript"]} == {"receptionist", "caller"}
    assert out["crm_payload"]["name"] == "Bethan Lloyd"

    assert run_cli(["calls", "show", out["call_id"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == out
    engine = make_engine(get_settings().resolved_database_url)
    with engine.connect() as conn:
        reads = conn.execute(select(AuditEvent.action, AuditEvent.actor).where(AuditEvent.action == "call.read")).all()
    engine.dispose()
    assert ("call.read", "cli") in reads


@pytest.mark.parametrize(("data", "message"), [
    ({"caller_number": None, "turns": ["hi"]}, "tenant: required"),
    ({"tenant": "school", "turns": "hello"}, "turns: must be a list"),
    ({"tenant": "school", "caller_number": 447700900601, "turns": []}, "caller_number: must be"),
    ({"tenant": "nope", "caller_number": None, "turns": ["hi"]}, "no tenant with slug"),
])
def test_simulate_rejects_bad_scripts_clearly(
    data_dir: Path, tmp_path: Path, run_cli: Any, capsys: pytest.CaptureFixture[str], data: dict[str, Any], message: str
) -> None:
    assert run_cli(["simulate", str(_script(tmp_path, **data))]) == 1
    assert message in capsys.readouterr().err


def test_calls_show_unknown_id(data_dir: Path, run_cli: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["calls", "show", "nope", "--json"]) == 1
    assert "no call with id nope" in capsys.readouterr().err


def test_eval_calls_reports_pass_and_fail_per_check(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from receptionist.cli.calls import register_eval

    good = {"tenant": "council", "caller_number": "+441134960144", "turns": ["it's about my council tax bill", "Ann Lee"],
            "expect": {"captured": {"name": "Ann Lee", "reason_contains": ["council tax"]}, "escalated": False,
                       "leak_check": True}}
    bad = {**good, "expect": {"captured": {"name": "Someone Else"}}}
    (tmp_path / "calls").mkdir()
    (tmp_path / "calls" / "a_good.yaml").write_text(yaml.safe_dump(good), encoding="utf-8")
    (tmp_path / "calls" / "b_bad.yaml").write_text(yaml.safe_dump(bad), encoding="utf-8")
    parser = argparse.ArgumentParser()
    register_eval(parser.add_subparsers())
    args = parser.parse_args(["calls", str(tmp_path / "calls")])
    assert args.func(args) == 1
    out = capsys.readouterr().out
    assert "PASS a_good.yaml (4/4 checks)" in out
    assert "FAIL b_bad.yaml (0/1 checks)" in out and "FAIL captured.name" in out
    assert "4/5 checks passed" in out


async def test_console_runs_on_an_empty_data_dir(data_dir: Path, tmp_path: Path) -> None:
    lines = iter(["hi, what time does the school day start?", "no that's all, bye"])
    out = tmp_path / "console.txt"
    store = Store.open(get_settings())
    try:
        with out.open("w", encoding="utf-8") as fh:
            args = argparse.Namespace(tenant="school", caller_number=None, now=None, db=None)
            assert await converse(store, args, read_line=lambda _p: next(lines), out=fh, settings_brain=get_settings()) == 0
    finally:
        store.close()
    text = out.read_text(encoding="utf-8")
    assert "Receptionist: Helo, Ysgol Gynradd Oakfield." in text and "Hello, you're through to Oakfield" in text
    assert "The gates open at 8:40" in text and "Goodbye" in text and "call ended and saved" in text


@pytest.mark.parametrize("argv", [["simulate", "SCRIPT"], ["calls", "show", "any", "--json"]])
def test_a_missing_key_file_is_one_clear_line_not_a_traceback(
    data_dir: Path, tmp_path: Path, run_cli: Any, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    script = _script(tmp_path, tenant="business", caller_number=None, turns=["hello"])
    assert run_cli(["simulate", str(script)]) == 0
    (data_dir / "master.key").unlink()  # e.g. run from another directory than the data's
    capsys.readouterr()
    assert run_cli([str(script) if a == "SCRIPT" else a for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: master key file") and "Traceback" not in err
