"""The optional LLM second opinion, driven by the hand-written fake model."""

from __future__ import annotations

import json

import pytest

from receptionist.privacy.engine import PrivacyEngine
from receptionist.privacy.second_opinion import (
    ClassifierError,
    FakeClassifierModel,
    OpenAIClassifierModel,
    SecondOpinion,
    load_prompt,
    parse_findings,
    second_opinion_from_settings,
)
from receptionist.privacy.types import Finding

TEXT = "i've got the tablets here, card 4111 1111 1111 1111"


def _uncertain_engine() -> PrivacyEngine:
    def maybe(text: str) -> list[Finding]:
        return [Finding("safeguarding", "self_harm_suicide", 0, 25, 0.5)]

    return PrivacyEngine(detectors=(maybe,))


def reply(*findings: dict[str, object]) -> str:
    return json.dumps({"findings": list(findings)})


async def test_adds_findings_on_uncertain_results_and_masks_card_data_first() -> None:
    engine = _uncertain_engine()
    model = FakeClassifierModel([reply({"kind": "category", "label": "health", "quote": "the tablets", "confidence": 0.8})])
    result = await SecondOpinion(model, engine).review(engine.scan(TEXT))
    assert result.categories == ["health", "payment_card"]
    assert result.redacted == "i've got [health] here, card [payment_card]"
    (system, user) = model.calls[0]
    assert "4111" not in user and "[payment_card]" in user
    assert system == load_prompt()


async def test_certain_results_are_not_sent() -> None:
    engine = PrivacyEngine(detectors=())
    model = FakeClassifierModel([reply({"kind": "category", "label": "health", "quote": "x"})])
    before = engine.scan("what time does the library open")
    assert await SecondOpinion(model, engine).review(before) is before
    assert model.calls == []


async def test_can_never_remove_a_finding() -> None:
    engine = _uncertain_engine()
    before = engine.scan(TEXT)
    model = FakeClassifierModel(['{"findings": [], "remove": ["self_harm_suicide"]}'])
    after = await SecondOpinion(model, engine).review(before)
    assert set(before.findings) <= set(after.findings)
    assert after.safeguarding == "self_harm_suicide"


@pytest.mark.parametrize(
    "exc", [RuntimeError("boom"), ConnectionError("down"), ClassifierError("classifier failed: X")]
)
async def test_model_failure_leaves_the_result_unchanged(exc: Exception) -> None:
    engine = _uncertain_engine()
    before = engine.scan(TEXT)
    model = FakeClassifierModel(fake_exception=exc)
    assert await SecondOpinion(model, engine).review(before) == before


async def test_timeout_is_a_classifier_error_without_caller_text() -> None:
    model = FakeClassifierModel(fake_delay=1.0, timeout=0.01)
    with pytest.raises(ClassifierError) as info:
        await model.complete_json(system="s", user="secret words")
    assert "secret" not in str(info.value)


async def test_fake_replies_in_turn_and_repeats_the_last() -> None:
    model = FakeClassifierModel(["a", {"b": 1}])
    got = [await model.complete_json(system="s", user="u") for _ in range(3)]
    assert got == ["a", '{"b": 1}', '{"b": 1}']
    assert len(model.calls) == 3


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (reply({"kind": "safeguarding", "label": "neglect", "quote": "no food", "confidence": 0.9}),
         [("safeguarding", "neglect", "no food", 0.9)]),
        # quote not found: the whole utterance, so a category is still masked
        (reply({"kind": "category", "label": "religion_belief", "quote": "not there"}),
         [("category", "religion_belief", "there's no food at home", 0.75)]),
        # confidence clipped into [0.5, 0.95]; garbage confidence gets the default
        (reply({"kind": "intent", "label": "human_request", "quote": "home", "confidence": 3}),
         [("intent", "human_request", "home", 0.95)]),
        (reply({"kind": "category", "label": "health", "quote": "food", "confidence": "high"}),
         [("category", "health", "food", 0.75)]),
        # unknown labels, payment labels and bad kinds are ignored
        (reply({"kind": "category", "label": "payment_card", "quote": "food"}), []),
        (reply({"kind": "category", "label": "weather"}), []),
        (reply({"kind": "verdict", "label": "health"}), []),
        ("not json at all", []),
        ('["a list"]', []),
        ('{"findings": "nope"}', []),
        ('{"findings": [1, "x", null]}', []),
    ],
)
def test_parse_findings(raw: str, expected: list[tuple[str, str, str, float]]) -> None:
    text = "there's no food at home"
    got = [(f.kind, f.label, text[f.start : f.end], f.score) for f in parse_findings(raw, text)]
    assert got == expected


@pytest.mark.parametrize(
    ("key", "enabled", "built"),
    [(None, True, False), ("", True, False), ("sk-test", False, False), ("sk-test", True, True)],
)
def test_built_only_with_a_key_and_enabled(key: str | None, enabled: bool, built: bool) -> None:
    made = second_opinion_from_settings(
        api_key=key, model="gpt-4.1-mini", base_url="http://127.0.0.1:9", enabled=enabled, engine=PrivacyEngine()
    )
    assert (made is not None) is built


async def test_openai_model_errors_become_classifier_errors() -> None:
    # A real client pointed at a closed local port: the failure path without any network.
    model = OpenAIClassifierModel(api_key="sk-test", model="m", base_url="http://127.0.0.1:9/v1", timeout=5)
    with pytest.raises(ClassifierError) as info:
        await model.complete_json(system="s", user="caller words")
    assert "caller words" not in str(info.value)


def test_prompt_names_every_label() -> None:
    prompt = load_prompt()
    for label in ("self_harm_suicide", "immediate_danger", "health", "criminal_offence", "human_request"):
        assert label in prompt

