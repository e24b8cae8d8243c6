"""The rule prefilter: it may skip a rule only when that rule cannot match.

The soundness check runs every rule the filter skips over every text the project has (the
shipped training corpus of 3,000-odd caller utterances) and requires that none of them matches.
"""

from __future__ import annotations

import re

import pytest

from receptionist.privacy.categories import ECHOES
from receptionist.privacy.context import _SHIELD_PHRASES, build_shield, shielded_spans
from receptionist.privacy.patterns import (
    Rule,
    alternation,
    compile_pattern,
    normalise,
    top_level_alternatives,
    wrapped_alternatives,
)
from receptionist.privacy.prefilter import TABLE_PATH, LiteralCache, RuleFilter, required_literals
from receptionist.privacy.semantic import ALL_RULES, _plan, build_echoes, build_plan
from receptionist.privacy.training import CORPUS_DIR, load_corpus


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("he hit me", {"hit"}),
        ("(?:kill|hurt) (?:myself|himself)", {"myself", "himself"}),
        ("(?:very )?sad", {"sad"}),
        ("i'm scared", {"scared"}),
        ("she's", {"she's", "shes"}),
        ("fianc[eé]e", {"fiancee", "fiancée"}),
        # a literal run across a group: "tag" or "tags"
        ("tag(?:s)? on", {"tag", "tags"}),
    ],
)
def test_required_literals_of_small_patterns(source: str, expected: set[str]) -> None:
    assert required_literals(compile_pattern(source)) == expected


@pytest.mark.parametrize("source", [r"\w+ \w+", r"(?:a|b)\d+", "(?:he|me)"])
def test_patterns_without_a_usable_literal_always_run(source: str) -> None:
    assert required_literals(re.compile(source)) is None


def _texts() -> list[str]:
    return [normalise(text) for text, _ in load_corpus(sorted(CORPUS_DIR.glob("*.jsonl")))]


def test_no_skipped_rule_matches_any_corpus_text() -> None:
    plan, prefilter = _plan()
    patterns = [rule.pattern for rule, _ in plan]
    skipped_total = 0
    for text in _texts():
        candidates = prefilter.candidates(text)
        for index, pattern in enumerate(patterns):
            if index in candidates:
                continue
            skipped_total += 1
            assert pattern.search(text) is None, (index, text)
    # the filter earns its keep: most rules are skipped on most texts
    assert skipped_total > len(patterns) * len(_texts()) // 2


def test_analysed_table_agrees_with_on_the_fly_analysis() -> None:
    patterns = [rule.pattern for rule in ALL_RULES]
    text = normalise("my son's on a tag and he's got asthma, can you put me through to the head")
    fresh = RuleFilter(patterns, LiteralCache(shipped={}))
    assert fresh.candidates(text) == RuleFilter(patterns).candidates(text)


def test_split_rules_keep_every_alternative_once() -> None:
    plan, _ = _plan()

    def pieces(rule: Rule) -> list[str]:
        return [alt for p in rule.phrases for alt in top_level_alternatives(p)] if not rule.span_group else list(rule.phrases)

    assert sorted(p for rule, _ in plan for p in rule.phrases) == sorted(p for rule in ALL_RULES for p in pieces(rule))
    assert all(set(part.phrases) <= set(pieces(origin)) for part, origin in plan)
    assert len(plan) > len(ALL_RULES)


@pytest.mark.parametrize(
    ("phrase", "parts"),
    [
        ("a b c", ["a b c"]),
        ("a|b", ["a", "b"]),
        ("a|b(?:c|d)|e", ["a", "b(?:c|d)", "e"]),
        ("(?:a|b)", ["(?:a|b)"]),
        ("[|]x|y", ["[|]x", "y"]),
        ("[]|]x|y", ["[]|]x", "y"]),
        (r"e\|f|g", [r"e\|f", "g"]),
        ("a|", ["a", ""]),
    ],
)
def test_a_phrase_splits_only_at_its_own_alternatives(phrase: str, parts: list[str]) -> None:
    assert top_level_alternatives(phrase) == parts


def test_split_phrases_find_what_each_rule_finds_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run phrase by phrase (only those whose literals occur), the rules find exactly the
    matches their whole alternations find, in the same order."""
    from receptionist.privacy import semantic

    split = [semantic._raw_hits(text, []) for text in _texts()]

    class Everything:
        def candidates(self, text: str) -> frozenset[int]:
            return frozenset(range(len(ALL_RULES)))

    whole_plan = tuple((rule, rule) for rule in ALL_RULES)
    monkeypatch.setattr(semantic, "_plan", lambda: (whole_plan, Everything()))
    assert [semantic._raw_hits(text, []) for text in _texts()] == split


def test_one_rules_phrases_match_as_its_alternation_does() -> None:
    from receptionist.privacy.patterns import rules, split_phrases
    from receptionist.privacy.prefilter import alternation_matches

    # the alternation tries the longest phrase first, and a match ends the search there
    rule = rules("category", "health", 0.9, ("bad back", "bad back pain", "back pain again"))
    text = "my bad back pain again and a bad back"
    whole = [m.span() for m in rule.pattern.finditer(text)]
    assert [m.span() for m in alternation_matches([part.pattern for part in split_phrases(rule)], text)] == whole
    assert [text[a:b] for a, b in whole] == ["bad back pain", "bad back"]


def test_shipped_literal_table_is_current() -> None:
    """Regenerate with ``python -m receptionist.privacy.prefilter`` after editing a rule."""
    import json

    shipped = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
    cache = LiteralCache(shipped={})
    build_plan(cache)
    build_shield(cache)
    build_echoes(cache)
    assert shipped == cache.table


def test_echoes_run_alternative_by_alternative_find_what_each_whole_pattern_finds() -> None:
    echoes = build_echoes(LiteralCache())
    for text in _texts():
        for label, pattern in ECHOES.items():
            assert [m.span() for m in echoes[label].finditer(text)] == [m.span() for m in pattern.finditer(text)], (label, text)


@pytest.mark.parametrize(
    ("source", "parts"),
    [
        (r"\b(?:a|b(?:c|d))\b", [r"\b(?:a)\b", r"\b(?:b(?:c|d))\b"]),
        (r"\b(?:a|b)\b|\b(?:on|to) x\b", [r"\b(?:a)\b", r"\b(?:b)\b", r"\b(?:on|to) x\b"]),
        (r"\b(?:a|b)(?:c)\b", [r"\b(?:a|b)(?:c)\b"]),
        (r"\b(?:a|b)", [r"\b(?:a)", r"\b(?:b)"]),
        ("x|y", ["x", "y"]),
    ],
)
def test_a_wrapped_alternation_opens_into_its_alternatives(source: str, parts: list[str]) -> None:
    assert wrapped_alternatives(source) == parts


def test_shield_run_phrase_by_phrase_finds_what_the_whole_alternation_finds() -> None:
    whole = compile_pattern(r"\b" + alternation(_SHIELD_PHRASES) + r"\b")
    for text in _texts():
        assert shielded_spans(text) == [m.span() for m in whole.finditer(text)], text
