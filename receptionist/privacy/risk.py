"""A weighted risk lexicon: the last net for disclosures no phrase or cue rule describes.

Callers describe harm in endless ways, but the *words* of harm recur: injuries, fear,
weapons, drugs, sexual words, secrecy, being left or locked in. Each word carries a hand-set
weight (reading-aid words that often sit in harmless sentences weigh less, and the words of
courses, events and bookings weigh negative). When the distinct words of an utterance add up
past :data:`THRESHOLD`, the utterance is flagged at a low score — inside the engine's
"uncertain" band, so it is both escalated (recall first) and offered to the second opinion.

A second, co-occurrence tier (:func:`is_concerning`) catches the quieter indirect phrasings:
a harm *signal* together with a *person* and a fear, secrecy, persistence or urgency *cue*.
Its signals also say which subtype they point to (:func:`concern_subtype`), for the cases
where who is involved cannot (an ideology, unmet needs, farewell words).
"""

from __future__ import annotations

import re
from itertools import pairwise
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
    "texting photos pictures pics bits invading slap bruise shower "
    "skirt fighters slag abortion offered kicked strip undress",
    1.0: "late night tonight hours now left leaves leaving shouted mum dad stepdad stepmum "
    "boyfriend girlfriend partner husband wife ex fella child children baby kids son "
    "daughter girl boy girls boys elderly old eighty ninety blind disabled dementia "
    "alzheimer's learning disabilities difficulties lads men man stranger strangers "
    "nothing anymore any more tired decided planning plan worried worry scared "
    "outside door alcohol drinking drinks grabbing room flat house lodger carer carers cause private",
    # machines that "won't let me in": a login, a barrier or a scanner is not a person
    -1.0: "died funeral hamster pet watch watching app website login password scanner barrier "
    "portal wifi voiceprint thumbprint fingerprint keys spare",
    -2.0: "course courses training awareness talk assembly book booking hall project film "
    "play story lesson lessons club match team game fundraising charity volunteer "
    "volunteering policy workshop module essay presentation documentary novel quiz "
    "exam exams homework trip tickets invoice refund parking permit football ball final "
    "bailiffs bailiff arrears instalments installments "
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


# Context words (people, places, times) weigh 1; a disclosure needs at least one word of harm.
_HARM_WEIGHT: Final = 2.0


def risk_score(text: str) -> float:
    """Sum of the weights of the distinct lexicon words in normalised ``text``; 0 when none of
    them is a word of harm (four context words, "carers leaving the door of the flats", are not
    a disclosure)."""
    weights = [_weight(word) for word in set(_TOKEN.findall(text))]
    return sum(weights) if any(w >= _HARM_WEIGHT for w in weights) else 0.0


def is_risky(text: str) -> bool:
    """True when the utterance's words alone add up to a possible disclosure."""
    return risk_score(text) >= THRESHOLD




# --- the co-occurrence tier -------------------------------------------------------------
# Indirect disclosures rarely use the heavy words above; they pair a quieter *signal* of harm
# ("split lip", "reads my messages", "gave his stuff away") with a *person* who could be
# harmed and a *cue* of fear, secrecy, persistence or urgency. Each alone is everyday
# speech; together they are worth a safeguarding lead's minute. Entries are single words or
# two-word phrases, matched exactly (set lookups keep this fast); the negative words of the
# lexicon above (courses, matches, bookings) count here too.
# subtype the signal points to ("" = decided by who is involved) -> weight -> entries
_SIGNAL_WORDS: Final[dict[str, dict[float, str]]] = {
    "": {
        3.0: "split_lip black_eye fingertip won't_explain scared_to too_scared spat our_secret "
        "secret_game secret_games",
        2.0: "marks flinches flinch flinching burn sores scratches welts blood bleed limping "
        "swollen bite bit_me bit_him bit_her bit_them spit pinned pushed shoved dragged smashed throws threw punish hurt "
        "hurts hit hits beat beats gets_violent violent temper kicks raises_his raises_her "
        "checks_my reads_my reads_all won't_let purse pension bank_card money_of "
        "sign_over signed_over not_allowed locks_me locked_me followed follows tracking "
        "in_trouble or_else tells_his tells_her tell_anyone undress touches touching "
        "sleepovers babysits withdraw thousands savings made_to",
        1.0: "photos pictures messages money keys family car the_bank the_night",
    },
    "self_harm_suicide": {
        3.0: "gave_away giving_away on_purpose",
        2.0: "long_sleeves scars scratching antidepressants sertraline citalopram fluoxetine "
        "the_point waking_up for_good sorry_to goodbye a_note it_would how_many another_day "
        "face_another better_off not_here not_long rope",
        1.0: "letters_to",
    },
    "neglect": {
        3.0: "never_sober",
        2.0: "proper_meal no_food fridge stink smelly nits rotten no_electric no_heating "
        "the_floor screaming wet_pads sober midnight",
        1.0: "alone on_his on_her his_own her_own their_own cereal hungry",
    },
    "exploitation": {
        3.0: "second_phone older_lads older_men older_boys",
        2.0: "packages parcels owes owe_them debt new_trainers in_their_twenties vodka "
        "promised_her promised_him holding_stuff come_for hours_a drive_cars passport "
        "passports",
        1.0: "pick_him pick_her picks_him picks_her mates guys",
    },
    "radicalisation": {
        3.0: "be_wiped wipe_them wipe_out violence_against up_arms race_war white_race martyr sent_back",
        2.0: "the_government under_attack the_cause honour traitors invaders immigrants muslims "
        "jews foreigners too_late",
    },
    "fgm": {3.0: "be_cut cutting_done", 2.0: "cutting arranged"},
    "bullying_harassment": {1.0: "group account fake"},
}
_PEOPLE_WORDS: Final = (
    "i me my myself he him she her they them his their son daughter child kids kid baby "
    "girl boy brother sister nephew niece cousin nan gran grandad grandma mum dad stepdad "
    "stepmum uncle aunt auntie husband wife partner boyfriend girlfriend ex fella neighbour "
    "carer friend friends twins pupil pupils student"
)
_PEOPLE: Final = frozenset(_PEOPLE_WORDS.split())
_CUE_WORDS: Final = (
    # fear and secrecy
    "scared afraid frightened terrified secret won't_tell not_to nobody no_one believe_me "
    "hides hiding hide trouble "
    # persistence
    "every_day every_night every_time all_week all_day all_summer for_hours for_weeks "
    "for_months whenever keeps again always won't_stop at_night last_night weeks months "
    # urgency and finality
    "tomorrow for_good before_i tonight right_now anymore "
    # control and pressure
    "makes_her makes_him makes_me told_him told_her says_he says_she reckons promised "
    "they've_got only has_to have_to"
)
CONCERN_THRESHOLD: Final = 5.0
_NEGATIVE_FLOOR: Final = -2.0
# one quiet signal ("new trainers", "no point") is everyday speech whatever surrounds it
_MIN_SIGNAL: Final = 3.0


