"""Regional spellings read as standard English, with offsets mapped back to the caller's words.

Speech-to-text writes what it hears: "there's smoke pourin oot under the door", "she's no
answerin", "boys fae possil have moved intae her flat". The rules are written in standard
spelling, so a Glaswegian or Geordie caller would slip past most of them. Some respellings keep
the word's length and are made in :func:`~receptionist.privacy.patterns.normalise`; the rest
change it ("oot" -> "out", "pourin" -> "pouring"), and are made here.

:func:`widen` returns the widened text and, for every character of it, the span of the
caller's text it came from, so a finding on the widened text maps back exactly: a replaced word
maps to the whole original word. It returns None when there is nothing to respell, which is
almost always, so the engine pays for one regular-expression search.

A dropped "g" is restored only where the restored word is one the engine's rules or models
know ("answerin" -> "answering"), so "cousin", "insulin" and "metformin" stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

# Whole words respelled in standard English. Each is unambiguous in a caller's speech.
RESPELLINGS: Final[dict[str, str]] = {
    "oot": "out", "aboot": "about", "intae": "into", "ontae": "onto", "tae": "to", "fae": "from", "frae": "from",
    "wi": "with", "wae": "with", "windae": "window", "hoose": "house", "doon": "down", "roon": "round",
    "heid": "head", "deid": "dead", "hame": "home", "masel": "myself", "mysel": "myself", "hersel": "herself", "himsel": "himself",
    "yersel": "yourself", "theirsels": "themselves", "oor": "our", "yous": "you", "youse": "you",
    "disnae": "doesn't", "isnae": "isn't", "wisnae": "wasn't", "huvnae": "haven't", "havnae": "haven't",
    "willnae": "won't", "wullnae": "won't", "greetin": "crying", "polis": "police", "wean": "child",
    "weans": "children", "wain": "child", "wains": "children", "bairn": "child", "bairns": "children", "naebody": "nobody", "naewhere": "nowhere",
    "naething": "nothing", "nuthin": "nothing", "nowt": "nothing", "owt": "anything", "summat": "something",
    "lassie": "girl", "laddie": "boy", "hisel": "himself", "gonnae": "going to", "wantae": "want to",
}
# "she's no answerin", "he's no washed": Scots "no" for "not" before a verb.
_NO_VERB: Final = re.compile(
    r"(?:(?<='s )|(?<='m )|(?<='re )|(?<=is )|(?<=am )|(?<=are )|(?<=was )|(?<=were )|(?<=he )|(?<=she )|(?<=we )|"
    r"(?<=they )|(?<=i )|(?<=it )|(?<=ye )|(?<=ah )|(?<=ma )|(?<=wean )|(?<=still ))"
    r"no(?= (?:\w{3,}(?:in|ing|ed)\b|been\b|allowed\b|able\b|well\b|right\b|safe\b|gonnae\b|gonna\b|going\b|coming\b|"
    r"here\b|there\b|home\b|eating\b|sleeping\b|answering\b|letting\b|speaking\b|talking\b))"
)
_CANDIDATE: Final = re.compile(
    r"\b(?:[a-z]{2,}in'?(?![\w'])|(?:" + "|".join(sorted(map(re.escape, RESPELLINGS), key=len, reverse=True)) + r")\b"
    r"(?!-fi| fi\b))",
    re.I,
)
_ING: Final = re.compile(r"\b[a-z]{3,}ing\b")


def ing_words(sources: Iterable[str]) -> frozenset[str]:
    """Every word ending in "ing" in ``sources`` (rule patterns, model vocabularies)."""
    found: set[str] = set()
    for source in sources:
        found.update(_ING.findall(source))
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Widened:
    """Widened text, and for each of its characters the span of the original it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the caller's text that ``[start, end)`` of the widened text came from."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


def widen(text: str, known_ing: Callable[[str], bool]) -> Widened | None:
    """``text`` with regional spellings respelled, or None when it has none.

    ``known_ing`` says whether an "-ing" word is one the engine knows, for restoring dropped g's.
    """
    replacements: list[tuple[int, int, str]] = []
    for m in _CANDIDATE.finditer(text):
        word = m.group().lower()
        if word in RESPELLINGS:
            replacements.append((m.start(), m.end(), RESPELLINGS[word]))
            continue
        stem = word.rstrip("'")
        restored = stem + "g"
        if known_ing(restored):
            replacements.append((m.start(), m.end(), restored))
    replacements += [(m.start(), m.end(), "not") for m in _NO_VERB.finditer(text.lower())]
    if not replacements:
        return None
    replacements.sort()
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for start, end, new in replacements:
        if start < pos:
            continue
        parts.append(text[pos:start])
        starts.extend(range(pos, start))
        ends.extend(range(pos + 1, start + 1))
        parts.append(new)
        starts.extend([start] * len(new))
        ends.extend([end] * len(new))
        pos = end
    parts.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return Widened("".join(parts), tuple(starts), tuple(ends))
