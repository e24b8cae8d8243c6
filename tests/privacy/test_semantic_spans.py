"""Entry-point properties of detect_semantic: offsets, normalisation, precedence, speed, dev set."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from receptionist.privacy.clauses import clause_span
from receptionist.privacy.engine import default_engine
from receptionist.privacy.patterns import compile_pattern, normalise
from receptionist.privacy.risk import concern_subtype, is_concerning, signal_spans
from receptionist.privacy.semantic import ALL_RULES, detect_semantic
from receptionist.privacy.types import CATEGORIES, INTENTS, SAFEGUARDING_SUBTYPES

SAMPLES = [
    "um so like er my dad he he hits me when he's had a drink",
    "İ'm ringing about my son’s EPILEPSY, he had a fit at the bus stop",
    "i'm a Unison member and i need a copy of my contract",
    "can i talk to a real person please, i don't want this call recorded",
    "",
    "   ",
    "ok",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_findings_are_well_formed_offsets_into_the_original(text: str) -> None:
    for f in detect_semantic(text):
        assert 0 <= f.start < f.end <= len(text)
        assert 0.0 <= f.score <= 1.0
        assert f.kind in ("safeguarding", "category", "intent")
        vocab = {"safeguarding": SAFEGUARDING_SUBTYPES, "category": CATEGORIES, "intent": INTENTS}
        assert f.label in vocab[f.kind]


@pytest.mark.parametrize(
    "text",
    ["Um, I, er, hit my HEAD", "it’s my son’s", "İstanbul trip… erm", "ﬁne — uh — thanks", ""],
)
def test_normalise_keeps_length_and_lowercases(text: str) -> None:
    out = normalise(text)
    assert len(out) == len(text)
    assert out == out.lower() or any(len(c.lower()) != 1 for c in text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My Son’s EPILEPSY is worse", "EPILEPSY"),
        ("he has, um, epilepsy", "epilepsy"),
        ("i'm GAY and proud", "GAY"),
    ],
)
def test_spans_point_at_the_original_text_whatever_its_case(text: str, expected: str) -> None:
    spans = [text[f.start : f.end] for f in detect_semantic(text) if f.kind == "category"]
    assert any(expected in s for s in spans)


def test_rule_sources_are_lower_case_because_text_is_lowered() -> None:
    for rule in ALL_RULES:
        source = re.sub(r"\\[A-Za-z]", "", rule.pattern.pattern)
        assert source == source.lower(), rule.label


@pytest.mark.parametrize(
    ("source", "text", "matches"),
    [
        ("hit me", "he hit, me", True),
        ("i'm scared", "im scared", True),
        ("i'm scared", "i’m scared", False),  # patterns see normalised text, not raw
        ("multi ?storey", "multistorey", True),
        ("multi ?storey", "multi-storey", True),
        ("self[- ]harm", "self harm", True),
        (r"(?:\w+ ){0,2}tell", "she'll never tell", True),
    ],
)
def test_pattern_dialect(source: str, text: str, matches: bool) -> None:
    assert (compile_pattern(source).search(text) is not None) is matches


@pytest.mark.parametrize(
    ("text", "start_word", "inside", "outside"),
    [
        ("i'm fine, but he hits me every night and i need the form", "hits", "he hits me every night", "form"),
        ("can you tell the head i've been cutting my arms again", "cutting", "i've been cutting my arms again", "can you"),
    ],
)
def test_clause_span_stops_at_boundaries(text: str, start_word: str, inside: str, outside: str) -> None:
    start = text.index(start_word)
    lo, hi = clause_span(text, start, start + len(start_word))
    assert inside in text[lo:hi]
    assert outside not in text[lo:hi]


def test_immediate_danger_scores_above_every_other_subtype() -> None:
    text = "she's taken a whole packet of tablets because her boyfriend hits her"
    found = {f.label: f.score for f in detect_semantic(text) if f.kind == "safeguarding"}
    assert found["immediate_danger"] == max(found.values())


def test_r3_injury_health_is_dropped_inside_a_disclosure_but_kept_alone() -> None:
    abuse = "my dad hits me and i've got bruises on my back"
    alone = "i've got bruises from the fall, can i sit out of PE"
    assert "health" not in {f.label for f in detect_semantic(abuse) if f.kind == "category"}
    assert "health" in {f.label for f in detect_semantic(alone) if f.kind == "category"}


def test_each_utterance_is_fast() -> None:
    text = (
        "hi um i'm phoning about the after school club on thursdays and also my partner won't "
        "let me see my friends and he takes my wages, my council tax reference is six oh one two"
    )
    detect_semantic(text)
    runs = []
    for _ in range(30):
        t0 = time.perf_counter()
        detect_semantic(text)
        runs.append(time.perf_counter() - t0)
    # generous bound for a shared CI machine; the benchmark measures the real p99
    assert min(runs) < 0.01


def test_dev_set_floor(eval_dir: Path) -> None:
    """Measures, never fits: the dev set must stay above the product's targets."""
    items = [json.loads(line) for line in (eval_dir / "utterances.jsonl").read_text().splitlines()]
    tp = fp = fn = 0
    for item in items:
        flagged = any(f.kind == "safeguarding" for f in detect_semantic(item["text"]))
        gold = item["safeguarding"] is not None
        tp += flagged and gold
        fp += flagged and not gold
        fn += gold and not flagged
    assert tp / (tp + fn) >= 0.97
    assert tp / (tp + fp) >= 0.85


# The co-occurrence tier of the risk lexicon: a quiet signal, a person and a cue together.
CO_OCCURRENCE = [
    ("my nephew flinches whenever his dad raises his voice and won't explain the burn", True, None),
    ("i don't see the point in waking up tomorrow", True, "self_harm_suicide"),
    ("the kids have had no electric all week and sleep on the floor", True, "neglect"),
    ("they've got him carrying packages and says he owes them", True, "exploitation"),
    ("he keeps saying the white race is under attack", True, "radicalisation"),
    # one quiet signal, or signals cancelled by the words of an event, is everyday speech
    ("my son keeps losing his new trainers at school", False, None),
    ("i lost my purse in the car park, has anyone handed it in", False, None),
    ("my husband always picks the kids up on fridays, he's got his own car", False, None),
    ("my mum always says there's no point ringing before nine", False, None),
]


@pytest.mark.parametrize(("text", "concerning", "subtype"), CO_OCCURRENCE)
def test_co_occurrence_tier(text: str, concerning: bool, subtype: str | None) -> None:
    assert is_concerning(text) is concerning
    if concerning:
        assert concern_subtype(text) == subtype


def test_co_occurrence_flag_is_uncertain_so_the_second_opinion_looks() -> None:
    result = default_engine().scan("i don't see the point in waking up tomorrow")
    assert result.safeguarding == "self_harm_suicide"
    assert result.uncertain
    assert "waking up" not in result.redacted  # R3: self-harm content is masked as health


def test_signal_spans_point_at_the_signal_words() -> None:
    text = "sorry to everyone, i'm going for good"
    spans = [text[start:end] for start, end in signal_spans(text, "self_harm_suicide")]
    assert spans == ["sorry to", "for good"]