_SIGNALS: Final[dict[str, tuple[str, float]]] = {
    entry.replace("_", " "): (subtype, weight)
    for subtype, table in _SIGNAL_WORDS.items()
    for weight, entries in table.items()
    for entry in entries.split()
}
_CUES: Final = frozenset(w.replace("_", " ") for w in _CUE_WORDS.split())


def _grams(text: str) -> set[str]:
    words = _TOKEN.findall(text)
    return {*words, *(f"{a} {b}" for a, b in pairwise(words))}


def concern_score(text: str) -> float:
    """Signal weights plus one for a person and one for a cue, less the negative words."""
    grams = _grams(text)
    # signals of one kind of harm add up; a quiet word of one kind beside a quiet word of
    # another ("sertraline" and a seminar "group") is two everyday words, not a concern
    by_subtype: dict[str, float] = {}
    for gram in grams:
        if gram in _SIGNALS:
            subtype, weight = _SIGNALS[gram]
            by_subtype[subtype] = by_subtype.get(subtype, 0.0) + weight
    neutral = by_subtype.pop("", 0.0)
    signal = neutral + max(by_subtype.values(), default=0.0)
    if signal < _MIN_SIGNAL:
        return 0.0
    # words of one harmless theme ("play", "game") come together, so count them once
    negative = max(_NEGATIVE_FLOOR, sum(w for g in grams if (w := _WEIGHTS.get(g, 0.0)) < 0))
    return signal + bool(grams & _PEOPLE) + bool(grams & _CUES) + negative


def is_concerning(text: str) -> bool:
    """True when a quiet harm signal meets a person and a fear, secrecy or urgency cue."""
    return concern_score(text) >= CONCERN_THRESHOLD


def concern_subtype(text: str) -> str | None:
    """The subtype the co-occurrence signals point to, or None when only who is involved can say.

    A subtype needs at least as much signal weight as the person-neutral signals (injuries,
    force, control), which are left to :func:`~receptionist.privacy.subtypes.infer_subtype`.
    """
    totals: dict[str, float] = {}
    for gram in _grams(text):
        if gram in _SIGNALS:
            subtype, weight = _SIGNALS[gram]
            totals[subtype] = totals.get(subtype, 0.0) + weight
    neutral = totals.pop("", 0.0)
    if not totals:
        return None
    # ties go to the subtype listed first (self-harm), never to set iteration order
    best = max((s for s in _SIGNAL_WORDS if s in totals), key=lambda subtype: totals[subtype])
    return best if totals[best] >= max(2.0, neutral) else None


def signal_spans(text: str, subtype: str) -> list[tuple[int, int]]:
    """Where in ``text`` the co-occurrence signals pointing to ``subtype`` are."""
    words = list(_TOKEN.finditer(text))
    spans: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        grams = [(word.group(), word.end())]
        if i + 1 < len(words):
            grams.append((f"{word.group()} {words[i + 1].group()}", words[i + 1].end()))
        spans.extend((word.start(), end) for gram, end in grams if _SIGNALS.get(gram, ("", 0.0))[0] == subtype)
    return spans
