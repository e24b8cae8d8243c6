"""Train the shipped safeguarding classifier from the labelled corpus in the repository.

Usage::

    python -m receptionist.privacy.training [CORPUS.jsonl ...] [--out PATH] [--recall 0.97]

Each corpus line is ``{"text": ..., "safeguarding": "<subtype>" | null}``; by default every
``*.jsonl`` under ``receptionist/privacy/corpus/`` is read. The corpus was written for this
purpose, by hand, independently of the evaluation sets (which must never be trained on:
they are how we know the tier generalises).

Both models are L2-regularised and fitted by full-batch Adam on binary features (numpy, a
few seconds on two cores). The disclosure threshold is chosen on out-of-fold predictions of
a k-fold split: the highest threshold that keeps out-of-fold recall at ``--recall``, because
a missed disclosure costs far more than a false alarm.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from receptionist.privacy.classifier import MODEL_RESOURCE, SafeguardingClassifier, features
from receptionist.privacy.semantic import phrase_disclosure
from receptionist.privacy.types import SAFEGUARDING_SUBTYPES

CORPUS_DIR = Path(__file__).parent / "corpus"
MODEL_PATH = Path(__file__).parent / MODEL_RESOURCE
Matrix = npt.NDArray[np.float64]


def load_corpus(paths: Sequence[Path]) -> list[tuple[str, str | None]]:
    """(text, subtype or None) pairs from JSON Lines files; a bad line names its file and line."""
    items: list[tuple[str, str | None]] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                text, label = doc["text"], doc.get("safeguarding")
            except (json.JSONDecodeError, KeyError, TypeError):
                raise ValueError(f"{path}:{number}: not a corpus line") from None
            if label is not None and label not in SAFEGUARDING_SUBTYPES:
                raise ValueError(f"{path}:{number}: unknown subtype {label!r}")
            items.append((str(text), label))
    return items


def _vocabulary(docs: Sequence[set[str]], min_count: int) -> list[str]:
    counts = Counter(f for feats in docs for f in feats)
    return sorted(f for f, n in counts.items() if n >= min_count)


def _matrix(docs: Sequence[set[str]], index: dict[str, int]) -> Matrix:
    x = np.zeros((len(docs), len(index)), dtype=np.float64)
    for row, feats in enumerate(docs):
        for f in feats:
            col = index.get(f)
            if col is not None:
                x[row, col] = 1.0
    return x


def adam(grad: Callable[[list[Matrix]], list[Matrix]], shapes: Sequence[tuple[int, ...]], steps: int, lr: float) -> list[Matrix]:
    """Minimise with Adam; ``grad(params) -> grads`` for a list of parameter arrays."""
    params = [np.zeros(s) for s in shapes]
    m = [np.zeros(s) for s in shapes]
    v = [np.zeros(s) for s in shapes]
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        grads = grad(params)
        for i, g in enumerate(grads):
            m[i] = b1 * m[i] + (1 - b1) * g
            v[i] = b2 * v[i] + (1 - b2) * g * g
            params[i] -= lr * (m[i] / (1 - b1**t)) / (np.sqrt(v[i] / (1 - b2**t)) + eps)
    return params


def fit_binary(
    x: Matrix, y: Matrix, l2: float, pos_weight: float, sample_w: Matrix | None = None, steps: int = 400
) -> tuple[float, Matrix]:
    """Weighted logistic regression: (bias, weights)."""
    sample_w = (np.ones(len(y)) if sample_w is None else sample_w) * np.where(y > 0.5, pos_weight, 1.0)
    norm = sample_w.sum()

    def grad(params: list[Matrix]) -> list[Matrix]:
        b, w = params
        p = 1.0 / (1.0 + np.exp(-(x @ w + b[0])))
        err = (p - y) * sample_w / norm
        return [np.array([err.sum()]), x.T @ err + l2 * w]

    b, w = adam(grad, [(1,), (x.shape[1],)], steps, 0.05)
    return float(b[0]), w


def fit_softmax(x: Matrix, labels: Sequence[int], k: int, l2: float, steps: int = 400) -> tuple[Matrix, Matrix]:
    """Multinomial logistic regression: (bias[k], weights[V, k])."""
    onehot = np.zeros((x.shape[0], k))
    onehot[np.arange(x.shape[0]), labels] = 1.0
    n = x.shape[0]

    def grad(params: list[Matrix]) -> list[Matrix]:
        b, w = params
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - onehot) / n
        return [err.sum(axis=0), x.T @ err + l2 * w]

    b, w = adam(grad, [(k,), (x.shape[1], k)], steps, 0.05)
    return b, w


def _fit(
    docs: Sequence[set[str]], labels: Sequence[str | None], *, min_count: int, l2: float, pos_weight: float
) -> tuple[list[str], float, Matrix, Matrix, Matrix]:
    vocab = _vocabulary(docs, min_count)
    index = {f: i for i, f in enumerate(vocab)}
    x = _matrix(docs, index)
    y = np.array([1.0 if label else 0.0 for label in labels])
    bias, w = fit_binary(x, y, l2, pos_weight)
    pos = [i for i, label in enumerate(labels) if label]
    sub_ids = [SAFEGUARDING_SUBTYPES.index(labels[i]) for i in pos]  # type: ignore[arg-type]
    sb, sw = fit_softmax(x[pos], sub_ids, len(SAFEGUARDING_SUBTYPES), l2)
    return vocab, bias, w, sb, sw


def _build(vocab: list[str], bias: float, w: Matrix, sb: Matrix, sw: Matrix, threshold: float) -> SafeguardingClassifier:
    weights = {f: round(float(w[i]), 4) for i, f in enumerate(vocab) if abs(w[i]) >= 1e-3}
    sub = {
        f: [round(float(v), 4) for v in sw[i]]
        for i, f in enumerate(vocab)
        if float(np.abs(sw[i]).max()) >= 1e-3
    }
    return SafeguardingClassifier(
        bias=round(bias, 4),
        weights=weights,
        subtypes=SAFEGUARDING_SUBTYPES,
        subtype_bias=[round(float(v), 4) for v in sb],
        subtype_weights=sub,
        threshold=threshold,
    )


def train(
    items: Sequence[tuple[str, str | None]],
    *,
    recall: float = 0.96,
    folds: int = 5,
    min_count: int = 3,
    l2: float = 0.001,
    pos_weight: float = 1.0,
    seed: int = 13,
    caught: Sequence[bool] | None = None,
) -> tuple[SafeguardingClassifier, dict[str, float]]:
    """Fit on ``items``; returns the model and its out-of-fold figures at the chosen threshold.

    ``caught`` marks the items the engine's phrase rules already flag. The threshold is the
    highest that keeps the recall of rules *or* classifier at ``recall`` out of fold, so the
    classifier is as strict as it can be while covering what the rules miss.
    """
    if sum(1 for _, label in items if label) < folds or sum(1 for _, label in items if not label) < folds:
        raise ValueError("the corpus needs positives and negatives in every fold")
    docs = [features(text) for text, _ in items]
    labels = [label for _, label in items]
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    oof_p = np.zeros(len(items))
    oof_sub: list[str | None] = [None] * len(items)
    for k in range(folds):
        test = set(order[k::folds])
        tr = [i for i in order if i not in test]
        model = _build(*_fit([docs[i] for i in tr], [labels[i] for i in tr], min_count=min_count, l2=l2,
                             pos_weight=pos_weight), threshold=0.5)
        for i in test:
            oof_p[i] = model.probability(docs[i])
            oof_sub[i] = model.subtype(docs[i])[0]
    is_pos = np.array([label is not None for label in labels])
    ruled = np.array(list(caught) if caught is not None else [False] * len(items), dtype=bool)
    # the highest threshold that still keeps out-of-fold recall (rules or classifier) at target
    candidates = sorted(set(np.round(oof_p[is_pos], 4)), reverse=True)
    threshold = 0.05
    for t in candidates:
        if ((oof_p[is_pos] >= t) | ruled[is_pos]).mean() >= recall:
            threshold = max(0.05, float(t))
            break
    flagged = (oof_p >= threshold) | ruled
    tp = float((flagged & is_pos).sum())
    stats = {
        "items": float(len(items)),
        "positives": float(is_pos.sum()),
        "threshold": threshold,
        "oof_recall": tp / max(1.0, float(is_pos.sum())),
        "oof_precision": tp / max(1.0, float(flagged.sum())),
        "oof_subtype_accuracy": sum(oof_sub[i] == labels[i] for i in range(len(items)) if labels[i])
        / max(1.0, float(is_pos.sum())),
    }
    for t in (0.3, 0.5, 0.7, 0.8, 0.9):
        hit = (oof_p >= t) | ruled
        stats[f"oof_recall@{t}"] = float((hit & is_pos).sum()) / max(1.0, float(is_pos.sum()))
        stats[f"oof_precision@{t}"] = float((hit & is_pos).sum()) / max(1.0, float(hit.sum()))
    final = _build(*_fit(docs, labels, min_count=min_count, l2=l2, pos_weight=pos_weight), threshold=threshold)
    return final, stats


def corpus_digest(paths: Sequence[Path]) -> str:
    """SHA-256 over the corpus files' names and bytes: which corpus a shipped model was fitted on."""
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    """Train from the corpus and write the model JSON; prints the out-of-fold figures."""
    parser = argparse.ArgumentParser(prog="python -m receptionist.privacy.training", description=__doc__)
    parser.add_argument("corpus", nargs="*", type=Path, help="JSON Lines files (default: the shipped corpus)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--recall", type=float, default=0.96, help="out-of-fold recall the threshold keeps")
    args = parser.parse_args(argv)
    paths = args.corpus or sorted(CORPUS_DIR.glob("*.jsonl"))
    if not paths:
        print(f"no corpus files under {CORPUS_DIR}", file=sys.stderr)
        return 2
    items = load_corpus(paths)
    model, stats = train(items, recall=args.recall, caught=[phrase_disclosure(text) for text, _ in items])
    write_model(args.out, {**model.to_json(), "corpus_sha256": corpus_digest(paths)}, stats)
    return 0


def write_model(out: Path, doc: dict[str, object], stats: dict[str, float]) -> None:
    """Write a trained model's JSON document and print its out-of-fold figures."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    width = max(map(len, stats), default=0) + 2
    for key, value in stats.items():
        print(f"{key:{width}} {value:.3f}")
    print(f"wrote {out}")


if __name__ == "__main__":
    raise SystemExit(main())
