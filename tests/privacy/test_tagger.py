"""The shipped span tagger: features, model file, corpus, training, and what it adds to the engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from receptionist.privacy.tagger import (
    OUTSIDE,
    TAGGED_CATEGORIES,
    SpanTagger,
    lexicon_labels,
    load_lexicon,
    load_tagger,
    parse_lexicon,
    word_features,
    words,
)
from receptionist.privacy.tagger_training import (
    LABELS,
    SPAN_CORPUS_DIR,
    TAGGER_PATH,
    example,
    load_span_corpus,
    main,
    model_digest,
    train,
)


def test_words_keep_offsets_and_contractions() -> None:
    assert words("he's on his meds") == [("he's", 0, 4), ("on", 5, 7), ("his", 8, 11), ("meds", 12, 16)]


def test_word_features_see_neighbours_pairs_and_nearby_stems() -> None:
    first, second, *_ = word_features(["needs", "insulin", "every", "single", "night"])
    assert {"w=needs", "s=need", "p=<s>", "n=insulin", "wn=needs_insulin", "c=insulin", "c=single"} <= set(first)
    assert {"w=insulin", "pw=needs_insulin", "pp=<s>", "nn=single"} <= set(second)
    assert "c=night" not in first  # three words away counts; four does not
    assert "digit" in word_features(["2"])[0]


_LEXICON = parse_lexicon(["# a comment", "", "health\tinsulin", "health\tinsulin pen", "religion_belief\teid"])


def test_lexicon_marks_every_word_of_a_term_and_the_longest_term_first() -> None:
    assert _LEXICON["insulin"][0] == (("insulin", "pen"), "health")
    assert lexicon_labels(["her", "insulin", "pen", "for", "eid"], _LEXICON) == [
        set(), {"health"}, {"health"}, set(), {"religion_belief"}
    ]


def test_lexicon_features_mark_the_word_and_its_neighbours() -> None:
    feats = word_features(["her", "insulin", "pen", "is", "at", "home"], _LEXICON)
    assert "lex=health" in feats[1] and "lex=health" in feats[2]
    assert "lexc=health" in feats[0] and "lex=health" not in feats[0]
    assert not any(f.startswith("lex") for f in feats[5])


@pytest.mark.parametrize("line", ["health insulin", "vibes\tinsulin", "health\t  "])
def test_a_bad_lexicon_line_is_refused(line: str) -> None:
    with pytest.raises(ValueError, match="lexicon line 1"):
        parse_lexicon([line])


def test_shipped_lexicon_covers_every_tagged_category() -> None:
    labels = {label for entries in load_lexicon().values() for _, label in entries}
    assert labels == set(TAGGED_CATEGORIES)


def _toy() -> SpanTagger:
    labels = (OUTSIDE, "health", "criminal_offence")
    return SpanTagger(
        labels=labels,
        bias=(2.0, 0.0, 0.0),
        weights={"w=insulin": (0.0, 5.0, 0.0), "w=his": (0.0, 0.0, 0.0), "pw=his_insulin": (0.0, 1.0, 0.0),
                 "n=insulin": (0.0, 2.5, 0.0), "w=tag": (0.0, 0.0, 4.0)},
    )


def test_tagging_joins_consecutive_words_of_one_label() -> None:
    spans = _toy().tag("he needs his insulin and his tag is off", 0.5)
    assert [(s.label, "he needs his insulin and his tag is off"[s.start : s.end]) for s in spans] == [
        ("health", "his insulin"),
        ("criminal_offence", "tag"),
    ]
    low = spans[0]
    assert 0.5 <= low.low <= low.high < 1.0


def test_a_threshold_above_every_probability_tags_nothing() -> None:
    assert _toy().tag("he needs his insulin", 0.999) == []
    assert _toy().tag("", 0.1) == []


def test_model_round_trips_through_json() -> None:
    model = _toy()
    again = SpanTagger.from_json(json.loads(json.dumps(model.to_json())))
    assert again.tag("his insulin", 0.5) == model.tag("his insulin", 0.5)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 9}, "unsupported"),
        ({"labels": ["health", "O", "criminal_offence"]}, "first label"),
        ({"bias": [0.0]}, "one entry per label"),
        ({"weights": {"w=x": [1.0]}}, "one entry per label"),
    ],
)
def test_a_bad_model_file_is_refused_with_a_reason(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SpanTagger.from_json({**_toy().to_json(), **change})


def test_a_model_file_missing_a_field_names_it() -> None:
    doc = _toy().to_json()
    del doc["bias"]
    with pytest.raises(ValueError, match="bias"):
        SpanTagger.from_json(doc)


def test_gold_labels_cover_every_occurrence_of_a_span() -> None:
    ex = example("He's on Probation, and probation said no", [("criminal_offence", "probation")])
    assert ex.tokens == ("he's", "on", "probation", "and", "probation", "said", "no")
    assert ex.gold == (0, 0, 9, 0, 9, 0, 0) and LABELS[9] == "criminal_offence"
    assert ex.facts == ((2, 3), (4, 5))


def test_a_span_inside_a_word_labels_the_whole_word() -> None:
    ex = example("she's diabetic", [("health", "diabet")])
    assert ex.gold == (0, 1)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "not a span corpus line"),
        ('{"spans": []}', "not a span corpus line"),
        ('{"text": "x", "spans": [["vibes", "x"]]}', "unknown category"),
        ('{"text": "x", "spans": [["health", "y"]]}', "a span is not in the text"),
    ],
)
def test_a_bad_corpus_line_names_its_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine", "spans": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"bad\.jsonl:2: {message}"):
        load_span_corpus([path])


_TINY = [
    ("my son takes insulin for his diabetes can he bring snacks", [("health", "insulin"), ("health", "diabetes")]),
    ("i take insulin so i need a fridge in my room", [("health", "insulin")]),
    ("she's on probation so she can't come on the trip", [("criminal_offence", "on probation")]),
    ("he's on probation till march, can he still enrol", [("criminal_offence", "on probation")]),
    ("can i book the hall for friday", []),
    ("what time does the library open", []),
    ("is the diabetes awareness talk still on", []),
    ("can i pay the trip deposit online", []),
]


def test_training_learns_the_corpus_and_reports_out_of_fold_figures() -> None:
    examples = [example(text, spans) for text, spans in _TINY * 3]
    model, stats = train(examples, folds=3, steps=120)
    tagged = {("health", "insulin")} | {(s.label, "we take insulin"[s.start : s.end]) for s in model.tag("we take insulin", 0.5)}
    assert tagged == {("health", "insulin")}
    assert model.tag("can i book the library", 0.3) == []
    assert stats["examples"] == 24
    assert stats["oof_fact_recall@0.5"] > 0.5
    assert stats["oof_clean_masked@0.5"] < 0.05


def test_training_cli_writes_a_model_with_the_corpus_digest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text("".join(json.dumps({"text": t, "spans": s}) + "\n" for t, s in _TINY), encoding="utf-8")
    out = tmp_path / "tagger.json"
    assert main([str(corpus), "--out", str(out), "--folds", "2"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["corpus_sha256"] == model_digest([corpus])
    assert SpanTagger.from_json(doc).labels == LABELS
    assert "oof_fact_recall@0.5" in capsys.readouterr().out


def test_shipped_tagger_matches_the_shipped_span_corpus() -> None:
    """Retrain whenever the span corpus changes (python -m receptionist.privacy.tagger_training)."""
    doc = json.loads(TAGGER_PATH.read_text(encoding="utf-8"))
    assert doc["corpus_sha256"] == model_digest(sorted(SPAN_CORPUS_DIR.glob("*.jsonl")))
    assert tuple(doc["labels"]) == (OUTSIDE, *TAGGED_CATEGORIES)
    assert load_tagger().labels == LABELS


def test_shipped_span_corpus_covers_every_tagged_category_and_has_negatives() -> None:
    examples = load_span_corpus(sorted(SPAN_CORPUS_DIR.glob("*.jsonl")))
    seen = {LABELS[g] for ex in examples for g in ex.gold if g}
    assert seen == set(TAGGED_CATEGORIES)
    assert sum(1 for ex in examples if not any(ex.gold)) > len(examples) // 5


# What the tagger adds to the engine: further mentions of a fact a rule found, in words no rule
# lists. Written for these tests; each is checked with the tagger off as well, so the tagger is
# what masks the later mention.
SECOND_MENTIONS = [
    ("my son's got type one diabetes and his pump alarm keeps going off in maths, can someone check the pump",
     "check the pump", "can someone check the"),
    ("my partner's bipolar and her lithium levels were off so she's back on the ward, can i swap my shifts",
     "back on the ward", "can i swap my shifts"),
    ("i had the brca test and it came back positive so i need time off in june",
     "came back positive", "time off in june"),
]


def _tagger_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from receptionist.privacy import semantic

    monkeypatch.setattr(semantic, "TAG_ECHO_THRESHOLD", 2.0)
    monkeypatch.setattr(semantic, "TAG_OTHER_THRESHOLD", 2.0)
    monkeypatch.setattr(semantic, "TAG_ALONE_THRESHOLD", 2.0)


@pytest.mark.parametrize(("text", "gone", "kept"), SECOND_MENTIONS)
def test_the_tagger_masks_a_further_mention_of_a_found_fact(
    text: str, gone: str, kept: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from receptionist.privacy.engine import default_engine

    on = default_engine().scan(text)
    assert gone not in on.redacted and kept in on.redacted
    _tagger_off(monkeypatch)
    assert gone in default_engine().scan(text).redacted


@pytest.mark.parametrize(
    "text",
    [
        "he's on methadone and his probation officer says he can't come in on the 14th",
        "we're sikh, my son's got type one diabetes and the gmb rep said to ring",
        "can i book the small room on friday at ten",
    ],
)
def test_inference_reads_the_features_training_names(text: str) -> None:
    """The engine looks weight rows up word by word; training names the same features as
    strings (word_features). Scored from the named features, the probabilities agree."""
    import numpy as np

    tagger = load_tagger()
    tokens = [w for w, _, _ in words(text)]
    named = np.array(
        [tagger._bias + sum((tagger._rows[tagger._index[f]] for f in feats if f in tagger._index), np.zeros(len(tagger.labels)))
         for feats in word_features(tokens)]
    )
    named = np.exp(named - named.max(axis=1, keepdims=True))
    named /= named.sum(axis=1, keepdims=True)
    assert np.allclose(tagger.probabilities(tokens), named, atol=1e-12)


def test_tagging_near_cues_reads_only_the_words_around_a_cue() -> None:
    from receptionist.privacy.tagger import load_tagger

    tagger = load_tagger()
    text = "i voted for mebyon kernow and i'd do it again"
    assert tagger.tag_near_cues(text, 0.85) == tagger.tag(text, 0.85) != []
    # no word here leans towards a category: nothing is read
    assert tagger.tag_near_cues("can i book the small room on friday at ten", 0.0) == []
    assert tagger.tag("can i book the small room on friday at ten", 0.0) != []


# (text, masked only by the tagger standing alone, business words that stay)
ALONE = [
    ("i voted for mebyon kernow and i'd do it again, anyway is the library open", "mebyon kernow", "library open"),
]


@pytest.mark.parametrize(("text", "gone", "kept"), ALONE)
def test_the_surest_tagged_span_stands_alone_where_no_rule_found_a_fact(
    text: str, gone: str, kept: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from receptionist.privacy import semantic
    from receptionist.privacy.engine import default_engine

    on = default_engine().scan(text)
    assert gone not in on.redacted and kept in on.redacted
    monkeypatch.setattr(semantic, "TAG_ALONE", False)
    assert default_engine().scan(text).redacted == text


@pytest.mark.parametrize(
    "text",
    [
        # no one's fact: a machine, a room, a device
        "can someone check the pump in the boiler room, it's making a noise",
        "the ward round is at ten, can you tell the porters",
        "the test came back positive for the new boiler, the gas safe man says it's fine",
        "the new hearing aids are whistling again, can i bring them in",
        # a job, a group, a place or an appointment named after the category
        "my wife's a dialysis technician and she's on shift that day, can we move it",
        "the black caribbean elders lunch club meets on tuesdays, can i book the minibus",
        "i teach in hmp durham on tuesdays so i can't do the evening class",
        "the picket line outside the hospital was blocking the bus stop",
        "i'm the imam at the mosque on the high street, we need the car park for eid prayers",
        # a disclosure's facts are not labelled twice (R3)
        "the older lads have him dealing drugs at the station",
    ],
)
def test_a_tagged_span_alone_is_not_an_object_a_job_a_group_or_a_disclosures_fact(text: str) -> None:
    from receptionist.privacy.engine import default_engine

    result = default_engine().scan(text)
    assert result.categories == [] and result.redacted == text


def _word_tagger() -> SpanTagger:
    """Tags 'ward' as health (p about 0.5), 'officer' as criminal_offence (p about 0.6), 'zorb' as
    religion_belief (p about 0.9) and 'seven' as health (p about 0.9)."""
    labels = LABELS
    health, crime, faith = labels.index("health"), labels.index("criminal_offence"), labels.index("religion_belief")

    def row(label: int, weight: float) -> list[float]:
        out = [0.0] * len(labels)
        out[label] = weight
        return out

    return SpanTagger(
        labels=labels,
        bias=[4.0] + [0.0] * (len(labels) - 1),
        weights={"w=ward": row(health, 4.0), "w=officer": row(crime, 4.6), "w=zorb": row(faith, 6.5),
                 "w=seven": row(health, 6.5)},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a further mention of a found category: masked, the span's empty edge words left out
        ("i've got asthma and i'm back on the ward", "[health] and i'm back on the [health]"),
        # no rule found anything: the tagger adds nothing
        ("can you tell the ward the porter's late", "can you tell the ward the porter's late"),
        # another category needs a surer word: 'officer' (p~0.6) is not enough, 'zorb' (p~0.9) is
        ("i've got asthma and my officer knows", "[health] and my officer knows"),
        ("i've got asthma and my zorb stays on", "[health] and my [religion_belief] stays on"),
        # digits and number words are never a tagged fact
        ("i've got asthma, ring oh seven seven", "[health], ring oh seven seven"),
    ],
)
def test_the_engine_uses_the_tagger_only_to_extend_what_rules_found(
    text: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from receptionist.privacy import semantic
    from receptionist.privacy.engine import PrivacyEngine

    monkeypatch.setattr(semantic, "load_tagger", _word_tagger)
    assert PrivacyEngine().scan(text).redacted == expected
