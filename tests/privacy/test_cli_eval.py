"""``receptionist eval utterances``: the metrics table on labelled data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from receptionist.cli import main
from receptionist.cli.evaluate import Counts, evaluate_utterances, load_items
from receptionist.privacy.engine import PrivacyEngine

ITEMS = [
    {"id": "p1", "text": "card 4111 1111 1111 1111 thanks", "safeguarding": None, "categories": ["payment_card"],
     "intents": [], "must_not_contain": ["4111 1111 1111 1111"], "must_contain": ["thanks"], "pan": ["4111111111111111"]},
    {"id": "n1", "text": "the voucher is 4929 1234 5678 1234", "safeguarding": None, "categories": [], "intents": [],
     "must_not_contain": [], "must_contain": ["4929 1234 5678 1234"]},
    # a label the payment-only engine cannot find: a miss, a leak
    {"id": "h1", "text": "i have asthma", "safeguarding": None, "categories": ["health"], "intents": [],
     "must_not_contain": ["asthma"], "must_contain": []},
    {"id": "s1", "text": "he hits me", "safeguarding": "domestic_abuse", "categories": [], "intents": [],
     "must_not_contain": [], "must_contain": []},
]


def test_metrics_on_a_small_table() -> None:
    rep = evaluate_utterances(PrivacyEngine(detectors=()).scan, ITEMS)
    assert rep.items == 4
    assert rep.categories["payment_card"].tp == 1
    assert rep.categories["health"].fn == 1
    assert rep.category_micro().recall == 0.5
    assert rep.safeguarding.fn == 1 and rep.subtype_correct == 0
    assert (rep.leaked, rep.leak_items) == (1, 2)
    assert (rep.preserved, rep.preserve_items) == (2, 2)
    assert (rep.pan_leaks, rep.pan_items) == (0, 1)
    assert ("h1", "leak") in rep.failures


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f1"),
    [(0, 0, 0, 1.0, 1.0, 1.0), (1, 1, 0, 0.5, 1.0, 2 / 3), (0, 1, 1, 0.0, 0.0, 0.0), (3, 0, 1, 1.0, 0.75, 6 / 7)],
)
def test_counts(tp: int, fp: int, fn: int, p: float, r: float, f1: float) -> None:
    c = Counts(tp, fp, fn)
    assert (c.precision, c.recall) == (p, r)
    assert c.f1 == pytest.approx(f1)


def test_command_prints_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "u.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in ITEMS) + "\n")
    assert main(["eval", "utterances", str(path), "--failures"]) == 0
    out = capsys.readouterr().out
    for needle in ("safeguarding (flag)", "category payment_card", "intent human_request", "category micro-F1",
                   "safeguarding subtype accuracy", "leak rate", "preservation rate", "card-number leaks", "failures"):
        assert needle in out


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json\n", "not valid JSON"), ('{"id": 1}\n', "needs a string 'text'")],
)
def test_bad_file_is_a_clear_error(tmp_path: Path, content: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(ValueError, match=message):
        load_items(path)
    assert main(["eval", "utterances", str(path)]) == 2
    assert message in capsys.readouterr().err


def test_missing_file(tmp_path: Path) -> None:
    assert main(["eval", "utterances", str(tmp_path / "nope.jsonl")]) == 2


def test_dev_set_has_no_card_number_leaks(eval_dir: Path) -> None:
    rep = evaluate_utterances(PrivacyEngine().scan, load_items(eval_dir / "utterances.jsonl"))
    assert rep.pan_items > 0
    assert rep.pan_leaks == 0
    assert rep.categories["payment_card"].recall == 1.0
