"""Train the shipped span tagger from the span corpus in the repository.

Usage::

    python -m receptionist.privacy.tagger_training [CORPUS.jsonl ...] [--out PATH]

Each corpus line is ``{"text": ..., "spans": [["<category>", "<exact substring>"], ...]}``:
every stretch of the text that reveals a special-category fact, each mention listed (a
string found more than once counts everywhere it occurs). By default every ``*.jsonl`` under
``receptionist/privacy/corpus/spans/`` is read. That corpus was written for this purpose by
authors who saw neither the engine nor any evaluation set; evaluation sets are never trained
on.

The model is a per-word multinomial logistic regression, L2-regularised and fitted by
full-batch Adam on sparse binary features (numpy, seconds on two cores). Out-of-fold figures
say how often a fact gets at least one masked word (what stops a leak) and how many words
outside any fact get masked (what costs readability).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from receptionist.privacy.patterns import normalise
from receptionist.privacy.tagger import (
    LEXICON_DIR,
    OUTSIDE,
    TAGGED_CATEGORIES,
    TAGGER_RESOURCE,
    SpanTagger,
    word_features,
    words,
)
from receptionist.privacy.training import Matrix, adam, corpus_digest, write_model

SPAN_CORPUS_DIR = Path(__file__).parent / "corpus" / "spans"
LEXICON_PATH = Path(__file__).parent / LEXICON_DIR
TAGGER_PATH = Path(__file__).parent / TAGGER_RESOURCE
LABELS = (OUTSIDE, *TAGGED_CATEGORIES)
_PRUNE = 0.1


@dataclass(frozen=True, slots=True)
class Example:
    """One utterance: its words, each word's gold label index, and its facts as word ranges."""

    tokens: tuple[str, ...]
    gold: tuple[int, ...]
    facts: tuple[tuple[int, int], ...]


def example(text: str, spans: Sequence[tuple[str, str]]) -> Example:
    """Gold word labels for ``text`` from its (label, substring) spans."""
    lowered = text.lower().replace("\u2019", "'")
    # the words the engine will see: fillers blanked, dialect folded, offsets unchanged
    found = words(normalise(text))
    gold = [0] * len(found)
    facts: list[tuple[int, int]] = []
    for label, phrase in spans:
        needle = phrase.lower().replace("\u2019", "'")
        at = lowered.find(needle)
        while needle and at != -1:
            covered = [i for i, (_, s, e) in enumerate(found) if s < at + len(needle) and e > at]
            if covered:
                facts.append((covered[0], covered[-1] + 1))
                for i in covered:
                    if gold[i] == 0:
                        gold[i] = LABELS.index(label)
            at = lowered.find(needle, at + 1)
    return Example(tuple(w for w, _, _ in found), tuple(gold), tuple(sorted(set(facts))))


def load_span_corpus(paths: Sequence[Path]) -> list[Example]:
    """Examples from JSON Lines files; a bad line names its file and line."""
    out: list[Example] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                text = str(doc["text"])
                spans = [(str(label), str(phrase)) for label, phrase in doc.get("spans", [])]
            except (json.JSONDecodeError, KeyError, TypeError, ValueError):
                raise ValueError(f"{path}:{number}: not a span corpus line") from None
            for label, phrase in spans:
                if label not in TAGGED_CATEGORIES:
                    raise ValueError(f"{path}:{number}: unknown category {label!r}")
                if phrase.lower() not in text.lower():
                    raise ValueError(f"{path}:{number}: a span is not in the text")
            out.append(example(text, spans))
    return out


class _Design:
    """The corpus as flat arrays: word ``rows[j]`` has feature ``cols[j]``."""

    def __init__(self, examples: Sequence[Example], index: dict[str, int]) -> None:
        rows: list[int] = []
        cols: list[int] = []
        labels: list[int] = []
        for ex in examples:
            for feats, label in zip(word_features(ex.tokens), ex.gold, strict=True):
                word = len(labels)
                for f in feats:
                    col = index.get(f)
                    if col is not None:
                        rows.append(word)
                        cols.append(col)
                labels.append(label)
        self.rows = np.asarray(rows, dtype=np.int64)
        self.cols = np.asarray(cols, dtype=np.int64)
        self.labels = np.asarray(labels, dtype=np.int64)
        self.words = len(labels)


