"""Skip the rules an utterance cannot match, found from the rules' own patterns.

Most rules cannot match most utterances: a rule about tags and bail needs "tag" or "bail"
somewhere in the text. At import time each rule's compiled pattern is read back (with the
standard library's regular-expression parser) to find a set of *required literals*: strings
such that every possible match contains at least one of them. One pass of a single combined
pattern over the normalised text then says which literals are present, and only the rules
with a present literal (plus the few with no usable literal set) are run.

The analysis is conservative by construction: a pattern piece it does not understand, or
whose language is too large to enumerate, contributes no requirement, and a rule left with
no requirement always runs. A test checks, over every corpus the project has, that the
filtered engine finds exactly what the unfiltered one does.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from pathlib import Path
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Final, TypeGuard

# A literal language larger than this is not enumerated (it counts as "anything").
_CAP: Final = 4000
# Literals shorter than this say too little to be worth filtering on.
_MIN_LITERAL: Final = 2
# A requirement whose literals occur more often than this, per reference utterance, is no
# filter: the rule runs on every utterance instead.
_MAX_RATE: Final = 1.0
# Characters a class may list and still be treated as a small set of literals ("[eé]").
_SMALL_CLASS: Final = 6

#: Where the analysed literals of the shipped rules are kept (regenerate with
#: ``python -m receptionist.privacy.prefilter``; a test checks it is current).
TABLE_PATH: Final = Path(__file__).with_name("models") / "rule_literals.json"
# Caller utterances that literals are weighed by (common words like "the" make poor filters).
_CORPUS_DIR: Final = Path(__file__).with_name("corpus")

Lang = frozenset[str]
_EMPTY: Final[Lang] = frozenset({""})


def _product(left: Lang | None, right: Lang | None) -> Lang | None:
    if left is None or right is None or len(left) * len(right) > _CAP:
        return None
    return frozenset(a + b for a in left for b in right)


def _class_lang(items: Sequence[tuple[Any, Any]]) -> Lang | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is sre_c.LITERAL:
            chars.add(chr(arg))
        elif op is sre_c.RANGE and arg[1] - arg[0] < _SMALL_CLASS:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None
    return frozenset(chars) if 0 < len(chars) <= _SMALL_CLASS else None


def _item_lang(op: Any, arg: Any) -> Lang | None:
    """The finite set of strings one parsed item can match, or None when it is not small."""
    if op is sre_c.LITERAL:
        return frozenset({chr(arg)})
    if op is sre_c.IN:
        return _class_lang(arg)
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return _EMPTY  # zero width
    if op is sre_c.SUBPATTERN:
        return _seq_lang(arg[-1])
    if op is sre_c.BRANCH:
        return _union(arg[1], _seq_lang, cap=_CAP)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        low, high, body = arg
        if high > 1:
            return None
        inner = _seq_lang(body)
        if inner is None:
            return None
        return inner | _EMPTY if low == 0 else inner
    return None


def _union(alternatives: Iterable[Any], of: Callable[[Any], Lang | None], cap: int | None = None) -> Lang | None:
    """The union of ``of(alternative)`` over a branch's alternatives; None if any is None or
    the union grows past ``cap``."""
    out: set[str] = set()
    for alt in alternatives:
        part = of(alt)
        if part is None or (cap is not None and len(out) + len(part) > cap):
            return None
        out |= part
    return frozenset(out)


def _seq_lang(seq: Iterable[tuple[Any, Any]]) -> Lang | None:
    lang: Lang | None = _EMPTY
    for op, arg in seq:
        lang = _product(lang, _item_lang(op, arg))
        if lang is None:
            return None
    return lang


def _usable(lang: Lang | None) -> TypeGuard[Lang]:
    return lang is not None and "" not in lang and min(map(len, lang)) >= _MIN_LITERAL


@lru_cache(maxsize=1)
def _reference_text() -> str:
    """Caller speech to weigh literals by: the shipped training corpus, lower-cased."""
    parts: list[str] = []
    for path in sorted(_CORPUS_DIR.glob("**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                text = json.loads(line).get("text") if line.strip() else None
            except (ValueError, AttributeError):
                continue
            if isinstance(text, str):
                parts.append(text.lower())
    return "\n".join(parts)


def _reference_size() -> int:
    """How many utterances the reference text holds."""
    return _reference_text().count("\n") + 1


@cache
def _frequency(literal: str) -> int:
    """How often ``literal`` occurs in the reference text (plus one, so nothing is free)."""
    return _reference_text().count(literal) + 1


def _cost(lang: Lang) -> int:
    """How often a rule filtered on ``lang`` would run: its literals' summed frequency."""
    return sum(_frequency(lit) for lit in lang)


