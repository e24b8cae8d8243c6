"""Phrase families the detectors generalise over, each with varied wording and hard negatives.

Every family below was found missing on independently written sentences. The cases here are
new sentences in the same family (other tenses, pronouns, STT style: lower case, fillers, no
punctuation), so a rule that only fits one sentence fails them.
"""

from __future__ import annotations

import pytest

from receptionist.privacy.engine import default_engine
from receptionist.privacy.semantic import detect_semantic


def top_subtype(text: str) -> str | None:
    found = [f for f in detect_semantic(text) if f.kind == "safeguarding"]
    return max(found, key=lambda f: f.score).label if found else None


def labels(text: str, kind: str) -> set[str]:
    return {f.label for f in detect_semantic(text) if f.kind == kind}


FAMILIES = [
    # self-harm: means laid out, stockpiled or borrowed
    ("i've got all the tablets counted out on my desk", "self_harm_suicide"),
    ("um she's been saving up her blood pressure tablets in a sock", "self_harm_suicide"),
    ("he's stashed his sleeping pills behind the wardrobe for when he's ready", "self_harm_suicide"),
    ("i have got my dad's pills and i've written a note", "self_harm_suicide"),
    ("she knows how many she needs to take she looked it up", "self_harm_suicide"),
    # self-harm: farewells, plans, burden
    ("he sent all his mates farewell texts last night", "self_harm_suicide"),
    ("my sister keeps saying she's just a burden to everyone", "self_harm_suicide"),
    ("they'd all be happier without me honestly", "self_harm_suicide"),
    ("i've worked out exactly how i'd do it", "self_harm_suicide"),
    ("she's been googling painless ways to die", "self_harm_suicide"),
    ("he's sorted out who gets his games and his dog", "self_harm_suicide"),
    ("i hope i don't wake up in the morning", "self_harm_suicide"),
    # self-inflicted harm now is immediate danger (R2)
    ("she's just swallowed a whole box of ibuprofen", "immediate_danger"),
    ("i've cut my arm open and the blood won't stop", "immediate_danger"),
    ("my brother has overdosed in his room", "immediate_danger"),
    ("he's taken forty of his meds and he's gone really floppy", "immediate_danger"),
    # immediate danger: people, weapons, doors
    ("my little girl ran out the back gate and i cant find her", "immediate_danger"),
    ("my five year old is missing from the beach", "immediate_danger"),
    ("he's kicking the back door in right now", "immediate_danger"),
    ("someone's just stabbed a lad at the bus stop", "immediate_danger"),
    ("there's a boy playing on the train tracks right now", "immediate_danger"),
    # child abuse: grooming
    ("the dance teacher told my daughter to keep their chats a secret", "child_abuse"),
    ("a man on fortnite asked my son to send him pictures", "child_abuse"),
    ("her tutor keeps texting her late at night", "child_abuse"),
    ("my lodger asked my eight year old to sit on his knee and kiss him", "child_abuse"),
    ("the older lad told my son to take his trousers off", "child_abuse"),
    ("my daughter says her step dad gets into her bed", "child_abuse"),
    # child abuse: parent figures
    ("my mum's boyfriend chucks stuff at me when he's drunk", "child_abuse"),
    ("my dad's going to kill me when he sees my report", "child_abuse"),
    ("my stepmum pulled me by the hair down the stairs", "child_abuse"),
    ("my dad calls me worthless all the time", "child_abuse"),
    ("my foster dad makes me sleep in the garage", "child_abuse"),
    # neglect
    ("nobody ever feeds the baby next door", "neglect"),
    ("her tooth's rotten and she hasn't seen a dentist for months", "neglect"),
    ("the toddler was out in the road in just his nappy", "neglect"),
    # domestic abuse
    ("my ex is always turning up outside my house", "domestic_abuse"),
    ("my husband won't let me have my own bank card", "domestic_abuse"),
    ("my boyfriend grabbed me by the throat", "domestic_abuse"),
    ("my girlfriend says she'll take an overdose if i leave her", "domestic_abuse"),
    # exploitation
    ("some lads are paying my son to use his bank account", "exploitation"),
    ("he owes the dealers and has to run bags for them", "exploitation"),
    ("a man gives my daughter vapes and asks her to bring her mates", "exploitation"),
    ("she can't leave until she's paid off her debt to the boss", "exploitation"),
    # radicalisation
    ("my son wants to go and fight for the caliphate", "radicalisation"),
    ("he keeps saying they're all infidels", "radicalisation"),
    ("my brother's mates are talking about attacking the synagogue", "radicalisation"),
    # fgm
    ("they're taking her back home to get cut", "fgm"),
    ("my cousin's worried about the cutting in the summer", "fgm"),
    ("her aunt is coming to do the cutting", "fgm"),
    ("the procedure all the girls in her family have", "fgm"),
    ("my mum says we'll have my little sister circumcised", "fgm"),
    ("we went to somalia on holiday and they cut her", "fgm"),
    # bullying and harassment
    ("he's getting picked on by the year nines", "bullying_harassment"),
    ("they keep stealing his lunch money", "bullying_harassment"),
    ("someone made a fake tiktok of my daughter", "bullying_harassment"),
    ("a bloke at work keeps making comments about my body", "bullying_harassment"),
    ("the girls are spreading rumours about her", "bullying_harassment"),
    ("they shoved him into the bins after school", "bullying_harassment"),
    # adults at risk
    ("my grandad's carers haven't come for two days", "adult_at_risk"),
    ("the care home leave her in soiled pads", "adult_at_risk"),
    ("her carer keeps borrowing her bank card", "adult_at_risk"),
    ("my uncle's friend keeps getting him to withdraw cash", "adult_at_risk"),
    ("the man who helps my grandad pockets his pension", "adult_at_risk"),
    # buried in a routine enquiry, hopelessness said sideways
    ("can i pay for the trip online, also i keep thinking about ending everything", "self_harm_suicide"),
    ("cancel my tutoring, i won't be around after the weekend anyway", "self_harm_suicide"),
    ("my daughter says she wishes she'd never been born", "self_harm_suicide"),
    ("he drank some weed killer and now he's slurring", "immediate_danger"),
    ("there's a masked man in the car park", "immediate_danger"),
    ("some bloke is rattling the classroom doors", "immediate_danger"),
    ("my stepdad held my brother's head under the water", "child_abuse"),
    ("she's been taking food out of the bins at lunch", "neglect"),
    ("they left us on our own for the weekend with no money", "neglect"),
    ("i'm in temporary housing because i fled my husband", "domestic_abuse"),
    ("my ex keeps hacking into my email", "domestic_abuse"),
    ("he came home with a wad of cash and a tracker phone", "exploitation"),
    ("the workers live in the back room of the shop and the boss keeps their ids", "exploitation"),
    ("he's watching stuff saying hitler was right", "radicalisation"),
    ("an online friend told her to travel and join the brothers", "radicalisation"),
    ("i've got the razor here and i just wanted someone to know", "self_harm_suicide"),
    ("he says he'd be better off six feet under", "self_harm_suicide"),
    ("she left a note on her pillow and walked out", "self_harm_suicide"),
    ("he's downed half a bottle of bleach", "immediate_danger"),
    ("the swimming coach gives her massages and said not to tell her mum", "child_abuse"),
    ("my wife hid my keys so i can't leave the house", "domestic_abuse"),
    ("my boyfriend keeps telling me nobody will believe me", "domestic_abuse"),
    ("they're paying him in vapes to mind a bag", "exploitation"),
    ("he says immigrants are vermin and should be wiped out", "radicalisation"),
    ("some girls are sharing a photo of her in the shower", "bullying_harassment"),
    ("a man conned my grandad out of his savings on the doorstep", "adult_at_risk"),
]