def _fit(examples: Sequence[Example], *, min_count: int, l2: float, steps: int) -> SpanTagger:
    counts = Counter(f for ex in examples for feats in word_features(ex.tokens) for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    design = _Design(examples, index)
    k = len(LABELS)
    onehot = np.zeros((design.words, k))
    onehot[np.arange(design.words), design.labels] = 1.0

    def grad(params: list[Matrix]) -> list[Matrix]:
        # the softmax gradient with sparse features: scores and weight gradients summed with bincount
        w, b = params
        z = np.zeros((design.words, k))
        for c in range(k):
            z[:, c] = np.bincount(design.rows, weights=w[design.cols, c], minlength=design.words)
        z += b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - onehot) / design.words
        gw = np.empty_like(w)
        for c in range(k):
            gw[:, c] = np.bincount(design.cols, weights=err[design.rows, c], minlength=len(vocab))
        return [gw + l2 * w, err.sum(axis=0)]

    w, b = adam(grad, [(len(vocab), k), (k,)], steps, 0.1)
    # features whose every weight is small change no decision: left out, the model ships at a
    # third of the size with the same output on every evaluation set
    weights = {
        f: [round(float(x), 2) for x in w[i]] for i, f in enumerate(vocab) if float(np.abs(w[i]).max()) >= _PRUNE
    }
    return SpanTagger(labels=LABELS, bias=[float(x) for x in b], weights=weights)


def _scores(model: SpanTagger, ex: Example, threshold: float) -> tuple[int, int, int, int]:
    """(facts touched, facts, clean words masked, clean words) for one example."""
    probs = model.probabilities(ex.tokens)
    best = probs.argmax(axis=1)
    masked = [bool(best[i] != 0 and probs[i, best[i]] >= threshold) for i in range(len(ex.tokens))]
    touched = sum(1 for s, e in ex.facts if any(masked[s:e]))
    clean = [i for i, g in enumerate(ex.gold) if g == 0]
    return touched, len(ex.facts), sum(1 for i in clean if masked[i]), len(clean)


def train(
    examples: Sequence[Example], *, folds: int = 5, min_count: int = 2, l2: float = 1e-5, steps: int = 250, seed: int = 13
) -> tuple[SpanTagger, dict[str, float]]:
    """Fit on ``examples``; returns the model and out-of-fold fact recall and clean-word
    masking at a few thresholds."""
    if len(examples) < folds:
        raise ValueError("the span corpus needs at least one example per fold")
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    thresholds = (0.3, 0.5, 0.7, 0.9)
    totals = {t: np.zeros(4) for t in thresholds}
    for k in range(folds):
        test = set(order[k::folds])
        model = _fit([examples[i] for i in order if i not in test], min_count=min_count, l2=l2, steps=steps)
        for i in test:
            for t in thresholds:
                totals[t] += _scores(model, examples[i], t)
    stats: dict[str, float] = {"examples": float(len(examples))}
    for t, (touched, facts, masked, clean) in totals.items():
        stats[f"oof_fact_recall@{t}"] = touched / max(1.0, facts)
        stats[f"oof_clean_masked@{t}"] = masked / max(1.0, clean)
    return _fit(examples, min_count=min_count, l2=l2, steps=steps), stats


def model_digest(paths: Sequence[Path]) -> str:
    """The digest a shipped tagger records: its corpus files and the lexicon it read."""
    return corpus_digest([*paths, *sorted(LEXICON_PATH.glob("*.txt"))])


def main(argv: Sequence[str] | None = None) -> int:
    """Train from the span corpus and write the model JSON; prints the out-of-fold figures."""
    parser = argparse.ArgumentParser(prog="python -m receptionist.privacy.tagger_training", description=__doc__)
    parser.add_argument("corpus", nargs="*", type=Path, help="JSON Lines files (default: the shipped span corpus)")
    parser.add_argument("--out", type=Path, default=TAGGER_PATH)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    paths = args.corpus or sorted(SPAN_CORPUS_DIR.glob("*.jsonl"))
    if not paths:
        print(f"no span corpus files under {SPAN_CORPUS_DIR}", file=sys.stderr)
        return 2
    model, stats = train(load_span_corpus(paths), folds=args.folds)
    write_model(args.out, {**model.to_json(), "corpus_sha256": model_digest(paths)}, stats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
