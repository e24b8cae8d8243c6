"""Call-flow edge cases found by playing scripted calls as a new user would.

Each table row is one caller behaviour; the assertions are on the stored record (what
``simulate`` and ``calls show`` print), so a regression in any layer fails here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from receptionist.core.config import demo_config_text
from receptionist.core.cues import read_cues
from receptionist.core.phone import is_affirmative
from receptionist.core.prompts import PROMPTS_DIR, PromptNotFoundError, load_prompt
from receptionist.core.runtime import TextCall
from receptionist.core.safety import says_unsafe
from receptionist.core.script import read_result
from receptionist.store.service import Store

from .conftest import CallFactory, PhraseDetector  # type: ignore[import-not-found]

CLI = "+447700900555"


async def _play(call: TextCall, turns: list[str]) -> list[str]:
    replies = [" ".join(await call.start())]
    for turn in turns:
        if call.ended:
            break
        replies.append(" ".join(await call.send(turn)))
    await call.hang_up()
    return replies


def _record(store: Store, call: TextCall) -> dict[str, Any]:
    return read_result(store, call.agent.call.call_id)


@pytest.mark.parametrize(("caller_number", "turns", "expected"), [
    # The CLI is the default callback number even if the caller never gets to confirm it.
    (CLI, ["I need to ask about the after school club places", "it's Mary Jones"], CLI),
    (CLI, ["I need to ask about the after school club places", "Mary Jones", "yes that's fine"], CLI),
    # A different number replaces it; spoken forms are normalised.
    (CLI, ["I need to ask about the after school club places", "Mary Jones", "no, call me on 01632 960 123"],
     "+441632960123"),
    (CLI, ["I need to ask about the after school club places", "Mary Jones",
           "no ring me on oh seven seven double oh nine oh oh three four five"], "+447700900345"),
    # "No" to the caller ID and nothing else, or no callback wanted: no number is kept.
    (CLI, ["I need to ask about the after school club places", "Mary Jones", "no"], None),
    (CLI, ["what time does the school day start", "no I don't want a callback thanks"], None),
    # Withheld: nothing until the caller gives one.
    (None, ["I need to ask about the after school club places", "Mary Jones"], None),
    (None, ["I need to ask about the after school club places", "Mary Jones", "07700 900 354"], "+447700900354"),
])
async def test_callback_number_defaults_to_the_caller_id(
    make_call: CallFactory, store: Store, caller_number: str | None, turns: list[str], expected: str | None
) -> None:
    call = make_call("school", caller_number=caller_number)
    await _play(call, turns)
    record = _record(store, call)
    assert record["captured"]["callback_number"] == expected
    if record["crm_payload"] is not None and "callback_number" in record["crm_payload"]:
        assert record["crm_payload"]["callback_number"] == expected


async def test_unconfirmed_caller_id_is_still_asked_about(make_call: CallFactory) -> None:
    replies = await _play(make_call("school"), ["I need to ask about the after school club places", "Mary Jones"])
    assert "Is 07700 900555 the best number to call you back on?" in replies[2]


async def test_a_corrected_number_after_the_read_back_is_acknowledged(make_call: CallFactory, store: Store) -> None:
    call = make_call("college", caller_number=None)
    replies = await _play(call, ["I want to ask about adult evening courses", "Peter Lloyd", "07700 900 345",
                                 "sorry, I got that wrong, it's 07700 900 354"])
    assert "changed the number to 07700 900354" in replies[4]
    assert _record(store, call)["captured"]["callback_number"] == "+447700900354"


@pytest.mark.parametrize(("text", "goodbye"), [
    ("ok fine, I want to ask about my council tax bill", False),
    ("no thanks, I'd rather not be recorded", False),
    ("thanks, can I speak to someone in housing", False),
    ("ok thanks bye", True),
    ("no that's all", True),
    ("thanks, that's all, bye", True),
])
def test_goodbye_is_only_a_turn_with_nothing_else_in_it(text: str, goodbye: bool) -> None:
    assert read_cues(text).goodbye is goodbye


@pytest.mark.parametrize(("text", "yes"), [("ydy", True), ("ydw, diolch", True), ("iawn", True), ("yes", True),
                                          ("na", False), ("dim diolch", False)])
def test_welsh_yes_confirms(text: str, yes: bool) -> None:
    assert is_affirmative(text) is yes


@pytest.mark.parametrize(("answer", "unsafe"), [
    ("no I'm not safe", True), ("no", True), ("I'm scared", True), ("not really", True), ("he's here now", True),
    ("yes", False), ("no, I'm safe", False), ("yes I'm ok", False), ("I'm safe, not in danger", False),
])
def test_answer_to_are_you_safe(answer: str, unsafe: bool) -> None:
    assert says_unsafe(answer) is unsafe


def _ask_mode_tenant(tmp_path: Path) -> str:
    data = yaml.safe_load(demo_config_text("business"))
    data["slug"] = "askco"
    data["recording"] = {"notice": "We'd like to record this call for quality. Is that OK?", "mode": "ask"}
    path = tmp_path / "askco.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("first", "consent"), [
    ("no thanks, I'd rather not be recorded", False),
    ("I'd like to book a personal training session", False),  # silence on the question: no recording
    ("yes that's fine", True),
])
async def test_ask_mode_call_carries_on_whatever_the_answer(
    make_call: CallFactory, store: Store, tmp_path: Path, first: str, consent: bool
) -> None:
    call = make_call(_ask_mode_tenant(tmp_path))
    replies = await _play(call, [first, "I'd like to book a personal training session", "Owen Hart", "yes"])
    assert replies[0].count("?") == 1  # the notice already asks; no second "is it OK to record?"
    assert "Goodbye" not in replies[1]
    record = _record(store, call)
    assert record["recording_consent"] is consent
    assert record["captured"]["name"] == "Owen Hart"
    assert "yes that's fine" not in record["summary"]


async def test_refusal_in_ask_mode_says_recording_never_started(
    make_call: CallFactory, tmp_path: Path
) -> None:
    replies = await _play(make_call(_ask_mode_tenant(tmp_path)), ["no thanks, I'd rather not be recorded"])
    assert "won't be recorded" in replies[1] and "stopped" not in replies[1]


@pytest.mark.parametrize(("tenant", "turn", "reason_has", "reason_lacks"), [
    ("council", "I need help with my housing application, my partner hits me and I need to move out",
     "housing application", "hits"),
    ("school", "hi I'm calling about dinner money, also my partner hits me", "dinner money", "partner"),
    ("council", "I need to tell someone, my partner hits me", None, "tell"),
])
async def test_reason_around_a_disclosure_is_only_the_enquiry(
    make_call: CallFactory, store: Store, detector: PhraseDetector,
    tenant: str, turn: str, reason_has: str | None, reason_lacks: str,
) -> None:
    detector.phrases["my partner hits me"] = ("safeguarding", "domestic_abuse")
    call = make_call(tenant)
    await _play(call, [turn, "Lisa Brown", "yes"])
    record = _record(store, call)
    assert record["escalated"] is True
    reason = record["captured"]["reason"]
    if reason_has is None:
        assert reason is None
    else:
        assert reason is not None and reason_has in reason and reason_lacks not in reason
        assert reason_lacks not in record["summary"]


async def test_not_safe_gets_999_and_the_lead_offered(make_call: CallFactory, detector: PhraseDetector) -> None:
    detector.phrases["my partner hits me"] = ("safeguarding", "domestic_abuse")
    call = make_call("council")
    replies = await _play(call, ["my partner hits me", "no I'm not safe", "yes please"])
    assert "999" in replies[2] and "safeguarding lead" in replies[2]
    assert "putting you through to our safeguarding lead" in replies[3]


@pytest.mark.parametrize(("turn", "word"), [
    ("my sort code is 20-00-00 and account number 12345678", "bank details"),
    ("my card number is 4929 1234 5678 9012", "card details"),
])
async def test_payment_warning_names_what_was_spoken(make_call: CallFactory, turn: str, word: str) -> None:
    replies = await _play(make_call("council"), ["I want to pay my council tax", turn])
    assert f"don't read out any more {word}" in replies[2]


@pytest.mark.parametrize("name", sorted(p.stem for p in PROMPTS_DIR.glob("*.md")))
def test_prompts_ship_inside_the_package(name: str) -> None:
    packaged = load_prompt(name, repo_dir=None)
    assert packaged == (PROMPTS_DIR / f"{name}.md").read_text(encoding="utf-8"), "run: cp prompts/*.md receptionist/prompt_texts/"
    assert load_prompt(name, repo_dir=Path("/nonexistent")) == packaged


def test_unknown_prompt_is_a_clear_error() -> None:
    with pytest.raises(PromptNotFoundError, match="no prompt named 'nope'"):
        load_prompt("nope", repo_dir=None)


async def test_asking_for_someone_with_no_topic_asks_what_it_is_about(make_call: CallFactory, store: Store) -> None:
    call = make_call("council")
    replies = await _play(call, ["can I speak to someone please", "it's about my council tax bill", "Sam Patel"])
    assert "What's it about, so I can put you through to the right team?" in replies[1]
    assert "Council tax" in replies[2]
    assert "putting you through to Council tax" in replies[3]
    record = _record(store, call)
    assert record["transfer_requested"] is True
    assert record["crm_payload"]["department"] == "council_tax"


@pytest.mark.parametrize(("turn", "ended"), [("ok", False), ("right", False), ("ok thanks, bye", True)])
async def test_a_bare_ok_while_a_question_is_open_does_not_end_the_call(
    make_call: CallFactory, turn: str, ended: bool
) -> None:
    call = make_call("school")
    replies = await _play(call, ["what time does the school day start", turn])
    assert ("Goodbye" in replies[2]) is ended


async def test_an_unanswered_question_becomes_the_message(make_call: CallFactory, store: Store) -> None:
    call = make_call("school")
    await _play(call, ["what time does the school day start", "do you have a uniform shop?", "Dave Smith", "yes"])
    reason = _record(store, call)["captured"]["reason"]
    assert reason is not None and "uniform shop" in reason


@pytest.mark.parametrize(("tenant", "question", "expected", "not_expected"), [
    # A general "when are you open" is the tenant's hours, not the one FAQ that mentions opening.
    ("council", "when are you open?", "Opening hours", "Central Library"),
    ("council", "what are the central library opening hours?", "Central Library", "Opening hours:"),
])
async def test_general_hours_questions_use_the_configured_hours(
    make_call: CallFactory, tenant: str, question: str, expected: str, not_expected: str
) -> None:
    replies = await _play(make_call(tenant), [question])
    assert expected in replies[1] and not_expected not in replies[1]


@pytest.mark.parametrize(("turn", "reason"), [
    ("can I talk to someone about council tax", "Council tax"),
    ("I want to object to the planning application, can you put me through please",
     "I want to object to the planning application"),
])
async def test_a_request_for_a_person_is_not_the_reason(
    make_call: CallFactory, store: Store, turn: str, reason: str
) -> None:
    call = make_call("council")
    await _play(call, [turn])
    assert _record(store, call)["captured"]["reason"] == reason


@pytest.mark.parametrize("turns", [
    # The card is read out in words, in pieces, after the caller says they want to pay by card.
    ["I want to pay my parking fine by card", "it's five four one three",
     "nine nine eight four three two one nine eight seven six", "Ian Wright"],
    ["I'd like to pay over the phone please", "four nine two nine one two three four", "five six seven eight",
     "Ian Wright"],
])
async def test_card_digits_in_words_after_saying_they_will_pay_are_masked(
    make_call: CallFactory, store: Store, turns: list[str]
) -> None:
    call = make_call("council")
    await _play(call, turns)
    record = _record(store, call)
    stored = " ".join(t["text"] for t in record["transcript"]) + record["summary"] + str(record["crm_payload"])
    for turn in turns[1:3]:
        assert turn not in stored
    assert "payment_card" in record["masked_categories"]
    assert record["captured"]["name"] == "Ian Wright"


async def test_a_masked_word_never_becomes_the_name(
    make_call: CallFactory, store: Store, detector: PhraseDetector
) -> None:
    detector.phrases["Muslim"] = ("category", "religion_belief")
    call = make_call("university")
    await _play(call, ["I need to ask about exam dates because I'm Muslim", "Yusuf Ali", "yes"])
    assert _record(store, call)["captured"]["name"] == "Yusuf Ali"


async def test_correcting_the_name_while_the_number_is_confirmed_keeps_the_number(
    make_call: CallFactory, store: Store
) -> None:
    call = make_call("business")
    replies = await _play(call, ["I'd like to freeze my membership for two months", "John Smith",
                                 "no, it's Jon without an h", "yes"])
    assert "Is 07700 900555 the best number" in replies[3]
    record = _record(store, call)
    assert record["captured"]["name"] == "Jon Smith"
    assert record["captured"]["callback_number"] == CLI


async def test_enquiry_survives_a_disclosure_span_covering_the_whole_sentence(
    make_call: CallFactory, store: Store, detector: PhraseDetector
) -> None:
    turn = "I'm calling about the summer trip form, my niece is being taken abroad to be cut"
    detector.phrases[turn] = ("safeguarding", "fgm")
    detector.phrases["my niece is being taken abroad to be cut"] = ("safeguarding", "fgm")
    call = make_call("school")
    await _play(call, [turn, "Rose Patel", "yes"])
    record = _record(store, call)
    assert record["captured"]["reason"] == "I'm calling about the summer trip form"
    assert "niece" not in record["summary"]


@pytest.mark.parametrize(("turn", "kept"), [
    ("it's for year six", True),
    ("that's the best number", False),
    ("the code is four nine two nine one two", False),
])
async def test_summary_passes_on_details_but_not_number_talk_or_stray_digits(
    make_call: CallFactory, store: Store, turn: str, kept: bool
) -> None:
    call = make_call("school")
    await _play(call, ["I need to ask about the after school club places", "Mary Jones", turn])
    assert (_record(store, call)["summary"].find(turn) >= 0) is kept


@pytest.mark.parametrize(("tenant", "turns", "reason"), [
    ("council", ["hello my name is Peter Jones and I want to ask about a council tax discount for a single person"],
     "I want to ask about a council tax discount for a single person"),
    ("college", ["can you put me through to student services please", "it's about a bursary"], "It's about a bursary"),
    ("council", ["I'd like to speak to a human", "planning"], "Planning"),
    ("business", ["great, and how much is membership"], "How much is membership"),
    ("council", ["hello", "a bill"], "A bill"),
])
async def test_reason_is_the_enquiry_not_the_routing_or_the_pleasantries(
    make_call: CallFactory, store: Store, tenant: str, turns: list[str], reason: str
) -> None:
    call = make_call(tenant)
    await _play(call, turns)
    assert _record(store, call)["captured"]["reason"] == reason
