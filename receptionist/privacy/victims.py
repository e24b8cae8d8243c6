"""Which subtype a disclosure is, from who is harmed.

Phrase rules read the harm ("locks her in the box room", "breaks her nose") and guess the
subtype from who does it: a partner or an ex points to domestic abuse, a parent figure to
child abuse. Who is *harmed* decides it in the labelling rules, and callers say that too:

- harm done to a child ("shuts my daughter in the box room, she's only seven") is child
  abuse, even when a partner or an ex's new partner does it;
- harm done to the caller's mother or partner ("my dad ... broke her nose, mummy's neck") is
  domestic abuse, even when a child is the one telling it;
- neglect of an older adult ("he's eighty, eating out of tins, no heating") is an adult at
  risk, not the neglect of a child.

Each check needs the victim said as a noun phrase next to a harm verb, so pronouns that could
be anyone ("her") never move a subtype.
"""

from __future__ import annotations

from typing import Final

from receptionist.privacy.patterns import compile_pattern
from receptionist.privacy.types import Finding

_CHILD_ABUSE: Final = "child_abuse"
_DOMESTIC: Final = "domestic_abuse"
_NEGLECT: Final = "neglect"
_ADULT_AT_RISK: Final = "adult_at_risk"

_HARM_VERB = (
    r"(?:hit|hits|hitting|slap\w*|punch\w*|kick\w*|beat|beats|beating|batter\w*|lock\w*|shut|shuts|shutting|touch\w*|"
    r"grab\w*|burn\w*|scream\w* at|shout\w* at|yell\w* at|hurt\w*|strangl\w*|chok\w*|throttl\w*|squeez\w*|smack\w*|"
    r"whack\w*|belt\w*|push\w*|shov\w*|throws? \w+ at|threw \w+ at|pinch\w*|starv\w*|bit|bites|drag\w*|thump\w*)"
)
_CHILD_NOUN = (
    r"(?:my|our|his|her|their|the|a|that|this) (?:little |wee |baby |youngest |eldest |oldest |younger |new )?(?:\w+ year old|"
    r"daughter|son|girl|boy|lad|lass|lassie|kid|kids|children|child|toddler|baby|bairn|bairns|grandson|granddaughter|"
    r"niece|nephew|sister|brother|stepson|stepdaughter|little one|little ones|wee one|wee ones)\b"
)
_ADULT_VICTIM = r"(?:my mum|my mam|my mom|my mother|her mum|his mum|their mum|mummy|mammy|my wife|his wife|my partner)\b"

# harm done, not threatened: "if i tell anyone he'll hurt my mum" is a threat to silence a child
_DONE = r"(?<!.ll\s)(?<!will\s)(?<!would\s)(?<!to\s)(?<!.d\s)(?<!gonna\s)(?<!might\s)"
_HARMS_CHILD: Final = compile_pattern(r"\b" + _DONE + _HARM_VERB + r" (?:\w+ )?" + _CHILD_NOUN)
_HARMS_ADULT: Final = compile_pattern(r"\b" + _DONE + _HARM_VERB + r" (?:\w+ )?" + _ADULT_VICTIM)
# whoever's mother it is, her neck or her nose: "daddy squeezed mummy's neck", "broke her mum's nose"
_ADULT_BODY: Final = compile_pattern(
    r"\b(?:mummy's|mammy's|my mum's|my mam's|her mum's|his mum's) (?:neck|throat|nose|face|arm|head|hair)\b"
)

# A child said to be one: an age up to fifteen, a school year, "little", "wee", a baby.
_CHILD_CUE: Final = compile_pattern(
    r"\b(?:(?:he's|she's|who's|they're|he is|she is|aged|only|is|are) (?:only |just )?(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|[1-9]|1[0-5])\b(?! (?:minutes|mins|hours|days|weeks|months|"
    r"quid|pounds|o'clock|pm|am))|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|\d+)[- ]year[- ]old|year (?:[1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\b|"
    r"little (?:girl|boy|lad|one|ones|brother|sister|un)|wee (?:boy|girl|lad|one|ones|man|lassie|sister|brother)|"
    r"toddler|baby|bairn|reception class|nursery|primary|infants?)\b"
)
# An older adult: an age of sixty and over, a grandparent, "elderly", care at home.
_OLDER_CUE: Final = compile_pattern(
    r"\b(?:sixty|seventy|eighty|ninety|in (?:his|her|their) (?:sixties|seventies|eighties|nineties)|elderly|pensioner|"
    r"gran|granny|nan|nana|nanna|grandad|grandma|grandfather|grandmother|old (?:lady|man|gentleman|chap|boy|woman)|"
    r"gentleman|dementia|alzheimer's|housebound|bedbound|carers?|care home|care workers?|home help)\b"
)


# A grandparent speaking of a grandchild: "i'm his gran", "my grandson" (the older adult is the caller).
_GRANDCHILD: Final = compile_pattern(
    r"\b(?:grandson|granddaughter|grandchild|grandchildren|grandkids?|grandbabies|(?:i'm|i am) (?:his|her|their) "
    r"(?:gran|granny|nan|nana|nanna|grandad|grandma|grandpa|grandmother|grandfather))\b"
)


def settle_by_victim(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` with the top subtype moved when who is harmed says otherwise (see module doc)."""
    if not found:
        return found
    top_score = max(f.score for f in found)
    top = {f.label for f in found if f.score == top_score}
    child = _CHILD_CUE.search(text) is not None
    to: str | None = None
    harms_adult = _HARMS_ADULT.search(text) is not None or _ADULT_BODY.search(text) is not None
    harms_child = child and _HARMS_CHILD.search(text) is not None
    if _DOMESTIC in top and harms_child and not harms_adult:
        to, frm = _CHILD_ABUSE, _DOMESTIC
    elif _CHILD_ABUSE in top and harms_adult and not harms_child:
        to, frm = _DOMESTIC, _CHILD_ABUSE
    elif _NEGLECT in top and not child and _OLDER_CUE.search(text) is not None and _GRANDCHILD.search(text) is None:
        to, frm = _ADULT_AT_RISK, _NEGLECT
    if to is None:
        return found
    return [Finding(f.kind, to, f.start, f.end, f.score) if f.label == frm and f.score == top_score else f for f in found]