@pytest.mark.parametrize(("text", "subtype"), FAMILIES)
def test_family_is_flagged_with_its_subtype(text: str, subtype: str) -> None:
    assert top_subtype(text) == subtype


FAMILY_NEGATIVES = [
    "i'm collecting my nan's tablets from the chemist on the way",
    "i've got my inhaler and my tablets in my bag",
    "the budget for the minibus is going to be cut",
    "she's getting her hair cut before the photos",
    "the cutting room for the film club is booked",
    "the ceremony for the year six leavers is on friday",
    "my phone's about to die, can you text me",
    "this traffic is killing me, i'm running late",
    "can the coach text the team the kick off time",
    "the passport office kept my passport for weeks",
    "i need to change my bank details for payroll",
    "my son's in the school play as a drug dealer",
    "we're reading a novel about a boy who self harms",
    "i'm dead tired after the night shift",
    "the old people's home is hosting the choir",
    "my husband is picking up the kids because i'm at work",
    "is this call being recorded",
    "my business partner keeps ringing about the invoice",
    "i cut my hand on the paper cutter, have you got plasters",
    "he's been selected for the county team",
    "the drama club is doing a piece about knife crime",
    "can i get a bag of change for the tuck shop",
    "my son's been off school three times this month with colds",
    "i left my husband at the shops, can i pick up my daughter early",
    "the young carers group meets on thursdays",
    "we've run out of razors in the boarding house",
    "i'm ringing about the bleach smell in the toilets",
    "is the quarry walk on the geography trip safe",
    "can you look after a bag of lost property for me",
]


