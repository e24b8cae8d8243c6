"""A weighted risk lexicon: the last net for disclosures no phrase or cue rule describes.

Callers describe harm in endless ways, but the *words* of harm recur: injuries, fear,
weapons, drugs, sexual words, secrecy, being left or locked in. Each word carries a hand-set
weight (reading-aid words that often sit in harmless sentences weigh less, and the words of
courses, events and bookings weigh negative). When the distinct words of an utterance add up
past :data:`THRESHOLD`, the utterance is flagged at a low score — inside the engine's
"uncertain" band, so it is both escalated (recall first) and offered to the second opinion.
"""

from __future__ import annotations

import re
from typing import Final

THRESHOLD: Final = 4.0
SCORE: Final = 0.62

_TOKEN: Final = re.compile(r"[a-z]+(?:'[a-z]+)?")

# weight -> words (all inflections listed: lookups are exact, which keeps this fast)
_LEXICON: Final[dict[float, str]] = {
    3.0: "strangled strangling strangle choked choking overdose overdosed overdosing suicidal "
    "suicide raped rape raping molested groomed grooming abused abusing abusive stabbed stab "
    "acid machete trafficked exploited radicalised extremist extremists fgm bondo khatna sunna "
    "beaten battered bruises bruised bruising terrified petrified hanging hang noose "
    "pimping pimp nudes naked unconscious kidnapped abducted snatched",
    2.0: "hit hits hitting punched punching punches kicked kicking slapped slapping slaps hurt "
    "hurting hurts scared frightened afraid threatened threatening threatens threat threats "
    "drunk drugs weed cannabis cocaine vodka screaming begging hungry filthy locked locks secret "
    "die dying dead kill killed killing jump jumping pills tablets weapon knife gun missing "
    "grabbed grabbing groped touching touched sexual sex older cash owes owe owed debt "
    "controls controlling emptying pension benefits wages sheikh infidels jihad nazi nazis slurs "
    "stalking stalker harassing harassed harassment bullied bullying bully bullies alone "
    "burn burns burnt burned cuts cutting blood bleeding bloody injuries injury marks "
    "shaking shook crying cries cried drowning drunken overdosed insulin rope goodbye "
    "goodbyes shouts shouting yelling swearing punish punished punishment belt cigarettes "
    "texting photos pictures pics private bits invading cause slap bruise shower "
    "skirt fighters slag abortion offered kicked strip undress",
    1.0: "late night tonight hours now left leaves leaving shouted mum dad stepdad stepmum "
    "boyfriend girlfriend partner husband wife ex fella child children baby kids son "
    "daughter girl boy girls boys elderly old eighty ninety blind disabled dementia "
    "alzheimer's learning disabilities difficulties lads men man stranger strangers "
    "nothing anymore any more tired decided planning plan worried worry scared "
    "outside door alcohol drinking drinks grabbing room flat house lodger carer carers",
    -1.0: "died funeral hamster pet watch watching",
    -2.0: "course courses training awareness talk assembly book booking hall project film "
    "play story lesson lessons club match team game fundraising charity volunteer "
    "volunteering policy workshop module essay presentation documentary novel quiz "
    "exam exams homework trip tickets invoice refund parking permit football ball final "
    "played makeup goal goals loading delivery panto",
}
_WEIGHTS: Final[dict[str, float]] = {
    word: weight for weight, words in _LEXICON.items() for word in words.split()
}


def _weight(word: str) -> float:
    """The word's weight, trying it and its simple inflectional stems ("slaps", "bruised")."""
    if word in _WEIGHTS:
        return _WEIGHTS[word]
    for suffix in ("s", "es", "ed", "d", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in _WEIGHTS:
                return _WEIGHTS[stem]
            if suffix in ("ed", "ing") and stem + "e" in _WEIGHTS:
                return _WEIGHTS[stem + "e"]
    return 0.0


def risk_score(text: str) -> float:
    """Sum of the weights of the distinct lexicon words in normalised ``text``."""
    return sum(_weight(word) for word in set(_TOKEN.findall(text)))


def is_risky(text: str) -> bool:
    """True when the utterance's words alone add up to a possible disclosure."""
    return risk_score(text) >= THRESHOLD
