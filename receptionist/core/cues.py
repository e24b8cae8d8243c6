"""What a caller's words ask for, as far as the call flow's own decisions need to know.

These are deliberately simple, auditable patterns. The privacy engine decides what is
sensitive; this module recognises conversational moves the flow acts on in code
(objecting to recording, asking for a person, trying to subvert the receptionist,
abuse, goodbye), so that none of those decisions is left to a language model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OBJECTION = re.compile(
    r"\b(don'?t|do not|didn'?t|rather not|rather you didn'?t|prefer not|not happy|not ok(ay)?|object|stop|"
    r"switch(ing)? off|turn(ing)? off|no|don'?t consent|do not consent)\b"
    r"[^.?!]{0,40}\b(record(ed|ing)?|taped)\b"
    r"|\b(record(ed|ing)?)\b[^.?!]{0,30}\b(no thanks|please don'?t|not ok(ay)?|i object|off|prefer not|rather not)\b"
    r"|\bpeidiwch (â|a) recordio\b|\bdim recordio\b",
    re.I,
)
_CONSENT_YES = re.compile(r"^\s*(yes|yeah|yep|sure|ok|okay|that's fine|fine|go ahead|no problem|of course|ie|iawn)\b", re.I)
_HUMAN = re.compile(
    r"\b(speak|talk|chat) (to|with) (a |an |the |someone|somebody|a real|a human|a person|person|human|[a-z]+ officer)"
    r"|\b(put|transfer|connect) me (through|to)\b|\bput me through\b|\btransfer me\b|\breal person\b|\bhuman being\b"
    r"|\bis there (a|an) (human|person|real person|actual person)\b[^.?!]{0,25}\b(speak|talk)"
    r"|\b(get|fetch) me (a|the) (manager|supervisor|person|human)\b|\bhave a word with\b"
    r"|\b(someone|somebody) (real|in person)\b|\boperator\b|\bsiarad (â|a|gyda) (rhywun|person)\b",
    re.I,
)
_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|override|bypass)\b[^.?!]{0,30}\b(instruction|rule|prompt|guideline|polic|previous|above)"
    r"|\bnew instructions?\b|\bsystem prompt\b|\byour (instructions|prompt|rules|configuration)\b"
    r"|\b(developer|debug|admin|god) mode\b|\byou are now\b|\bpretend (to be|you are)\b"
    r"|\b(everyone|anyone|other (people|callers?)|the last caller|previous caller|who else)\b[^.?!]{0,40}\b(call|rang|phoned|number|detail|name)"
    r"|\b(numbers?|details|names|addresses) of (everyone|all|other|the people)\b"
    r"|\b(api key|password|secret|token|credentials)\b",
    re.I,
)
_ABUSE = re.compile(
    r"\b(thick|stupid|idiot|useless|moron|pathetic|f+u+c+k\w*|shit\w*|piss (off|of)|dickhead|bastard|bitch|"
    r"twat|wanker|cunt|shut up|waste of (space|council tax|money|time)|tosser|brainless|clueless)\b",
    re.I,
)
_PRANK = re.compile(r"\b(ha ?ha|haha+|lol|lmao|just kidding|jk|only joking|from the moon|on the moon|to the moon)\b", re.I)
_GOODBYE = re.compile(
    r"^\W*(ok(ay)?|fine|right|great|lovely|cheers|thanks?( you)?( very much)?|ta|that's (it|all|everything)|"
    r"no(,)? (that's|thats) (it|all|everything)|no(,)? thanks?( you)?|nothing else|bye|goodbye|diolch( yn fawr)?|"
    r"hwyl( fawr)?|ta ra|see you)\b[\w\s,.!']*$",
    re.I,
)
# Words a closing turn is made of ("ok thanks, that's great, bye"); anything else means it says more.
_CLOSING_WORDS = frozenset({
    "ok", "okay", "fine", "right", "great", "lovely", "cheers", "thanks", "thank", "you", "very", "much", "ta",
    "that's", "thats", "that", "it", "all", "everything", "no", "nothing", "else", "bye", "goodbye", "diolch", "yn",
    "fawr", "hwyl", "see", "ya", "then", "brilliant", "perfect", "cool", "alright", "was", "helpful", "for", "your",
    "help", "so", "sorted", "good", "many", "ra",
})
_THANKS_OR_NO = re.compile(r"\b(thanks?|thank you|cheers|ta|diolch|no|nothing)\b", re.I)
_ENDS_CALL = re.compile(r"\b(bye|goodbye|hwyl|ta ra|that's all|that's everything|nothing else|diolch yn fawr)\b", re.I)
_DECLINE = re.compile(
    r"\b(rather not|prefer not|not telling|won'?t say|don'?t want to (say|give)|no need|don'?t call|do not call|"
    r"no call ?back|not necessary|anonymous|(don'?t|do not) (want|need) (a |to be )?(call ?back|called back|phoned back))\b",
    re.I,
)
_NEGATIVE = re.compile(r"^\s*(no|nope|nah|not really|na)\b", re.I)
_LEAD_IN = r"^\W*(?:(?:hi|hello|hiya|hey|morning|afternoon|ok|okay|and|so|um|erm|er|right|also|sorry|yes|yeah)\W+)*"
_QUESTION = re.compile(
    r"\?\s*$|" + _LEAD_IN + r"(what|when|where|which|who|how|why|can|could|do|does|is|are|will|would|have|has|am i|should)\b"
    r"|\b(can i|could i|do you|is there|are there|are you|is it|will you|how (do|can|much|long)|what time|"
    r"when (is|does|do|are))\b",
    re.I,
)
_HOURS = re.compile(r"\b(open|opening|close|closing|closed|shut|hours)\b", re.I)
_PURPOSE = re.compile(
    r"\b(want|wanted|need|needs|needed|like to|'d like|would like|after|looking for|about|calling|ringing|phoning|"
    r"enquir|inquir|ask|question|lost|book|booking|apply|applying|application|pay|paying|report|reporting|"
    r"complain|object|cancel|renew|replace|replacement|help with|problem|issue|appointment|can i|could i|"
    r"can you|could you|can the|could the|would you|please|how do|what time|when|where|is there|do you|"
    r"supposed to|not coming|won't be|can't make|missing|eisiau|isio|moyn|ynglŷn|angen|am y|allwch chi)\b|\?",
    re.I,
)
_PAYMENT_CUE = re.compile(
    r"\b(card (number|details|no)|long number|expiry|expires|cvv|cvc|security (code|number)|three digits|"
    r"sort code|account number|iban|(debit|credit|bank|visa|mastercard) card|pay by card|card payment)\b",
    re.I,
)
# Saying they want to pay now: the next turns may be card digits read out in words, which the
# engine can't tell from any other number without this context.
_PAYMENT_INTENT = re.compile(
    r"\b(pay|paying|payment|renew|top up)\b[^.?!]{0,40}\b(by card|on (my|a) card|with (a |my )?(debit |credit )?card|"
    r"over the phone|by phone|now)\b|\b(by|with) (debit|credit) card\b|\btake (a )?(card )?payment\b",
    re.I,
)
_WELSH = re.compile(
    r"\b(dw i|rydw i|ydw i|eisiau|diolch|prynhawn da|bore da|noswaith dda|shwmae|os gwelwch yn dda|"
    r"allwch chi|ffurflen|ar goll|mae'r|ydych chi|dwi|plîs|hwyl|croeso)\b",
    re.I,
)


SHORT_WORDS = 6


@dataclass(frozen=True, slots=True)
class Cues:
    """Conversational moves found in one caller utterance."""

    objection: bool = False
    consent_yes: bool = False
    human_request: bool = False
    injection: bool = False
    abuse: bool = False
    prank: bool = False
    goodbye: bool = False
    ends_call: bool = False
    negative: bool = False
    question: bool = False
    purpose: bool = False
    payment_cue: bool = False
    payment_intent: bool = False
    welsh: bool = False
    hours: bool = False
    short: bool = False
    declines: bool = False
    # Only "ok" / "right" / "great": an acknowledgement, not a goodbye, while a question is open.
    acknowledgement: bool = False


def read_cues(text: str, *, engine_intents: tuple[str, ...] | list[str] = ()) -> Cues:
    """The moves in ``text``; the privacy engine's intents count too (either source suffices)."""
    objection = "recording_objection" in engine_intents or bool(_OBJECTION.search(text))
    human = "human_request" in engine_intents or bool(_HUMAN.search(text))
    ends_call = bool(_ENDS_CALL.search(text))
    # "ok fine, I want to ask about…" or "no thanks, I'd rather not be recorded" open with a
    # goodbye-like word but carry on the call: only a turn with nothing else in it is a goodbye.
    only_closing = all(w in _CLOSING_WORDS for w in re.findall(r"[a-z']+", text.lower()))
    goodbye = bool(_GOODBYE.match(text)) and (
        only_closing or (ends_call and not (objection or human or _PURPOSE.search(text) or _QUESTION.search(text)))
    )
    return Cues(
        objection=objection,
        consent_yes=bool(_CONSENT_YES.match(text)),
        human_request=human,
        injection=bool(_INJECTION.search(text)),
        abuse=bool(_ABUSE.search(text)),
        prank=bool(_PRANK.search(text)),
        goodbye=goodbye,
        ends_call=ends_call,
        negative=bool(_NEGATIVE.match(text)),
        question=bool(_QUESTION.search(text)),
        purpose=bool(_PURPOSE.search(text)),
        payment_cue=bool(_PAYMENT_CUE.search(text)),
        payment_intent=bool(_PAYMENT_INTENT.search(text)),
        welsh=bool(_WELSH.search(text)),
        hours=bool(_HOURS.search(text)),
        short=len(text.split()) <= SHORT_WORDS,
        declines=bool(_DECLINE.search(text)),
        acknowledgement=goodbye and not ends_call and not _THANKS_OR_NO.search(text),
    )


_NOT_PAYMENT_CARD = re.compile(r"\b(student|library|id|identity|membership|member|loyalty|bus|oyster|railcard|nhs)\s+$", re.I)


def payment_cue_end(text: str) -> int | None:
    """Offset just after the last card/bank cue word, so digits after it can be masked."""
    last = None
    for m in _PAYMENT_CUE.finditer(text):
        # "library card number" is an identifier, not card data.
        if m.group(0).lower().startswith("card") and _NOT_PAYMENT_CARD.search(text[: m.start()]):
            continue
        last = m.end()
    return last