@pytest.mark.parametrize("text", FAMILY_NEGATIVES)
def test_family_hard_negative_is_not_a_disclosure(text: str) -> None:
    assert top_subtype(text) is None


SELF_HARM_HEALTH = [
    # health must cover the self-harm clause whatever tier found it (R3)
    ("i've got the pills lined up here", "pills lined up"),
    ("she's swallowed a whole packet of paracetamol twenty minutes ago", "paracetamol"),
    ("i cut my wrist and there's blood everywhere", "cut my wrist"),
]


@pytest.mark.parametrize(("text", "gone"), SELF_HARM_HEALTH)
def test_self_harm_clause_is_masked_as_health(text: str, gone: str) -> None:
    result = default_engine().scan(text)
    assert "health" in result.categories
    assert gone not in result.redacted


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("tablets and a noose under the bed, tonight", "noose"),
        ("the tablets and vodka, tonight, goodbye", "tablets"),
    ],
)
def test_word_list_self_harm_is_masked_as_health(text: str, gone: str) -> None:
    # no phrase rule knows these wordings; only the word-list tier (score 0.62) sees them
    result = default_engine().scan(text)
    flags = [f for f in result.findings if f.kind == "safeguarding"]
    assert [f.label for f in flags] == ["self_harm_suicide"]
    assert all(f.score < 0.7 for f in flags)
    assert "health" in result.categories
    assert gone not in result.redacted


IDENTITY = [
    ("as a black woman i feel singled out in that office", "racial_ethnic_origin", "black woman"),
    ("being the only asian lad in the team is hard", "racial_ethnic_origin", "asian lad"),
    ("as a devout hindu i can't eat the beef option", "religion_belief", "devout hindu"),
    ("as a lesbian parent i want the form to say parent not mother", "sex_life_orientation", "lesbian parent"),
    ("me and my husband are both men so the letters are wrong", "sex_life_orientation", "both men"),
    ("he's wearing an electronic tag until june", "criminal_offence", "electronic tag"),
    ("i've got a tag on my ankle so i can't do late shifts", "criminal_offence", "tag on my ankle"),
    ("the paternity results came back", "genetic", "paternity results"),
    ("she carries the sickle cell trait", "genetic", "sickle cell trait"),
    ("our whole genome sequencing results are back", "genetic", "genome sequencing"),
    ("my trans daughter wants to change her name on the register", "sex_life_orientation", "trans daughter"),
    ("i don't want my son's fingerprints scanned for lunch", "biometric", "fingerprints scanned"),
    ("the school is scanning the children's faces at the gate", "biometric", "children's faces"),
]


