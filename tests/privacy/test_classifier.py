"""The shipped safeguarding classifier: features, model file, training, and what it flags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from receptionist.privacy.classifier import SafeguardingClassifier, features, load_classifier, stem
from receptionist.privacy.engine import default_engine
from receptionist.privacy.training import CORPUS_DIR, MODEL_PATH, corpus_digest, load_corpus, main, train
from receptionist.privacy.types import SAFEGUARDING_SUBTYPES


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("hitting", "hit"),
        ("hits", "hit"),
        ("hit", "hit"),
        ("bruised", "bruis"),
        ("bruises", "bruis"),
        ("mum's", "mum"),
        ("threatening", "threaten"),
        ("kills", "kill"),
        ("is", "is"),
        ("pass", "pass"),
    ],
)
def test_stem_folds_common_inflections(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_features_are_stems_and_adjacent_pairs() -> None:
    feats = features("He WON'T let me see my Mum")
    assert {"he", "won't", "let", "me", "see", "my", "mum"} <= feats
    assert {"won't_let", "let_me", "my_mum"} <= feats
    assert "he_let" not in feats


def _toy(threshold: float = 0.5) -> SafeguardingClassifier:
    return SafeguardingClassifier(
        bias=-2.0,
        weights={"hurt": 3.0, "me": 0.5, "course": -3.0},
        subtypes=("a", "b"),
        subtype_bias=(0.0, 0.0),
        subtype_weights={"hurt": (1.0, 0.0), "tablet": (0.0, 2.0)},
        threshold=threshold,
    )


def test_linear_model_scores_and_round_trips_through_json() -> None:
    model = _toy()
    assert model.probability(features("he hurt me")) > 0.75
    assert model.probability(features("the first aid course on hurt knees")) < 0.2
    assert model.subtype(features("tablets")) [0] == "b"
    again = SafeguardingClassifier.from_json(json.loads(json.dumps(model.to_json())))
    assert again.predict("he hurt me").probability == model.predict("he hurt me").probability
    assert again.predict("tablets").subtype == "b"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 99}, "unsupported"),
        ({"threshold": 1.5}, "threshold"),
        ({"subtype_bias": [0.0]}, "subtype_bias"),
        ({"subtype_weights": {"x": [1.0]}}, "weight row"),
    ],
)
def test_a_bad_model_file_is_refused_with_a_reason(change: dict[str, object], message: str) -> None:
    doc = {**_toy().to_json(), **change}
    with pytest.raises(ValueError, match=message):
        SafeguardingClassifier.from_json(doc)


def test_a_model_file_missing_a_field_names_it() -> None:
    doc = _toy().to_json()
    del doc["weights"]
    with pytest.raises(ValueError, match="weights"):
        SafeguardingClassifier.from_json(doc)


def test_shipped_model_matches_the_shipped_corpus() -> None:
    """The model must be retrained whenever the corpus changes (python -m receptionist.privacy.training)."""
    doc = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert doc["corpus_sha256"] == corpus_digest(sorted(CORPUS_DIR.glob("*.jsonl")))
    assert doc["subtypes"] == list(SAFEGUARDING_SUBTYPES)


def test_shipped_corpus_is_labelled_in_the_product_vocabulary() -> None:
    items = load_corpus(sorted(CORPUS_DIR.glob("*.jsonl")))
    labels = {label for _, label in items}
    assert labels == {None, *SAFEGUARDING_SUBTYPES}
    positives = sum(1 for _, label in items if label)
    assert 0.2 < positives / len(items) < 0.6


# Written for these tests, in wordings the phrase rules mostly do not list; the second is caught
# by the putting-affairs-in-order rule rather than the classifier, which scores it just under.
INDIRECT_DISCLOSURES = [
    "can you tell her teacher she's been sleeping at mine cos her mum's new fella goes for her when he's had a drink",
    "i'm ringing about the rent statement but honestly i don't care much any more, i've sorted out who has my dog and written to my sister so it won't be my problem after this week",
    "the lads he hangs about with have got him minding a bag at his nan's and he's terrified of what they'll do if it goes missing",
    "my neighbour's little ones have been on their own since friday and they keep knocking asking if i've got any bread",
]
ORDINARY_CALLS = [
    "what time does the leisure centre close on a sunday",
    "i need to change my appointment with the practice nurse to next thursday",
    "can i get a replacement brown bin, ours got cracked when the lorry tipped it",
    "is the open evening for the sixth form still on the twelfth",
]


@pytest.mark.parametrize("text", [t for i, t in enumerate(INDIRECT_DISCLOSURES) if i != 1])
def test_shipped_model_flags_indirect_disclosures(text: str) -> None:
    model = load_classifier()
    assert model.predict(text).probability >= model.threshold


@pytest.mark.parametrize("text", INDIRECT_DISCLOSURES)
def test_engine_escalates_indirect_disclosures(text: str) -> None:
    result = default_engine().scan(text)
    assert any(f.kind == "safeguarding" for f in result.findings)


@pytest.mark.parametrize("text", ORDINARY_CALLS)
def test_shipped_model_leaves_ordinary_calls_alone(text: str) -> None:
    model = load_classifier()
    assert model.predict(text).probability < model.threshold


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_training_separates_a_small_corpus_and_keeps_recall(tmp_path: Path) -> None:
    harms = ["he hits me", "she hurts me at night", "my dad hits my sister", "he hurt her again"]
    calm = ["book a room please", "when is the open day", "my parcel is late", "change my address"]
    rows: list[dict[str, object]] = []
    for i in range(6):
        rows += [{"text": f"{t} {i}", "safeguarding": "domestic_abuse"} for t in harms]
        rows += [{"text": f"{t} {i}", "safeguarding": None} for t in calm]
    corpus = _write(tmp_path / "toy.jsonl", rows)
    model, stats = train(load_corpus([corpus]), recall=0.95, folds=3)
    assert stats["oof_recall"] >= 0.95
    assert model.predict("he hits me when mum is out").probability >= model.threshold
    assert model.predict("when is the open day for parents").probability < model.threshold
    assert model.predict("he hits me").subtype == "domestic_abuse"


def test_training_cli_writes_a_loadable_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows: list[dict[str, object]] = [
        {"text": f"she is scared of him {i}", "safeguarding": "domestic_abuse"} for i in range(6)
    ] + [{"text": f"opening hours please {i}", "safeguarding": None} for i in range(6)]
    corpus = _write(tmp_path / "c.jsonl", rows)
    out = tmp_path / "model.json"
    assert main([str(corpus), "--out", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["corpus_sha256"] == corpus_digest([corpus])
    assert SafeguardingClassifier.from_json(doc).predict("she is scared of him").probability > 0.5
    assert "oof_recall" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("line", "message"),
    [("not json", "not a corpus line"), ('{"label": 1}', "not a corpus line"), ('{"text": "x", "safeguarding": "nope"}', "unknown subtype")],
)
def test_a_bad_corpus_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"text": "fine", "safeguarding": null}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"bad.jsonl:2: {message}"):
        load_corpus([corpus])


def test_self_harm_found_only_by_the_classifier_is_still_masked_as_health() -> None:
    """R3: self-harm content is always masked, even when no word list names it."""
    result = default_engine().scan(INDIRECT_DISCLOSURES[1])
    assert any(f.kind == "safeguarding" and f.label == "self_harm_suicide" for f in result.findings)
    assert "[health]" in result.redacted
    assert "rent statement" in result.redacted


def test_an_unsure_whole_utterance_flag_does_not_unmask_a_category() -> None:
    """R3 spares a category only for disclosures a phrase rule described."""
    text = (
        "i'm ringing about my son's bus pass, he's got ADHD, and he's been going off with some older lads "
        "from the estate who give him a phone and send him to birmingham on the train for days"
    )
    result = default_engine().scan(text)
    assert any(f.kind == "safeguarding" for f in result.findings)
    assert "ADHD" not in result.redacted
    assert "bus pass" in result.redacted


@pytest.mark.parametrize(
    "text",
    [
        "i've got lupus and i can't stand for very long, and the tablets make me really tired by the afternoon, "
        "can i have a seat near the front at the graduation ceremony",
        "my son's got autism and he really can't cope with loud noises or crowds, so can he come in ten minutes "
        "after the others on the first day of the summer scheme",
    ],
)
def test_a_category_fact_given_for_an_ordinary_reason_is_not_escalated(text: str) -> None:
    result = default_engine().scan(text)
    assert not any(f.kind == "safeguarding" for f in result.findings)
    assert any(f.label == "health" for f in result.findings)


_BURIED = (
    "hello i'm ringing about the school dinners for next term, we want to switch to packed lunches, and also our "
    "neighbour's boy is out till three in the morning getting in cars with older men who give him cash and a new "
    "phone, what's the cheapest option for dinners"
)
_ROUTINE = (
    "hello i'm ringing about the school dinners for next term, we want to switch to packed lunches for both boys, "
    "and can you tell me if the menu has changed since september, what's the cheapest option for dinners"
)


def test_a_buried_disclosure_reads_plainer_in_a_window_of_clauses_than_in_the_whole_call() -> None:
    from receptionist.privacy.semantic import _buried_probability

    whole = load_classifier().predict(_BURIED).probability
    assert _buried_probability(_BURIED) > whole + 0.3
    assert _buried_probability(_ROUTINE) < 0.5


def test_the_window_route_flags_only_past_the_surer_threshold_and_never_in_fiction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from receptionist.privacy import semantic

    text = "can you check the trip letter for year five please, it said friday but my son thinks it's thursday"
    engine = default_engine()
    assert engine.scan(text).safeguarding is None
    monkeypatch.setattr(semantic, "_buried_probability", lambda _: 0.95)
    assert engine.scan(text).safeguarding is not None
    story = "the play we're doing for the drama club is about a boy whose uncle keeps him home from school, can i get tickets"
    assert engine.scan(story).safeguarding is None
    monkeypatch.setattr(semantic, "_buried_probability", lambda _: 0.7)
    assert engine.scan(text).safeguarding is None
