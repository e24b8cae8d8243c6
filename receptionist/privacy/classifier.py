"""A small shipped linear classifier: the statistical tier of safeguarding detection.

Phrase rules recognise the wordings they were written for; callers find endless others. This
tier scores the whole utterance with two linear models over word and word-pair features —
one says *whether* it is a disclosure, the other *which* subtype — learned from a labelled
corpus kept in the repository (``receptionist/privacy/corpus/``) by
:mod:`receptionist.privacy.training`. The weights ship as JSON inside the package, so the
tier needs no download, no GPU and no third-party model, and inference is a few dictionary
look-ups (well under a tenth of a millisecond per utterance).

Features are deliberately simple and robust to speech-to-text output: lower-cased word
stems with common suffixes folded ("hitting", "hits" -> "hit"), negation and fillers kept as
words, and adjacent pairs, so "won't let" and "let me" count apart from "let".
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Final

_TOKEN: Final = re.compile(r"[a-z]+(?:'[a-z]+)?")
_SUFFIXES: Final = ("ingly", "edly", "ing", "ed", "es", "ly", "s")
MODEL_RESOURCE: Final = "models/safeguarding.json"
MODEL_VERSION: Final = 1


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Fold a word's commonest inflections, so one weight serves "hit", "hits" and "hitting"."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            break  # "pass", "bus", "this" are not plurals
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
                word = word[:-1]  # "hitting" -> "hitt" -> "hit"
            break
    return word


# Ages decide subtypes (a child, an older adult) but are spoken as several words or digits,
# so an age said of a person becomes one feature: "she's seventy eight", "he's 9", "aged 14".
_AGED: Final = r"\b(?:i'm|im|he's|she's|they're|hes|shes|aged|who's|whos|is) (?:only |just |nearly |about |over )?"
_NOT_A_UNIT: Final = r"(?! (?:minutes?|mins?|hours?|days?|weeks?|months?|quid|pounds?|p|pence|percent|o'clock|past|am|pm|miles?))"
_OLDER_AGE: Final = re.compile(
    _AGED + r"(?:(?:sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|odd))?"
    r"|6[5-9]|[7-9]\d|10\d)\b" + _NOT_A_UNIT
)
_CHILD_AGE: Final = re.compile(
    _AGED + r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|[1-9]|1[0-7])\b" + _NOT_A_UNIT + r"(?! (?:and a half )?(?:years? )?(?:ago|late|early))"
)


def features(text: str) -> set[str]:
    """The distinct features of ``text``: word stems, adjacent stem pairs and age bands."""
    lowered = text.lower().replace("’", "'")
    stems = [stem(w) for w in _TOKEN.findall(lowered)]
    out = set(stems)
    out.update(f"{a}_{b}" for a, b in pairwise(stems))
    if _OLDER_AGE.search(lowered):
        out.add("<age:older>")
    if _CHILD_AGE.search(lowered):
        out.add("<age:child>")
    return out


class Prediction:
    """The classifier's view of one utterance, each part computed on first use.

    Most utterances need only the disclosure probability (when no rule fired) or only the
    subtype (when one did), so neither is paid for until it is read.
    """

    def __init__(self, model: SafeguardingClassifier, feats: frozenset[str]) -> None:
        self._model = model
        self._feats = feats

    @cached_property
    def probability(self) -> float:
        """Probability that the utterance is a safeguarding disclosure."""
        return self._model.probability(self._feats)

    @cached_property
    def _best(self) -> tuple[str, float]:
        return self._model.subtype(self._feats)

    @property
    def subtype(self) -> str:
        """The likeliest subtype, were it a disclosure."""
        return self._best[0]

    @property
    def subtype_probability(self) -> float:
        """The likeliest subtype's probability."""
        return self._best[1]

    def __repr__(self) -> str:
        return f"Prediction(probability={self.probability:.3f}, subtype={self.subtype!r}, p={self.subtype_probability:.3f})"


class SafeguardingClassifier:
    """A logistic "is this a disclosure" model and a softmax subtype model over shared features.

    ``weights`` maps feature -> weight of the binary model; ``subtype_weights`` maps feature
    -> one weight per entry of ``subtypes``. ``threshold`` is the probability at or above
    which the engine treats the utterance as a disclosure; it was chosen on held-out folds of
    the training corpus for recall first.
    """

    def __init__(
        self,
        *,
        bias: float,
        weights: Mapping[str, float],
        subtypes: Sequence[str],
        subtype_bias: Sequence[float],
        subtype_weights: Mapping[str, Sequence[float]],
        threshold: float,
    ) -> None:
        if len(subtype_bias) != len(subtypes):
            raise ValueError("subtype_bias must have one entry per subtype")
        if any(len(row) != len(subtypes) for row in subtype_weights.values()):
            raise ValueError("every subtype weight row must have one entry per subtype")
        if not 0.0 < threshold < 1.0:
            raise ValueError("threshold must be a probability strictly between 0 and 1")
        self._bias = bias
        self._weights = dict(weights)
        self._subtypes = tuple(subtypes)
        self._subtype_bias = tuple(subtype_bias)
        self._subtype_weights = {k: tuple(v) for k, v in subtype_weights.items()}
        self.threshold = threshold

    def probability(self, feats: Iterable[str]) -> float:
        """Probability that the utterance with these features is a safeguarding disclosure."""
        z = self._bias + sum(self._weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def subtype(self, feats: Iterable[str]) -> tuple[str, float]:
        """The likeliest subtype and its probability, assuming the utterance is a disclosure."""
        scores = list(self._subtype_bias)
        for f in feats:
            row = self._subtype_weights.get(f)
            if row is not None:
                for i, w in enumerate(row):
                    scores[i] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        best = max(range(len(scores)), key=scores.__getitem__)
        return self._subtypes[best], exps[best] / sum(exps)

    def predict(self, text: str) -> Prediction:
        """Score ``text`` (raw or normalised caller speech), lazily."""
        return Prediction(self, frozenset(features(text)))

    def to_json(self) -> dict[str, object]:
        """The model as the JSON document :func:`load_classifier` reads."""
        return {
            "version": MODEL_VERSION,
            "threshold": self.threshold,
            "bias": self._bias,
            "weights": self._weights,
            "subtypes": list(self._subtypes),
            "subtype_bias": list(self._subtype_bias),
            "subtype_weights": {k: list(v) for k, v in self._subtype_weights.items()},
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, object]) -> SafeguardingClassifier:
        """Build a classifier from :meth:`to_json` output, refusing other versions."""
        if doc.get("version") != MODEL_VERSION:
            raise ValueError(f"unsupported safeguarding model version: {doc.get('version')!r}")
        try:
            return cls(
                bias=float(doc["bias"]),  # type: ignore[arg-type]
                weights=doc["weights"],  # type: ignore[arg-type]
                subtypes=doc["subtypes"],  # type: ignore[arg-type]
                subtype_bias=doc["subtype_bias"],  # type: ignore[arg-type]
                subtype_weights=doc["subtype_weights"],  # type: ignore[arg-type]
                threshold=float(doc["threshold"]),  # type: ignore[arg-type]
            )
        except KeyError as exc:
            raise ValueError(f"safeguarding model is missing {exc.args[0]!r}") from None


@lru_cache(maxsize=1)
def load_classifier() -> SafeguardingClassifier:
    """The classifier shipped with the package (loaded once per process)."""
    text = resources.files("receptionist.privacy").joinpath(MODEL_RESOURCE).read_text(encoding="utf-8")
    return SafeguardingClassifier.from_json(json.loads(text))