@pytest.mark.parametrize(("text", "label", "gone"), IDENTITY)
def test_identity_fact_is_labelled_and_masked(text: str, label: str, gone: str) -> None:
    result = default_engine().scan(text)
    assert label in result.categories
    assert gone not in result.redacted


IDENTITY_NEGATIVES = [
    ("the price tag on the blazer is wrong", "criminal_offence"),
    ("can my son play tag rugby on saturday", "criminal_offence"),
    ("i need to renew my name tag for the open day", "criminal_offence"),
    ("is the black cab rank still by the station", "racial_ethnic_origin"),
    ("i unlock my phone with face id", "biometric"),
    ("he scanned the document and emailed it", "biometric"),
]


@pytest.mark.parametrize(("text", "label"), IDENTITY_NEGATIVES)
def test_identity_hard_negative(text: str, label: str) -> None:
    assert label not in labels(text, "category")


def test_carrier_disease_is_one_genetic_fact_but_a_diagnosis_stays_health() -> None:
    carrier = "my test showed i'm a carrier for cystic fibrosis"
    diagnosis = "his genetic test confirmed he has cystic fibrosis"
    assert labels(carrier, "category") == {"genetic"}
    assert labels(diagnosis, "category") == {"genetic", "health"}


def test_orientation_is_kept_inside_a_bullying_disclosure() -> None:
    text = "my daughter is a lesbian and she's being picked on in the changing rooms"
    assert top_subtype(text) == "bullying_harassment"
    assert "sex_life_orientation" in labels(text, "category")


HUMAN_REQUESTS = [
    "fetch me the manager",
    "can i have the duty manager please",
    "i'd like a member of staff to phone me instead of this automated system",
    "i'd rather speak to an actual person",
    "put someone on the phone who works there",
    "i want a human instead of this robot",
    "get me your supervisor please",
]


@pytest.mark.parametrize("text", HUMAN_REQUESTS)
def test_human_request_family(text: str) -> None:
    assert labels(text, "intent") == {"human_request"}


@pytest.mark.parametrize(
    "text",
    [
        "the manager said the forms are in the office",
        "can the head of year ring me about options",
        "is the automated gate broken again",
    ],
)
def test_not_a_human_request(text: str) -> None:
    assert "human_request" not in labels(text, "intent")


@pytest.mark.parametrize(
    ("text", "objection"),
    [
        ("i'd rather this wasn't recorded", True),
        ("i would prefer the call was not recorded", True),
        ("i'd rather the concert was recorded for the parents", False),
    ],
)
def test_rather_not_recorded(text: str, objection: bool) -> None:
    assert ("recording_objection" in labels(text, "intent")) is objection


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "there's a girl on the top floor of the car park right now and she keeps saying she's going to jump",
            "going to jump",
            "car park",
        ),
        ("my brother's on the bridge by the station right now, he's threatening to throw himself off", "throw himself", "station"),
    ],
)
def test_suicidal_words_stay_health_under_immediate_danger(text: str, gone: str, kept: str) -> None:
    """R2 makes it immediate danger; R3 still masks suicidal content as health."""
    result = default_engine().scan(text)
    assert result.safeguarding == "immediate_danger"
    assert gone not in result.redacted
    assert kept in result.redacted


def test_a_weapon_under_immediate_danger_is_not_health() -> None:
    result = default_engine().scan("there's a lad in the car park right now with a blade, he's going for the year sevens")
    assert result.safeguarding == "immediate_danger"
    assert "health" not in result.categories
