"""A small shipped span tagger: which words of an utterance reveal a special-category fact.

Phrase rules find the facts they were written for, and :data:`~receptionist.privacy.
health_terms.ECHOES` masks the same fact named again in words a rule knows. Callers name
facts in endless other words, and most leaks in unseen speech are a fact said a second time
in words no rule names ("the op", "his script", "her officer"). This tier reads every word in
its context and says which category, if any, the word belongs to.

It is a per-word multinomial logistic model over simple features (the word, its stem and
suffix, its neighbours, the pairs it forms, the stems around it, and the category of any
lexicon term on or beside it), learned from the span corpus and the lexicon kept in the
repository (``receptionist/privacy/corpus/spans/``, ``receptionist/privacy/lexicon/``) by
:mod:`receptionist.privacy.tagger_training`. The weights ship as JSON inside the package, so
it needs no download and no GPU; scoring an utterance is one gather and one sum in numpy.

The engine uses it only to *add* masking: a further mention of a category a rule has found,
or (surer) of another; and, at its surest and with the rules' common context checks, a fact
where no rule found one (reading only the words near a cue, :meth:`SpanTagger.tag_near_cues`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

import numpy as np
import numpy.typing as npt

from receptionist.privacy.classifier import stem
from receptionist.privacy.types import CATEGORIES, PAYMENT_CATEGORIES

TAGGER_RESOURCE: Final = "models/span_tagger.json"
TAGGER_VERSION: Final = 1
OUTSIDE: Final = "O"
# the categories the tagger labels; card and bank data stay with the number detectors
TAGGED_CATEGORIES: Final = tuple(c for c in CATEGORIES if c not in PAYMENT_CATEGORIES)
_WORD: Final = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_WINDOW: Final = 3
_START, _END = "<s>", "</s>"


def words(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for each word of lower-cased ``text``."""
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


LEXICON_DIR: Final = "lexicon"
_Lexicon = Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]


