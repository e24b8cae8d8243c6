"""Which safeguarding subtype a generic disclosure is, from who is involved and where.

Generic harm cues (:mod:`receptionist.privacy.disclosure`) say *that* something is wrong; the
subtype follows mostly from the people in the sentence — a partner doing it (domestic abuse),
an older or disabled adult on the receiving end (adult at risk), peers or strangers online
(bullying and harassment), a child (child abuse, or neglect when the harm is unmet needs) —
and from domain words for the rarer subtypes. Each cue family carries a weight; the subtype
with the highest total wins, ties broken by how often the subtype is right on thin evidence.
"""

from __future__ import annotations

import re
from typing import Final

from receptionist.privacy.patterns import compile_pattern

# (subtype, weight, cue alternation)
_CUES: Final[tuple[tuple[str, int, str], ...]] = (
    ("self_harm_suicide", 2, r"(?<!forced\s)(?<!forces\s)(?<!forcing\s)(?<!exposing\s)(?<!exposed\s)(?<!exposes\s)"
     r"(?:myself|herself|himself|themselves)|goodbyes?|wake up|waking up|"
     r"better off|end it|ending it|no point|nothing to live for|rope|tablets|pills|paracetamol|"
     r"overdose|overdosing|overdosed|suicidal|suicide|noose|blades?|razors?|burden|long sleeves|sleeves|covers? (?:them|it) up|"
     r"hides? (?:them|it)|hiding (?:them|it)|on purpose|to feel|sharpener|plasters|"
     r"does it (?:to )?(?:herself|himself|themselves|myself)"),
    ("immediate_danger", 2, r"right now|just now|this minute|can't find|wandered off|missing|"
     r"knife|gun|blade|bleeding|on fire|trying to get in|at the door|not breathing"),
    ("child_abuse", 1, r"son|daughter|child|children|kid|kids|boy|girl|lad|baby|toddler|pupil|"
     r"year (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)|little (?:one|boy|"
     r"girl|brother|sister|lad)|foster|stepdad|step dad|stepmum|coach|tutor group|babysitter|"
     r"nursery|reception class|primary|tutor|teacher|instructor|instagram|snapchat|roblox|"
     r"fortnite|discord|meet him|tell my parents"),
    ("child_abuse", 2, r"grown man|adult man|(?:his|her|their) (?:dad|mum|father|mother|stepdad|step dad|stepmum|"
     r"parents)|i'm (?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
     r"fifteen)|(?:he's|she's) (?:only )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
     r"twelve)|"
     r"(?:her|his|their|my) (?:dad|mum|stepdad|step dad|father|mother)'s|(?:mum|mam|mom)'s (?:new )?(?:boyfriend|"
     r"fella|partner)|dad's (?:girlfriend|partner)|foster carer|photos of the (?:kids|children)"),
    ("child_abuse", 2, r"nephew|niece|grandson|granddaughter|stepson|stepdaughter|"
     r"secret|secrets|private parts|down there|babysits|babysitting|photos of (?:him|her)|get changed|getting changed|"
     r"undress\w*"),
    ("neglect", 1, r"food|clothes|wash|washed|cold|coat|floor|midnight|drinking|thin|snow"),
    ("neglect", 2, r"feed|fed|hungry|fridge|nappy|nappies|dirty|smell|smelly|filthy|"
     r"on (?:his|her|their) own|alone|doctor|dentist|underweight|plaster|infected|no bed|"
     r"look after the baby|begging|not come home|freezing|always drunk|left it|gone out|"
     r"in the dark|no electric"),
    ("neglect", 4, r"kicked (?:him|her|them) out|thrown (?:him |her |them )?out|sleeping rough|"
     r"in a tent|threw (?:him|her|them) out|nowhere "
     r"to (?:go|sleep)|no one (?:feeds|washes|looks after)"),
    ("domestic_abuse", 3, r"husband|wife|(?<!dad.s\s)(?<!mum.s\s)(?<!mam.s\s)(?<!mom.s\s)(?:partner|boyfriend|girlfriend)|ex|ex-?husband|ex-?wife|"
     r"ex-?partner|fianc\w*|son-in-law|daughter-in-law|other half|married|relationship|refuge|"
     r"non-molestation|temper|fella|bloke|wage|the lady|a lady|the woman|a woman|she'd been|benefits|wages|universal credit|quid a week|allowance|hits my mum|hits my dad|hit my mum|strangl\w*|throat|neck|"
     r"chok\w*|scared to go home|go home tonight"),
    ("exploitation", 2, r"older (?:men|man|lads|guys|mates?|friends?|boyfriend)|dealer|dealers|"
     r"dealing|deal from|gang|other towns?|county|train|different men|men in|vodka|hotel|"
     r"parties|workers|wages|passports?|upstairs|owes?|debt|for cash|trainers|new phone|"
     r"picked up by|pimp\w*|birmingham|london|manchester|liverpool|for a job|came over|"
     r"for nothing|not paid|boss has|landlord|rent|older man|pays her|brought her|nail salon|"
     r"children's home|the same house|older men|"
     r"out of town|cuckoo\w*|weed|sell|"
     r"works every day|blokes|selling|deliver\w*|drop off|"
     r"bags of|stairwell|staying over|who's (?:twenty|thirty|forty)"),
    ("radicalisation", 3, r"lizards|zionists|globalists|jews|muslims|islam|infidels|non-believers|white (?:people|race|"
     r"power)|race|nazi|extrem\w+|leaflets|syria|jihad|fight back|should be killed|preacher|"
     r"the west|mosque|synagogue|manifesto|incel|women deserve"),
    ("fgm", 3, r"(?:her|them|girls?|daughters?) (?:\w+ )?(?:cut|done)|be cut|get cut|procedure|circumcis\w+|ceremony|purif\w+|tradition|sudan|somalia|"
     r"egypt|gambia|guinea|sierra leone|djibouti|eritrea|ethiopia|mali|kenya|nigeria|"
     r"yemen|back home"),
    ("bullying_harassment", 1, r"class|school|bus|playground"),
    ("bullying_harassment", 1, r"every day"),
    ("bullying_harassment", 3, r"(?:a |this )?(?:group|gang) of (?:boys|girls|lads|kids|pupils)|"
     r"spat|spit|spitting|dinner money|fake (?:account|"
     r"profile)|push (?:\w+ ){1,2}around|pushing (?:\w+ ){1,2}around|waited for (?:him|her)"),
    ("domestic_abuse", 4, r"(?:kicked|punched|hit|kicks|punches|hits|kicking|punching) me in the (?:belly|stomach|bump|tummy)|"
     r"(?:i'm|i am) (?:\w+ )?(?:\w+ )?weeks(?: pregnant| gone)?\b|threaten\w* to out me|loans? in my name"),
    ("domestic_abuse", 3, r"not allowed me|won't let me (?:see|have|go|out)|reads (?:all )?my|"
     r"checks my (?:phone|messages|bank)|see my (?:family|friends)|leave (?:him|her|my partner|"
     r"my husband|my wife)|when (?:he's|he has|he) (?:had a drink|had a few|drunk|been drinking|drinks)|"
     r"(?:i'm|i am) (?:\w+ )?(?:\w+ )?(?:weeks )?pregnant"),
    ("exploitation", 3, r"(?:in their|in his|in her) (?:twenties|thirties)|(?:twenty|thirty) "
     r"(?:one|two|three|four|five|six|seven|eight|nine)|his mates|give (?:her|him) (?:vodka|drink|"
     r"drugs|weed)|parties with|packages|parcels|holding (?:stuff|things|bags|it)|"
     r"for (?:some|these|older) (?:guys|lads|men|boys)|come for|owes? them|carrying"),
    ("bullying_harassment", 3, r"(?:boys|girls|lads|kids|pupils|children) (?:in|from) (?:his|her|"
     r"my|the|their) (?:\w+'s )?(?:class|year|form|group|team|school)|(?:boys?|girls?|lads?|"
     r"kids?|pupils?) (?:in|from) year \w+|voice notes?"),
    ("bullying_harassment", 2, r"classmates?|in (?:her|his|my) year|"
     r"colleague|manager|boss|supervisor|team leader|foreman|customer|man at work|at work|mocking|mimicking|"
     r"impressions|taking the mick|online|snapchat|tiktok|instagram|"
     r"whatsapp|messages|messaging|group chat|video|comments?|names|someone|"
     r"somebody|letters|fat|ugly|girls from|boys from|lads from|kids from|year (?:sevens|eights|"
     r"nines|tens|elevens)|the other (?:kids|boys|girls|lads)|held (?:him|her) down|slag|slut|"
     r"whore|in her bra|calling (?:her|him|my \w+)"),
    ("adult_at_risk", 4, r"nan|gran|grandma|grandad|nana|elderly|old (?:lady|man|chap|woman|"
     r"cow|boy)|pension|care home|(?<!foster\s)carers?|home help|warden|sheltered|residents?|dementia|"
     r"alzheimer's|disabilit\w+|disabled|down's|autistic|learning difficult\w+|bungalow|"
     r"(?:sixty|seventy|eighty|ninety)(?:[- ]\w+)?|my (?:aunt|auntie|uncle)'s|bank details|"
     r"vulnerable|frail|our ladies|our residents|our clients|service users?|day centre|"
     r"gentleman|wheelchair|blind|deaf|housebound|bedbound|his will|her will|"
     r"letting himself in|lets himself in"),
)
_PATTERNS: Final[tuple[tuple[str, int, re.Pattern[str]], ...]] = tuple(
    (label, weight, compile_pattern(r"(?<![\w'])(?:" + cues + r")s?(?![\w])"))
    for label, weight, cues in _CUES
)
# Ties go to the subtype most often right when evidence is thin.
_PREFERENCE: Final = (
    "child_abuse",
    "domestic_abuse",
    "adult_at_risk",
    "exploitation",
    "neglect",
    "bullying_harassment",
    "radicalisation",
    "fgm",
    "self_harm_suicide",
    "immediate_danger",
)


def infer_subtype(text: str) -> str:
    """The subtype whose weighted context cues are most present in ``text`` (normalised)."""
    totals = dict.fromkeys(_PREFERENCE, 0)
    for label, weight, pattern in _PATTERNS:
        totals[label] += weight * sum(1 for _ in pattern.finditer(text))
    return max(_PREFERENCE, key=lambda label: totals[label])
