"""Context that turns a match into something else: animals, idioms, services, fiction, the past.

Each row is written for this file; the engine must keep the business words and add no label.
"""

from __future__ import annotations

import pytest

from receptionist.privacy.engine import default_engine


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("our labrador's puppies had their dna tests and they're all clear, can we book the jabs", "dna tests"),
        ("i nearly had a heart attack when the electric bill came, can i spread the payments", "heart attack"),
        ("are there tickets left for the autism friendly swim session on sunday", "autism friendly swim"),
        ("in the nativity the innkeeper gets arrested by the romans, is that too much for year two", "gets arrested"),
        ("the panto's the one where the wolf goes to prison, do we need the costume back", "goes to prison"),
    ],
)
def test_no_category_where_context_says_otherwise(text: str, kept: str) -> None:
    result = default_engine().scan(text)
    assert not result.categories
    assert kept in result.redacted


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "the sort code on the new standing order form is wrong, it should be twenty dash forty dash sixty",
            "twenty dash forty dash sixty",
        ),
        (
            "i've switched banks so the direct debit for the rent needs updating, the new account number's "
            "three one four one five nine two six",
            "three one four one five nine two six",
        ),
    ],
)
def test_bank_details_said_at_a_distance_or_after_a_bill_name_are_masked(text: str, gone: str) -> None:
    result = default_engine().scan(text)
    assert "bank_details" in result.categories
    assert gone not in result.redacted


def test_a_council_tax_account_number_is_still_not_bank_details() -> None:
    result = default_engine().scan("my council tax account number is one two three four five six seven eight")
    assert "bank_details" not in result.categories


def test_an_overdose_in_the_past_is_self_harm_not_immediate_danger() -> None:
    text = "i took a load of tablets on saturday and ended up in hospital, i'm home now but i still want to die"
    result = default_engine().scan(text)
    assert result.safeguarding == "self_harm_suicide"
    assert "took a load of tablets" not in result.redacted


def test_a_chosen_day_is_masked_with_the_self_harm_it_belongs_to() -> None:
    text = "cancel my swimming please, i've been saving my tablets and i think next friday's the one"
    result = default_engine().scan(text)
    assert result.safeguarding == "self_harm_suicide"
    assert "next friday's the one" not in result.redacted
    assert "swimming" in result.redacted


def test_an_objection_to_recording_said_with_it() -> None:
    result = default_engine().scan("if you're taping this then no, i don't agree to it")
    assert "recording_objection" in result.intents


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the van's having a heart attack again, can you push the delivery to thursday", "heart attack"),
        ("good service is in our dna, so please send the quote by email", "in our dna"),
    ],
)
def test_idioms_about_machines_and_firms_are_not_health_or_genetic(text: str, kept: str) -> None:
    result = default_engine().scan(text)
    assert not result.categories
    assert kept in result.redacted


def test_an_ex_tracking_the_caller_down_is_domestic_abuse() -> None:
    text = "please don't send letters to the old address, my ex has worked out where we live and he's been parked outside the house"
    assert default_engine().scan(text).safeguarding == "domestic_abuse"


def test_method_searching_is_masked_with_the_self_harm() -> None:
    text = "my brother keeps saying he wants to end it all and he's been googling ways to do it, i'm scared"
    result = default_engine().scan(text)
    assert result.safeguarding == "self_harm_suicide"
    assert "googling ways to do it" not in result.redacted


@pytest.mark.parametrize(
    ("text", "label", "gone"),
    [
        ("as a member of the pcs i'll be out on the twelfth, can i move my appointment", "trade_union", "member of the pcs"),
        ("she was signed up to the new fingerprint till system without us agreeing, can her print be deleted", "biometric", "fingerprint till system"),
    ],
)
def test_membership_and_enrolment_wording(text: str, label: str, gone: str) -> None:
    result = default_engine().scan(text)
    assert label in result.categories
    assert gone not in result.redacted


def test_preferring_a_human_callback_is_a_human_request() -> None:
    result = default_engine().scan("i'd rather a real person rang me back about this, not the automated line")
    assert "human_request" in result.intents


@pytest.mark.parametrize(
    ("text", "label", "gone"),
    [
        (
            "the youth theatre show's on saturday, my daughter's a sikh so she wears her kara, is that ok on stage",
            "religion_belief",
            "my daughter's a sikh",
        ),
        (
            "the first aid course is on tuesdays but i've got crohn's so i might have to leave early",
            "health",
            "i've got crohn's",
        ),
        (
            "our class project is about the miners strike and also my dad's just been sent to prison so i'm behind",
            "criminal_offence",
            "my dad's just been sent to prison",
        ),
    ],
)
def test_a_framing_reaches_only_its_own_clause(text: str, label: str, gone: str) -> None:
    result = default_engine().scan(text)
    assert label in result.categories
    assert gone not in result.redacted


@pytest.mark.parametrize(
    "text",
    [
        "the school play is on friday, my stepdad hit me last night and i'm scared to go home",
        "the assembly is on monday but my mum's boyfriend keeps touching me when she's at work",
    ],
)
def test_a_disclosure_after_a_framing_clause_is_still_a_disclosure(text: str) -> None:
    assert default_engine().scan(text).safeguarding is not None


@pytest.mark.parametrize(
    "text",
    [
        "the play is about a jewish family in the war, can we book the hall for the dress rehearsal",
        "our drama is about a boy whose dad hits him, is the hall free on thursday",
    ],
)
def test_framed_content_in_its_own_clause_stays_unlabelled(text: str) -> None:
    result = default_engine().scan(text)
    assert result.safeguarding is None
    assert not result.categories
