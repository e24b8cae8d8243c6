"""``receptionist eval …``: measure the product on labelled data.

``eval utterances FILE`` runs the privacy engine over labelled utterances (the dev set's
schema) and prints precision and recall for the safeguarding flag and each category,
subtype accuracy, intent precision and recall, category micro-F1, leak rate, preservation
rate and card-number leaks. Other evaluations join the same group: a module named in
``EVAL_MODULES`` exposes ``register_eval(subparsers)`` and adds its own subcommand.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from receptionist.cli.scan import Scanner, build_scanner
from receptionist.privacy.spoken import digit_runs
from receptionist.privacy.types import CATEGORIES, INTENTS

# Modules contributing further ``eval`` subcommands (e.g. call scenarios).
EVAL_MODULES: tuple[str, ...] = ("receptionist.cli.calls",)


@dataclass
class Counts:
    """True positives, false positives and false negatives for one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        """Count one item."""
        self.tp += gold and pred
        self.fp += pred and not gold
        self.fn += gold and not pred

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class UtteranceReport:
    """Everything ``eval utterances`` measures, accumulated item by item."""

    items: int = 0
    safeguarding: Counts = field(default_factory=Counts)
    subtype_total: int = 0
    subtype_correct: int = 0
    categories: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    intents: dict[str, Counts] = field(default_factory=lambda: {i: Counts() for i in INTENTS})
    leak_items: int = 0
    leaked: int = 0
    preserve_items: int = 0
    preserved: int = 0
    pan_items: int = 0
    pan_leaks: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def category_micro(self) -> Counts:
        """Counts summed over every category."""
        total = Counts()
        for c in self.categories.values():
            total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        return total

    def intent_micro(self) -> Counts:
        """Counts summed over both intents."""
        total = Counts()
        for c in self.intents.values():
            total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        return total


def evaluate_utterances(scan: Scanner, items: Iterable[dict[str, Any]]) -> UtteranceReport:
    """Score ``scan`` (an engine's scan) on labelled utterances; failures list (id, what) for follow-up."""
    rep = UtteranceReport()
    for item in items:
        rep.items += 1
        item_id = str(item.get("id"))
        res = scan(item["text"])
        gold_sg = item.get("safeguarding")
        rep.safeguarding.add(gold_sg is not None, res.safeguarding is not None)
        if gold_sg is not None:
            rep.subtype_total += 1
            rep.subtype_correct += res.safeguarding == gold_sg
        if (gold_sg is None) != (res.safeguarding is None) or (gold_sg and res.safeguarding != gold_sg):
            rep.failures.append((item_id, f"safeguarding {gold_sg} -> {res.safeguarding}"))
        gold_cats, pred_cats = set(item.get("categories", [])), set(res.categories)
        for c, counts in rep.categories.items():
            counts.add(c in gold_cats, c in pred_cats)
        if gold_cats != pred_cats:
            rep.failures.append((item_id, f"categories {sorted(gold_cats)} -> {sorted(pred_cats)}"))
        gold_int, pred_int = set(item.get("intents", [])), set(res.intents)
        for i, counts in rep.intents.items():
            counts.add(i in gold_int, i in pred_int)
        if gold_int != pred_int:
            rep.failures.append((item_id, f"intents {sorted(gold_int)} -> {sorted(pred_int)}"))
        if item.get("must_not_contain"):
            rep.leak_items += 1
            if any(s in res.redacted for s in item["must_not_contain"]):
                rep.leaked += 1
                rep.failures.append((item_id, "leak"))
        if item.get("must_contain"):
            rep.preserve_items += 1
            if all(s in res.redacted for s in item["must_contain"]):
                rep.preserved += 1
            else:
                rep.failures.append((item_id, "over-redacted"))
        if item.get("pan"):
            rep.pan_items += 1
            left = "".join(r.digits for r in digit_runs(res.redacted))
            if any(pan in left for pan in item["pan"]):
                rep.pan_leaks += 1
                rep.failures.append((item_id, "card number leaked"))
    return rep


def format_report(rep: UtteranceReport) -> str:
    """The metrics table as printed by ``receptionist eval utterances``."""
    rows = [f"{'metric':<34} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]

    def row(name: str, c: Counts) -> None:
        rows.append(f"{name:<34} {c.precision:>9.3f} {c.recall:>7.3f} {c.f1:>6.3f} {c.tp + c.fn:>8}")

    row("safeguarding (flag)", rep.safeguarding)
    for name, counts in rep.categories.items():
        row(f"  category {name}", counts)
    row("category micro", rep.category_micro())
    for name, counts in rep.intents.items():
        row(f"  intent {name}", counts)
    row("intent micro", rep.intent_micro())
    rows.append("")
    acc = rep.subtype_correct / rep.subtype_total if rep.subtype_total else 1.0
    leak = rep.leaked / rep.leak_items if rep.leak_items else 0.0
    keep = rep.preserved / rep.preserve_items if rep.preserve_items else 1.0
    rows.append(f"{'items':<34} {rep.items}")
    rows.append(f"{'safeguarding subtype accuracy':<34} {acc:.3f}  ({rep.subtype_correct}/{rep.subtype_total})")
    rows.append(f"{'category micro-F1':<34} {rep.category_micro().f1:.3f}")
    rows.append(f"{'leak rate':<34} {leak:.3f}  ({rep.leaked}/{rep.leak_items})")
    rows.append(f"{'preservation rate':<34} {keep:.3f}  ({rep.preserved}/{rep.preserve_items})")
    rows.append(f"{'card-number leaks':<34} {rep.pan_leaks}  (of {rep.pan_items} items with a card number)")
    return "\n".join(rows)


def load_items(path: Path) -> list[dict[str, Any]]:
    """Labelled utterances from a JSON Lines file; raises ValueError naming the bad line."""
    items: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON") from exc
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError(f"{path}:{n}: each line needs a string 'text'")
            items.append(item)
    return items


def _utterances(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        items = load_items(Path(args.file))
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with build_scanner(args.second_opinion) as scan:
        rep = evaluate_utterances(scan, items)
    print(format_report(rep), file=out)
    if args.failures:
        print("\nfailures (id: what)", file=out)
        for item_id, what in rep.failures:
            print(f"  {item_id}: {what}", file=out)
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``eval`` group with its ``utterances`` subcommand and any contributed ones."""
    parser = subparsers.add_parser("eval", help="measure the product on labelled data")
    targets = parser.add_subparsers(dest="eval_target", metavar="TARGET", required=True)
    utt = targets.add_parser("utterances", help="score the privacy engine on labelled utterances (JSON Lines)")
    utt.add_argument("file", help="JSON Lines file in the dev-set schema")
    utt.add_argument("--failures", action="store_true", help="also list the ids of items that were wrong")
    utt.add_argument(
        "--second-opinion", action="store_true", help="add the LLM classifier on uncertain items (needs an OpenAI key)"
    )
    utt.set_defaults(func=_utterances)
    for name in EVAL_MODULES:
        importlib.import_module(name).register_eval(targets)