def parse_lexicon(lines: Sequence[str]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """``label<TAB>term`` lines as first word -> ((words, label), ...), longest terms first.

    Blank lines and ``#`` comments are skipped; a bad line raises ``ValueError`` naming it.
    """
    entries: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, term = line.partition("\t")
        terms = tuple(w for w, _, _ in words(term.lower()))
        if not sep or label not in TAGGED_CATEGORIES or not terms:
            raise ValueError(f"lexicon line {number}: expected '<category>\\t<term>'")
        entries.setdefault(terms[0], []).append((terms, label))
    return {first: tuple(sorted(set(found), key=lambda e: -len(e[0]))) for first, found in entries.items()}


@lru_cache(maxsize=1)
def load_lexicon() -> _Lexicon:
    """The shipped category lexicon (``receptionist/privacy/lexicon/*.txt``), loaded once."""
    lines: list[str] = []
    folder = resources.files("receptionist.privacy").joinpath(LEXICON_DIR)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            lines.extend(entry.read_text(encoding="utf-8").splitlines())
    return parse_lexicon(lines)


def lexicon_labels(tokens: Sequence[str], lexicon: _Lexicon) -> list[set[str]]:
    """For each word, the categories of the lexicon terms that cover it."""
    marks: list[set[str]] = [set() for _ in tokens]
    for i, w in enumerate(tokens):
        for terms, label in lexicon.get(w, ()):
            if tuple(tokens[i : i + len(terms)]) == terms:
                for k in range(i, i + len(terms)):
                    marks[k].add(label)
    return marks


def word_features(tokens: Sequence[str], lexicon: _Lexicon | None = None) -> list[list[str]]:
    """The features of each word: itself, stem, suffix, neighbours, pairs, nearby stems, and
    the lexicon categories of the word and of the words near it."""
    stems = [stem(w) for w in tokens]
    marks = lexicon_labels(tokens, load_lexicon() if lexicon is None else lexicon)
    padded = [_START, _START, *tokens, _END, _END]
    out: list[list[str]] = []
    for i, w in enumerate(tokens):
        j = i + 2
        feats = [
            "b",
            "w=" + w,
            "s=" + stems[i],
            "x=" + w[-3:],
            "p=" + padded[j - 1],
            "n=" + padded[j + 1],
            "pp=" + padded[j - 2],
            "nn=" + padded[j + 2],
            "pw=" + padded[j - 1] + "_" + w,
            "wn=" + w + "_" + padded[j + 1],
        ]
        if w.isdigit():
            feats.append("digit")
        lo, hi = max(0, i - _WINDOW), min(len(tokens), i + _WINDOW + 1)
        feats.extend({"c=" + stems[k] for k in range(lo, hi) if k != i})
        feats.extend("lex=" + label for label in marks[i])
        feats.extend({"lexc=" + label for k in range(max(0, i - 2), min(len(tokens), i + 3)) if k != i for label in marks[k]})
        out.append(feats)
    return out


@dataclass(frozen=True, slots=True)
class _WordIds:
    """A word's weight rows: its own, and those it gives as a neighbour (``prev`` to the word
    after it, ``next`` to the word before it, ``prev2``/``next2`` two away) and as a nearby stem."""

    own: tuple[int, ...]
    prev: int | None
    next: int | None
    prev2: int | None
    next2: int | None
    near: int | None
    cue: bool


# How far a word's or stem's own weight must favour a category over "no category" for it to
# be a cue (:meth:`SpanTagger.tag_near_cues`).
_CUE_MARGIN: Final = 0.5
# Words too common to be a cue however they lean: numbers (card and phone digits are read out
# as words), pronouns, articles and prepositions.
_NOT_CUES: Final = frozenset((
    "oh", "zero", "nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "double", "triple", "i", "me",
    "my", "a", "an", "the", "in", "on", "at", "to", "of", "for", "from", "with", "by", "up", "back", "through",
    "right", "front", "it", "is", "was", "and", "or", "but", "so", "we", "you", "he", "she", "they", "his", "her",
    "our", "their",
))
# How many words either side of a cue :meth:`SpanTagger.tag_near_cues` reads.
_CUE_REACH: Final = 2
# Words whose rows are kept between utterances: a caller's vocabulary, many times over.
_WORD_CACHE: Final = 50_000


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """Consecutive words given one category: ``[start, end)`` in the text, with the lowest
    and highest word probability for that category."""

    label: str
    start: int
    end: int
    low: float
    high: float


class SpanTagger:
    """Per-word softmax over ``labels`` (``"O"`` first) with one weight row per feature."""

    def __init__(self, *, labels: Sequence[str], bias: Sequence[float], weights: Mapping[str, Sequence[float]]) -> None:
        if not labels or labels[0] != OUTSIDE:
            raise ValueError("the first label must be 'O'")
        if len(bias) != len(labels) or any(len(row) != len(labels) for row in weights.values()):
            raise ValueError("bias and every weight row must have one entry per label")
        self.labels = tuple(labels)
        self._bias = np.asarray(bias, dtype=np.float64)
        self._index = {f: i for i, f in enumerate(weights)}
        rows = [*weights.values(), [0.0] * len(labels)]
        self._rows = np.asarray(rows, dtype=np.float64).reshape(len(rows), len(labels))
        self._padding = len(rows) - 1
        self._words: dict[str, _WordIds] = {}
        # words and stems that lean towards some category by themselves: cues (see :meth:`tag_near_cues`)
        lean = (self._rows[:, 1:] - self._rows[:, :1]).max(axis=1) > _CUE_MARGIN
        self._cues = frozenset(f[2:] for f, i in self._index.items() if lean[i] and f[:2] in ("w=", "s="))

    def tag_near_cues(self, text: str, threshold: float) -> list[TaggedSpan]:
        """:meth:`tag`, reading only the words within two of a *cue*: a word that, or whose stem,
        leans towards a category by itself, or that is or ends a lexicon term said. It is the cheap form
        for an utterance where no rule found a fact; on the span corpus and the evaluation
        sets, 97% of the spans tagged at p >= 0.85 have a cue. A word read gets the same
        probability as in :meth:`tag`."""
        found = words(text)
        tokens = [w for w, _, _ in found]
        said, ends = set(tokens), _lexicon_ends()
        cues = [
            i
            for i, w in enumerate(tokens)
            if self._word_ids(w).cue or ((firsts := ends.get(w)) is not None and not firsts.isdisjoint(said))
        ]
        n = len(tokens)
        near = sorted({k for i in cues for k in range(max(0, i - _CUE_REACH), min(n, i + _CUE_REACH + 1))})
        if not near:
            return []
        return self._spans(text, [found[i] for i in near], self._probabilities(tokens, near), threshold)

    def _word_ids(self, word: str) -> _WordIds:
        """The weight rows a word brings wherever it is: its own features (word, stem,
        suffix), and the rows it gives its neighbours and the words around it."""
        known = self._words.get(word)
        if known is None:
            index, root = self._index, stem(word)
            own = [k for f in ("w=" + word, "s=" + root, "x=" + word[-3:]) if (k := index.get(f)) is not None]
            if word.isdigit() and (k := index.get("digit")) is not None:
                own.append(k)
            known = _WordIds(
                own=tuple(own), prev=index.get("p=" + word), next=index.get("n=" + word),
                prev2=index.get("pp=" + word), next2=index.get("nn=" + word), near=index.get("c=" + root),
                cue=(word in self._cues or root in self._cues or word in _lexicon_words()) and word not in _NOT_CUES
                and not word.isdigit(),
            )
            if len(self._words) < _WORD_CACHE:
                self._words[word] = known
        return known

    def _feature_ids(self, tokens: Sequence[str], positions: Sequence[int]) -> tuple[list[int], list[int]]:
        """The weight rows of the features of the words at ``positions``, as
        :func:`word_features` names them, and where each word's run starts; the per-word parts
        are looked up once per word. Training names features with :func:`word_features`; a test
        checks the two give the same probabilities, so change them together."""
        index = self._index
        marks = lexicon_labels(tokens, load_lexicon())
        start_ids, end_ids = self._word_ids(_START), self._word_ids(_END)
        per = [self._word_ids(w) for w in tokens]
        padded = [start_ids, start_ids, *per, end_ids, end_ids]
        words_padded = [_START, _START, *tokens, _END, _END]
        bias = index.get("b")
        ids: list[int] = []
        starts: list[int] = []
        n = len(tokens)
        for i in positions:
            w, j = tokens[i], i + 2
            # each word's run opens with the zero row, so no run is empty for reduceat
            starts.append(len(ids))
            ids.append(self._padding)
            if bias is not None:
                ids.append(bias)
            ids.extend(per[i].own)
            around = (
                padded[j - 1].prev, padded[j + 1].next, padded[j - 2].prev2, padded[j + 2].next2,
                index.get("pw=" + words_padded[j - 1] + "_" + w), index.get("wn=" + w + "_" + words_padded[j + 1]),
            )
            ids.extend(k for k in around if k is not None)
            lo, hi = max(0, i - _WINDOW), min(n, i + _WINDOW + 1)
            ids.extend({k for m in range(lo, hi) if m != i and (k := per[m].near) is not None})
            if any(marks[lo:hi]):
                feats = ["lex=" + label for label in marks[i]]
                feats.extend(
                    {"lexc=" + label for m in range(max(0, i - 2), min(n, i + 3)) if m != i for label in marks[m]}
                )
                ids.extend(k for f in feats if (k := index.get(f)) is not None)
        return ids, starts

    def probabilities(self, tokens: Sequence[str]) -> npt.NDArray[np.float64]:
        """One row of label probabilities per word."""
        return self._probabilities(tokens, range(len(tokens)))

    def _probabilities(self, tokens: Sequence[str], positions: Sequence[int]) -> npt.NDArray[np.float64]:
        """One row of label probabilities for each word at ``positions``."""
        if not positions:
            return np.zeros((0, len(self.labels)))
        ids, starts = self._feature_ids(tokens, positions)
        scores = np.add.reduceat(self._rows[ids], starts, axis=0) + self._bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        return probs

    def tag(self, text: str, threshold: float) -> list[TaggedSpan]:
        """Spans of consecutive words whose likeliest category has probability ``threshold`` or
        above, even where "no category" is likelier still (``text`` lower-cased, as the engine's
        normalised form is)."""
        found = words(text)
        return self._spans(text, found, self.probabilities([w for w, _, _ in found]), threshold)

    def _spans(
        self, text: str, found: Sequence[tuple[str, int, int]], probs: npt.NDArray[np.float64], threshold: float
    ) -> list[TaggedSpan]:
        """Runs of the words in ``found`` (one row of ``probs`` each) whose best category
        reaches ``threshold``; words merge only where nothing but a space or hyphen is between."""
        best = 1 + probs[:, 1:].argmax(axis=1) if len(found) else np.zeros(0, dtype=np.intp)
        high = probs[np.arange(len(found)), best]
        spans: list[TaggedSpan] = []
        for i in (int(k) for k in np.flatnonzero(high >= threshold)):
            _, start, end = found[i]
            label, p = self.labels[best[i]], float(high[i])
            last = spans[-1] if spans else None
            if last is not None and last.label == label and not text[last.end : start].strip(" -'"):
                spans[-1] = TaggedSpan(label, last.start, end, min(last.low, p), max(last.high, p))
            else:
                spans.append(TaggedSpan(label, start, end, p, p))
        return spans

    def to_json(self) -> dict[str, object]:
        """The model as the JSON document :func:`load_tagger` reads."""
        return {
            "version": TAGGER_VERSION,
            "labels": list(self.labels),
            "bias": [round(float(b), 4) for b in self._bias],
            "weights": {f: [float(x) for x in self._rows[i]] for f, i in self._index.items()},
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, object]) -> SpanTagger:
        """Build a tagger from :meth:`to_json` output, refusing other versions."""
        if doc.get("version") != TAGGER_VERSION:
            raise ValueError(f"unsupported span tagger version: {doc.get('version')!r}")
        try:
            return cls(labels=doc["labels"], bias=doc["bias"], weights=doc["weights"])  # type: ignore[arg-type]
        except KeyError as exc:
            raise ValueError(f"span tagger model is missing {exc.args[0]!r}") from None


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """The lexicon's one-word terms."""
    return frozenset(terms[0] for entries in load_lexicon().values() for terms, _ in entries if len(terms) == 1)


@lru_cache(maxsize=1)
def _lexicon_ends() -> dict[str, frozenset[str]]:
    """For the last word of each longer lexicon term, the first words of the terms it ends: no
    term matches unless both are said."""
    firsts: dict[str, set[str]] = {}
    for entries in load_lexicon().values():
        for terms, _ in entries:
            if len(terms) > 1 and terms[-1] not in _NOT_CUES:
                firsts.setdefault(terms[-1], set()).add(terms[0])
    return {last: frozenset(words) for last, words in firsts.items()}


@lru_cache(maxsize=1)
def load_tagger() -> SpanTagger:
    """The tagger shipped with the package (loaded once per process)."""
    text = resources.files("receptionist.privacy").joinpath(TAGGER_RESOURCE).read_text(encoding="utf-8")
    return SpanTagger.from_json(json.loads(text))