def _rank(lang: Lang) -> tuple[int, int, int, list[str]]:
    """How selective a requirement set is (higher is better): the rarer in caller speech, then
    the longer shortest literal, then the fewer literals."""
    return (-_cost(lang), min(map(len, lang)), -len(lang), sorted(lang))


def _best(langs: Iterable[Lang]) -> Lang | None:
    return max(langs, key=_rank, default=None)


def _seq_required(seq: Iterable[tuple[Any, Any]]) -> Lang | None:
    """The most selective requirement among a sequence's literal runs and its sub-items."""
    return _best(_seq_candidates(seq))


def _seq_candidates(seq: Iterable[tuple[Any, Any]]) -> list[Lang]:
    """Every requirement found in a sequence: its literal runs, and within the items every
    match must go through (a group, a repeat of at least one, a one-way branch), theirs;
    a branch of several ways gives the union of its ways' best. Each one alone is a valid
    requirement, and each is usable."""
    out: list[Lang] = []
    run: Lang | None = _EMPTY
    for op, arg in seq:
        lang = _item_lang(op, arg)
        joined = _product(run, lang) if lang is not None else None
        if joined is not None:
            run = joined
            continue
        if _usable(run):
            out.append(run)
        if lang is None:
            if op is sre_c.SUBPATTERN:
                out.extend(_seq_candidates(arg[-1]))
            elif op is sre_c.BRANCH and len(arg[1]) == 1:
                out.extend(_seq_candidates(arg[1][0]))
            elif op is sre_c.BRANCH:
                ways = _union(arg[1], _seq_required)
                if _usable(ways):
                    out.append(ways)
            elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and arg[0] >= 1:
                out.extend(_seq_candidates(arg[2]))
            run = _EMPTY
        else:
            # the run grew too large to enumerate: restart it from this item
            run = lang
    if _usable(run):
        out.append(run)
    return out


def _overlaps_words(a: Lang, b: Lang) -> bool:
    """True when a literal of one set is part of a literal of the other (they say the same)."""
    return any(x in y or y in x for x in a for y in b)


def _requirements(pattern: re.Pattern[str] | str) -> list[Lang]:
    """The requirement sets of ``pattern`` (compiled, or a source with no flags)."""
    source, flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    return _seq_candidates(sre_parse.parse(source, flags))


def _filters(lang: Lang | None) -> TypeGuard[Lang]:
    """Whether a requirement set is rare enough to be worth filtering on."""
    return lang is not None and _cost(lang) <= _MAX_RATE * _reference_size()


def required_sets(pattern: re.Pattern[str] | str) -> list[frozenset[str]] | None:
    """One or two literal sets that every match of ``pattern`` meets (one literal of each):
    the most selective set (:func:`required_literals`), then the most selective set from
    another part of the pattern, when there is one. None when there is no usable set."""
    candidates = _requirements(pattern)
    first = _best(candidates)
    if first is None or not _filters(first):
        return None
    second = _best(lang for lang in candidates if not _overlaps_words(lang, first) and _filters(lang))
    return [first] if second is None else [first, second]


def required_literals(pattern: re.Pattern[str] | str) -> frozenset[str] | None:
    """Literals one of which every match of ``pattern`` (compiled, or a source with no flags)
    contains, or None if there is no usable set (then the rule always runs)."""
    best = _best(_requirements(pattern))
    return best if _filters(best) else None


def _trie_pattern(words: Iterable[str]) -> str:
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # greedy: at each position the longest literal wins (its prefixes are added at build time)
    return "(?:" + body + ")?" if "" in node else body


def pattern_key(pattern: re.Pattern[str] | str) -> str:
    """A stable key for one pattern (compiled, or a source with no flags): source and flags."""
    source, flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    return hashlib.sha256(f"{flags}:{source}".encode()).hexdigest()[:24]


