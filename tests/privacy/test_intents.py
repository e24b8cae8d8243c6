"""Intent detector tables: asking for a human, objecting to recording, and the look-alikes."""

from __future__ import annotations

import pytest

from receptionist.privacy.semantic import detect_semantic


def intents(text: str) -> set[str]:
    return {f.label for f in detect_semantic(text) if f.kind == "intent"}


@pytest.mark.parametrize(
    "text",
    [
        "can i talk to a real person please",
        "i'm not going through all this with a machine, is there a number for the office",
        "can i just speak to one of the girls on reception about the invoice",
        "i don't want to talk to a robot, get me someone from housing",
        "just put me through to the finance office",
        "could i speak to Mrs Okafor in the exams office",
        "are you a computer? i want a human",
        "transfer me to reception please",
        "i'd rather speak to somebody real if that's ok",
        "can i have someone from admissions, this is too complicated for a machine",
        "i want a person to ring me back, not the automated thing",
        "operator please",
        "can i speak to the headteacher",
        "connect me with the duty manager",
        'get me a human please',
        'i want to talk to someone, not a machine',
        'is there anyone i can actually talk to',
        'can you transfer me to the council tax team',
        'can i be put through to the housing office',
        "i'd like to speak with a member of the admissions team",
        'let me talk to your manager',
        'is there a person there',
        "i need a real human, this isn't working",
        'um can someone real call me back',
        'pass me on to someone in finance please',
        'i want to speak to the head of year now, put me through',
        'stop, i want a person',
        'can i speak to somebody in the exams office',
        'could you connect me to Dr Hughes',
        'i just want to talk to a human being',
        "i'd like to be transferred to a real person",
        "you're a bot aren't you, get me someone who works there",
    ],
)
def test_human_request(text: str) -> None:
    assert "human_request" in intents(text)


@pytest.mark.parametrize(
    "text",
    [
        "can the head of year ring me when she's free",
        "one of the lads in the office fixed my boiler last week",
        "my son won't do his homework with a computer, he wants a textbook",
        "is Mr Davies in today",
        "who's the person in charge of lettings",
        "my son's tutor is Mrs Khan, she said to call",
        "could you ask the bursar to email me the invoice",
        "a member of staff told me the form was online",
        'can you ask Mr Jones to call me back',
        'i spoke to a lady yesterday about this',
        'the head of year rang me earlier',
        'is the office manager in on Monday',
        "my son's teacher is Mr Shah",
        'please pass on a message to the head',
        'who is the person in charge of admissions',
        "i'll speak to my husband and ring back",
        "tell the receptionist i'll be late",
        # asking for a matter to be dealt with, not for a human instead of the assistant
        "i need to talk to someone about the overpayment on my account",
        "can i speak to someone about the school trip deposit",
        "i want to talk to somebody about my son's timetable",
    ],
)
def test_not_a_human_request(text: str) -> None:
    assert "human_request" not in intents(text)


@pytest.mark.parametrize(
    "text",
    [
        "i don't want this call recorded",
        "if you're recording this then i'm putting the phone down",
        "is it recorded? cos i don't give my permission for that",
        "please don't record me",
        "can you turn the recording off",
        "i object to being recorded",
        "i'm not happy being recorded, can we do this without it",
        "i don't consent to recording",
        "stop the recording please",
        "i'd rather you didn't record this",
        "no recording thanks",
        "peidiwch â recordio, diolch",
        "please don't record this conversation",
        "i'm not comfortable with this being recorded",
        'turn off the recorder please',
        "i'd prefer not to be recorded",
        "i don't agree to this call being recorded",
        'i do not give permission to record this',
        "delete this recording after please, i don't want it kept",
        "i don't want my voice recorded",
        "i'm not having this recorded",
        "no, don't record, i'm not ok with that",
        'can you stop recording me, thanks',
        "i don't want to be taped, thanks",
        "i object to this call being recorded",
        "i object to you recording what i say",
        "i don't consent to being recorded",
    ],
)
def test_recording_objection(text: str) -> None:
    assert "recording_objection" in intents(text)


@pytest.mark.parametrize(
    "text",
    [
        "is this call being recorded",
        "i'm recording the nativity, if it's recorded i'll send a copy to nan",
        "yes that's fine, you can record it",
        "can i get a recording of the school concert",
        "my daughter's doing recorder in year four",
        "i recorded the assembly on my phone, can i share it",
        "i'm happy to be recorded",
        "are the council meetings recorded and put online",
        'is there a recording of the play',
        'how long do you keep the recordings',
        'can i have a copy of the call recording',
        "i don't mind being recorded",
        "please record my son's absence",
        "i'd like to record a message for the teacher",
        'please make a record that i called',
        'the recorder group meets on Tuesday',
        "yes you can record, that's fine",
        'was the assembly recorded',
    ],
)
def test_not_a_recording_objection(text: str) -> None:
    assert "recording_objection" not in intents(text)


def test_intent_span_points_at_the_request() -> None:
    text = "hiya, it's about the bins, can i talk to a real person"
    found = [f for f in detect_semantic(text) if f.label == "human_request"]
    assert len(found) == 1
    assert "real person" in text[found[0].start : found[0].end]
