"""Regional spellings are read as standard English, and findings map back to the caller's words."""

from __future__ import annotations

import pytest

from receptionist.privacy.dialect import ing_words, widen
from receptionist.privacy.engine import default_engine
from receptionist.privacy.patterns import normalise

KNOWN = ing_words(["(?:pouring|answering|eating|calling|crying) smoke", "washing|ceiling"])


def test_ing_words_come_from_the_sources() -> None:
    assert {"pouring", "answering", "washing", "ceiling"} <= KNOWN
    assert "smoke" not in KNOWN


@pytest.mark.parametrize(
    ("text", "wide"),
    [
        ("there's smoke pourin oot the door", "there's smoke pouring out the door"),
        ("she's no answerin", "she's not answering"),
        ("boys fae possil moved intae her flat", "boys from possil moved into her flat"),
        ("he's stopped eatin'", "he's stopped eating"),
        ("the weans are greetin", "the children are crying"),
    ],
)
def test_widened_text(text: str, wide: str) -> None:
    result = widen(text, KNOWN.__contains__)
    assert result is not None
    assert result.text == wide


@pytest.mark.parametrize(
    "text",
    [
        "my cousin is on insulin and metformin",  # no "-ing" word the rules know
        "no recording thanks",  # "no" before a noun stays "no"
        "she's got no bed",
        "can you send the wi-fi password",
        "i'd like to book an appointment",
    ],
)
def test_standard_text_is_left_alone(text: str) -> None:
    assert widen(text, KNOWN.__contains__) is None


def test_offsets_map_back_to_the_original_words() -> None:
    text = "smoke pourin oot the door"
    result = widen(text, KNOWN.__contains__)
    assert result is not None
    start = result.text.index("pouring out")
    assert result.original(start, start + len("pouring out")) == (6, 16)
    assert text[6:16] == "pourin oot"
    # a span inside a respelled word covers the whole original word
    inner = result.text.index("ouring")
    assert result.original(inner, inner + 3) == (6, 12)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("there's smoke pourin oot under the door and the weans are in there, she's no answerin", "immediate_danger"),
        ("his flat's a disgrace, he's stopped eatin, there's rubbish up tae the ceilin and he's no washed in months",
         "neglect"),
    ],
)
def test_scots_disclosures_are_found(text: str, subtype: str) -> None:
    assert default_engine().scan(text).safeguarding == subtype


def test_cuckooing_in_scots_is_flagged() -> None:
    text = "these boys fae the scheme have moved intae her flat, they sell stuff oot the windae and she's no allowed oot"
    assert default_engine().scan(text).safeguarding is not None


def test_redaction_lands_on_the_callers_own_words() -> None:
    text = "ah've been greetin aw week, a'm on sertraline fae the doctor, can ye move ma appointment"
    result = default_engine().scan(text)
    assert "sertraline" not in result.redacted
    assert "move ma appointment" in result.redacted
    for f in result.findings:
        assert 0 <= f.start < f.end <= len(text)


@pytest.mark.parametrize("text", ["the wife throws things", "the other half said", "she's gonnae", "he divn't care"])
def test_same_length_respellings_keep_offsets(text: str) -> None:
    assert len(normalise(text)) == len(text)