class LiteralCache:
    """Required literals by :func:`pattern_key`: the shipped table, analysing what it lacks.

    Reading a pattern back takes milliseconds and the engine has hundreds of phrases, so the
    results are shipped in :data:`TABLE_PATH`; a pattern missing from it (a rule edited
    since) is analysed on first use. ``table`` holds every pattern looked up, so the table
    can be regenerated from one run of the engine's plan.
    """

    def __init__(self, shipped: dict[str, list[list[str]] | None] | None = None) -> None:
        self._shipped = _shipped_table() if shipped is None else shipped
        self.table: dict[str, list[list[str]] | None] = {}

    def get(self, pattern: re.Pattern[str] | str) -> list[frozenset[str]] | None:
        """The pattern's literal sets (see :func:`required_sets`), or None: it always runs."""
        key = pattern_key(pattern)
        if key in self._shipped:
            listed = self._shipped[key]
        else:
            req = required_sets(pattern)
            listed = None if req is None else [sorted(lang) for lang in req]
        self.table[key] = listed
        return None if listed is None else [frozenset(lang) for lang in listed]


def _shipped_table() -> dict[str, list[list[str]] | None]:
    try:
        data = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class RuleFilter:
    """Which of ``patterns`` can match a given (normalised) text, found in one regex pass."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], cache: LiteralCache | None = None) -> None:
        cache = LiteralCache() if cache is None else cache
        by_literal: dict[str, set[int]] = {}
        always: set[int] = set()
        # a pattern's second literal set: one of those must be in the text as well
        self._also: dict[int, frozenset[str]] = {}
        for index, pattern in enumerate(patterns):
            req = cache.get(pattern)
            if req is None:
                always.add(index)
                continue
            for lit in req[0]:
                by_literal.setdefault(lit, set()).add(index)
            if len(req) > 1:
                self._also[index] = req[1]
        self._always = frozenset(always)
        # the scan reports only the longest literal at each position; the shorter literals
        # starting there are its prefixes, so each literal also carries its prefixes' rules
        literals = sorted(set(by_literal).union(*self._also.values()))
        self._rules: dict[str, frozenset[int]] = {}
        for lit in literals:
            owners: set[int] = set()
            for cut in range(1, len(lit) + 1):
                owners |= by_literal.get(lit[:cut], set())
            self._rules[lit] = frozenset(owners)
        self._scan = re.compile("(?=(" + _trie_pattern(literals) + "))") if literals else None
        self.filtered = len(patterns) - len(always)

    def candidates(self, text: str) -> frozenset[int]:
        """Indexes of the patterns that may match ``text``."""
        if self._scan is None:
            return self._always
        found = {m.group(1) for m in self._scan.finditer(text)}
        out = set(self._always)
        for lit in found:
            out |= self._rules[lit]
        if self._also:
            # every literal present is a found one or a prefix of one (the scan keeps the longest)
            present = {lit[:cut] for lit in found for cut in range(_MIN_LITERAL, len(lit) + 1)}
            out = {i for i in out if i not in self._also or not self._also[i].isdisjoint(present)}
        return frozenset(out)


def alternation_matches(patterns: Sequence[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches an alternation of ``patterns`` (in its order) finds in ``text``, run one
    pattern at a time; patterns left out must be ones that cannot match.

    As the alternation would: the leftmost match first, at one start the earliest pattern
    that matches there, and the next search from where that match ended.
    """
    if len(patterns) == 1:
        yield from patterns[0].finditer(text)
        return
    ahead: list[re.Match[str] | None] = [pattern.search(text) for pattern in patterns]
    pos = 0
    while True:
        for i, pattern in enumerate(patterns):
            found = ahead[i]
            if found is not None and found.start() < pos:
                ahead[i] = pattern.search(text, pos)
        starts = [found.start() for found in ahead if found is not None]
        if not starts:
            return
        start = min(starts)
        match = next(m for pattern in patterns if (m := pattern.match(text, start)) is not None)
        yield match
        pos = match.end() if match.end() > start else start + 1


class PhraseAlternation:
    """One alternation of phrase patterns that runs only the phrases whose literals occur."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], cache: LiteralCache | None = None) -> None:
        self._patterns = tuple(patterns)
        self._filter = RuleFilter(self._patterns, cache)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The alternation's matches in ``text``, in order, as ``re.finditer`` would give them."""
        chosen = [self._patterns[i] for i in sorted(self._filter.candidates(text))]
        return alternation_matches(chosen, text) if chosen else iter(())


def main() -> None:
    """Write the literal table for the engine's rule plan."""
    from receptionist.privacy.context import build_shield
    from receptionist.privacy.semantic import build_echoes, build_plan

    cache = LiteralCache(shipped={})
    build_plan(cache)
    build_shield(cache)
    build_echoes(cache)
    TABLE_PATH.write_text(json.dumps(cache.table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {TABLE_PATH} ({len(cache.table)} patterns)")


if __name__ == "__main__":
    main()
