"""``receptionist scan``: the exact JSON Lines contract, errors per line, exit status 0."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from receptionist.cli import main
from receptionist.cli.scan import MAX_LINE_BYTES, run_scan
from receptionist.privacy.engine import PrivacyEngine

KEYS = {"id", "safeguarding", "categories", "intents", "redacted", "findings"}


def _scan(lines: list[str]) -> list[dict[str, object]]:
    out = io.StringIO()
    assert run_scan(PrivacyEngine().scan, io.StringIO("\n".join(lines) + "\n"), out) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("not json", {"id": None, "error": "line is not valid JSON"}),
        ('{"id": 7}', {"id": 7, "error": "missing 'text'"}),
        ('{"id": "x", "text": 5}', {"id": "x", "error": "'text' must be a string"}),
        ("[1, 2]", {"id": None, "error": "line is not a JSON object"}),
        ('{"id": "big", "text": "' + "a" * (MAX_LINE_BYTES + 10) + '"}', {"id": "big", "error": f"line is over {MAX_LINE_BYTES} bytes"}),
        ('{"text": "' + "a" * (MAX_LINE_BYTES + 10), {"id": None, "error": f"line is over {MAX_LINE_BYTES} bytes"}),
    ],
)
def test_bad_lines_yield_errors_and_the_run_continues(line: str, expected: dict[str, object]) -> None:
    first, second = _scan([line, '{"id": "ok", "text": "hello"}'])
    assert first == expected
    assert second["id"] == "ok" and "error" not in second


@pytest.mark.parametrize(
    ("item", "categories", "redacted"),
    [
        ({"id": 1, "text": "card 4111 1111 1111 1111 please"}, ["payment_card"], "card [payment_card] please"),
        ({"id": "a", "text": "sort code 20-00-00 account 12345678", "extra": True}, ["bank_details"],
         "sort code [bank_details] account [bank_details]"),
        ({"id": None, "text": "what time do you open"}, [], "what time do you open"),
        ({"id": [1, 2], "text": ""}, [], ""),
        ({"id": 2, "text": "ffordd y môr, 4111111111111111"}, ["payment_card"], "ffordd y môr, [payment_card]"),
    ],
)
def test_output_shape(item: dict[str, object], categories: list[str], redacted: str) -> None:
    (out,) = _scan([json.dumps(item)])
    assert set(out) == KEYS
    assert out["id"] == item["id"]
    assert out["categories"] == categories
    assert out["redacted"] == redacted
    assert out["safeguarding"] is None or isinstance(out["safeguarding"], str)
    for f in out["findings"]:  # type: ignore[attr-defined]
        assert set(f) == {"kind", "label", "start", "end", "score"}
        assert f["kind"] in ("safeguarding", "category", "intent")


def test_order_is_kept_and_blank_lines_skipped() -> None:
    outs = _scan(['{"id": 1, "text": "a"}', "", '{"id": 2, "text": "b"}', "   ", '{"id": 3, "text": "c"}'])
    assert [o["id"] for o in outs] == [1, 2, 3]


def test_console_script_end_to_end(tmp_path: Path) -> None:
    stdin = "\n".join(
        [json.dumps({"id": "c", "text": "5425 2334 3010 9903, call me on 01632 960771"}), "{broken", ""]
    )
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from receptionist.cli import main; sys.exit(main())", "scan"],
        input=stdin.encode(), capture_output=True, timeout=60, check=False,
    )
    assert proc.returncode == 0
    first, second = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert first["redacted"] == "[payment_card], call me on 01632 960771"
    assert first["categories"] == ["payment_card"]
    assert second == {"id": None, "error": "line is not valid JSON"}


def test_registered_in_the_cli() -> None:
    with pytest.raises(SystemExit) as info:
        main(["scan", "--help"])
    assert info.value.code == 0


@pytest.mark.parametrize("second_opinion", [False, True])
def test_without_a_key_the_second_opinion_flag_falls_back_to_the_engine(
    second_opinion: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from receptionist.cli.scan import build_scanner
    from receptionist.settings import get_settings

    monkeypatch.setenv("RECEPTIONIST_OPENAI_API_KEY", "")  # overrides any .env file
    get_settings.cache_clear()
    try:
        with build_scanner(second_opinion) as scan:
            assert scan("card 4111 1111 1111 1111").redacted == "card [payment_card]"
    finally:
        get_settings.cache_clear()
