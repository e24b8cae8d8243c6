"""Language detectors of the privacy engine: safeguarding, special categories and intents.

:func:`detect_semantic` is the entry point the engine calls. It is pure, has no I/O and only
runs regular expressions compiled at import time. The steps:

1. normalise the text without changing its length (lower case, fillers, apostrophes);
2. run every rule; drop matches inside a shield (course names, idioms, buildings) and matches
   a rule's guards veto (fiction, hypotheticals, negation, jest, speaking for an organisation);
3. safeguarding in three tiers, recall first: phrase rules that name a subtype (score
   0.86-0.97), generic harm cues whose subtype is inferred from who is involved (0.8), and
   two word-list nets over the whole utterance — a weighted risk lexicon and a co-occurrence
   tier (a quiet harm signal with a person and a fear, secrecy or urgency cue) — that flag
   at 0.62, inside the engine's uncertain band so the second opinion is asked too;
4. apply the labelling rules the product is judged on: ``immediate_danger`` takes precedence
   when the harm is happening now (R2); self-harm content is always also ``health``, masked at
   clause level; disclosure facts are not labelled twice as categories (R3).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from receptionist.privacy.categories import CATEGORY_RULES, ECHOES
from receptionist.privacy.classifier import Prediction, features, load_classifier
from receptionist.privacy.clauses import clause_span, clauses
from receptionist.privacy.context import framed, shielded_spans, story_told, vetoed
from receptionist.privacy.dialect import ing_words, widen
from receptionist.privacy.disclosure import GENERIC, HARM_CUES
from receptionist.privacy.intents import INTENT_RULES
from receptionist.privacy.patterns import (
    FRAGMENTS,
    Rule,
    compile_pattern,
    normalise,
    split_phrases,
    wrapped_alternatives,
)
from receptionist.privacy.prefilter import LiteralCache, PhraseAlternation, RuleFilter, alternation_matches
from receptionist.privacy.risk import SCORE as RISK_SCORE
from receptionist.privacy.risk import THRESHOLD as RISK_THRESHOLD
from receptionist.privacy.risk import concern_subtype, is_concerning, risk_score, signal_spans
from receptionist.privacy.safeguarding import SAFEGUARDING_RULES
from receptionist.privacy.safeguarding_means import SELF_INFLICTED_NOW
from receptionist.privacy.spoken import NUMBER_WORDS
from receptionist.privacy.subtypes import infer_subtype
from receptionist.privacy.tagger import load_tagger, words
from receptionist.privacy.types import Finding
from receptionist.privacy.victims import settle_by_victim

ALL_RULES: Final[tuple[Rule, ...]] = (
    *SAFEGUARDING_RULES,
    *HARM_CUES,
    *CATEGORY_RULES,
    *INTENT_RULES,
)

_IMMEDIATE: Final = "immediate_danger"
# The caller says they are a school-age child: "im 14", "i'm in year eight".
_CHILD_SPEAKER: Final = compile_pattern(
    r"\b(?:i'm|i am) (?:only |just )?(?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|[6-9]|1[0-5])\b(?! (?:minutes|mins|hours|days|weeks|months|quid|pounds|o'clock))|"
    r"\b(?:i'm|i am) in year (?:[1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\b"
)
# A parent figure of the caller's: "my dad", "my mum's boyfriend", "my stepdad".
_PARENT_FIGURE: Final = compile_pattern(r"\b(?:my|me) {PARENT}\b")
# Card and bank words: an utterance giving payment details is an errand, as a category fact is.
_ADMIN_DATA: Final = compile_pattern(
    r"\b(?:iban|sort code|account number|card number|long number|cvv|security code|expiry|"
    r"direct debit|standing order|bank details|(?:student|staff|pupil|member|membership|customer|"
    r"nhs|ucas|library|reference|ref|candidate|booking|order) (?:id|number|no|num)|id's|log ?in|"
    r"password|portal|her card|his card|my card|the card|card details|top ?up|pay (?:for|by)|paying|date of birth|dob)\b|"
    # a number read out in groups: payment or reference details give the call its reason
    r"\d{4}|(?:\b(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)\b\W+){6}"
)
_SELF_HARM: Final = "self_harm_suicide"
# Score ceiling for subtypes other than immediate danger, so R2 precedence always wins.
_SPECIFIC_CEILING: Final = 0.96
_IMMEDIATE_SCORE: Final = 0.97
# Harm happening now or within minutes (R2) when said alongside another disclosure.
_NOW: Final = compile_pattern(
    r"\b(?:right now|as we speak|at (?:this|the) moment|this minute|this second|"
    r"in (?:the next )?(?:a few|five|ten|two|couple of|\d+) minutes|any minute|"
    r"on (?:his|her|their) way (?:here|over|round|back)|(?:outside|at) (?:the|my|our) (?:front |back )?"
    r"(?:door|window|house|flat) now|(?:is|'s|are|'re) (?:here|outside) now|"
    r"(?:he|she|they)(?:'s| is| are|'re) (?:still )?(?:inside|in there|trapped))\b"
)

# "i just can't face people right now": the moment is about mood, not harm happening now.
_NOT_DANGER_NOW: Final = compile_pattern(
    r"\b(?:can't face|cannot face|can't cope with|not up to|don't feel up to|too busy|not ready for|"
    r"can't deal with|can't do|can't talk|don't want to (?:see|talk to|speak to))\b"
)

# Suicidal words themselves: masked as health whichever subtype is on top (R3).
_SUICIDAL_CORE: Final = (
    r"suicid\w*|overdos\w*|self[- ]?harm\w*|(?:kill|killing|hurt|hurting|cut|cutting) "
    r"(?:myself|himself|herself|themselves)|(?:want|wants|wanted) to die"
)
# Words of self-harm the word-list tier may have relied on, for clause-level health masking:
# the suicidal words plus means, farewells and plans.
_SELF_HARM_WORDS: Final = compile_pattern(
    r"\b(?:" + _SUICIDAL_CORE + r"|pills|tablets|paracetamol|cutting|noose|end it|"
    r"razors?|blades?|kms|unaliv\w*|(?:i've|i have|he's|she's|they've) got (?:a|it all) (?:plan|planned)(?: \w+){0,6}|"
    r"(?:it |that )?(?:won't|will not|wouldn't) matter (?:much |any ?more|after)|(?:not sure|don't know if|doubt) (?:i'll|"
    r"he'll|she'll) (?:still )?be (?:around|here) (?:by then|for (?:long|much longer|it|christmas)|much longer|any ?more)|"
    r"(?:everyone|everybody|they|you all|the kids|my family)(?:'d| would) be better off without (?:me|him|her)|(?:before|"
    r"when) i (?:do it|go through with it)|(?:after|when|once) (?:i'm|i am) gone|when (?:it|things) (?:gets?|got) too much|(?:won't|will not|i'll not) be (?:here|around) (?:to|for|by|after|come)(?: \w+){0,3}|"
    r"(?:won't|will not) be needing (?:a |my |the |any )?\w+|(?:took|taken|had) (?:a "
    r"load of|loads of|a handful of|a bunch of|a whole (?:box|packet|bottle) of) (?:her |his |my )?(?:tablets|pills|"
    r"paracetamol|meds|painkillers)|stomach pumped|do it properly|(?:covered in|full of) (?:burns|cuts|scars|marks|scratches)|(?:in|into) a (?:really |very "
    r"|bad |)dark place|(?:written|wrote|writing|left|leaving) (?:the |my |some |all the |his |her )?"
    r"(?:letters|notes|goodbyes?)|bang\w* (?:my|his|her|their) head|(?:take|taking|took|swallow|"
    r"swallowing|neck) (?:them all|the lot|it all|all of them)|(?:thinking|thought|talking|talked) "
    r"about (?:ending it|ending (?:his|her|my|their) life|killing|dying|not being here)|"
    r"ligature|tied (?:in|into) a (?:loop|noose)|(?:tried|attempted) to end (?:things|it)|did it (?:\w+ ){0,4}on purpose|cutting where|"
    r"looking up (?:bridges|heights|ways|methods|how)|"
    r"(?:thinking of|thinking about|going to|gonna|planning to|planning on) (?:taking|take) (?:them|it|the lot|"
    r"them all)|lists? of ways|ways to do it|tonight (?:might|could|will|would) be the (?:night|one)|(?:i've |"
    r"i have |she's |he's )?(?:not|stopped|barely) (?:been )?eating|(?:won't|i'll not|i don't think i'll|"
    r"might not) be (?:around|here) (?:for|by|at|"
    r"much longer|any ?more)|(?:still )?(?:getting|having|get|have) (?:the|those|these|"
    r"them|my) (?:dark )?thoughts|(?:the|my|those|these|his|her|bad|dark|suicidal) thoughts (?:have |'ve |are |'re |"
    r"keep |kept )?(?:come|came|coming|creeping) back|(?:anyone|anybody|people|they) (?:would|'d) (?:even )?"
    r"(?:miss|notice)(?: (?:me|him|her))? if (?:i|he|she) (?:was|were|wasn't|weren't)(?: here| around)?|"
    r"(?:rather|sooner) be dead(?: than \w+(?: \w+){0,5})?|(?:gonna|going to) do it properly(?: \w+){0,4}|"
    r"(?:actually |already )?planned it|"
    r"(?:my|his|her) (?:arms?|legs?|wrists?|thighs?) (?:are|is|'s) (?:all )?"
    r"(?:cut up|scarred|slashed|covered in cuts)|"
    r"(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded) (?:up )?(?:all )?(?:of )?(?:my|his|her|the) \w+|(?:there's|there is|is) no point(?: any ?more| in anything)?|(?:can't|cannot|"
    r"don't think i can|don't know if i can) (?:keep going|go on|carry on|cope any ?more)|(?:haven't|hasn't|"
    r"not) (?:eaten|eat) (?:anything )?(?:in|for) (?:like |about |over )?\w+ days|(?:walk|walking|swim|swimming|wade|wading) (?:in|into|"
    r"out)(?: \w+){0,3} and (?:not|never) (?:coming|come) back|"
    r"(?:don't|doesn't) (?:really |even |honestly |just |actually )?(?:want|wanna) (?:to )?(?:be here|"
    r"be alive|live|exist|wake up|go on|carry on)(?: any ?more)?|(?:don't|can't|cannot) (?:really |even "
    r"|just )?see (?:the|any) point(?: any ?more| (?:of|in) (?:anything|living|going on|life|it all))|(?:looking|looked|look|searching|searched|googling|googled) "
    r"(?:up )?(?:ways|how) to (?:do it|end it|go)|(?:this|next) (?:weekend|week|"
    r"friday|saturday|sunday|monday)(?:'s| is) the (?:one|night|day|time)|tonight(?:'s| is) the (?:one|"
    r"night))\b"
)
# The suicidal words that stay health when immediate danger is on top (no means or weapons:
# a blade in someone else's hand is danger, not a health fact).
_SUICIDAL: Final = compile_pattern(
    r"\b(?:end it all|(?:hang|hanging) (?:myself|himself|herself|themselves)|" + _SUICIDAL_CORE
    + r"|end it|(?:going to|gonna|'ll|will|threatening to|threatens to|wants to|trying to|about to) "
    r"(?:jump|throw (?:himself|herself|themselves|myself))|(?:jump|jumping) (?:off|from|in front of)|"
    r"(?:step|stepping|walk|walking) (?:out )?in front of (?:a|the) (?:train|bus|lorry|car|traffic))\b"
)

# Means at hand and a plan to use them, which make a danger self-inflicted.
_MEANS_AND_PLAN: Final = compile_pattern(
    r"\b(?:(?:got|have|'ve got) (?:a |an )?(?:full |whole )?(?:box|packet|bottle|stash|load) of (?:my |his |her )?(?:tablets|pills|"
    r"meds|medication|paracetamol)(?: here| ready| with me)?|(?:taking|take|swallowing|swallow|necking|neck) (?:the lot|them "
    r"all|all of them|the whole (?:lot|box|packet|bottle)))\b"
)

# How far the classifier is trusted, by what it is asked:
# - its subtype over the word-list guess for a whole-utterance flag, from this probability up;
_CONFIDENT_SUBTYPE: Final = 0.5
# - its subtype over a phrase rule's, from this probability up;
_SURE_SUBTYPE: Final = 0.85
# - on its own, utterances shorter than this many words, or carrying a category fact, need
#   this probability rather than the model's threshold;
_SHORT_WORDS: Final = 20
_SURER_THRESHOLD: Final = 0.8
# - a whole utterance that is short, or that carries a category fact, needs this much: less
#   than a two-clause window (recall first; on calibrated first looks 0.75 caught three more
#   disclosures for three more false alarms in 2,880 utterances)
_WHOLE_SURER_THRESHOLD: Final = 0.75
# Score of the health rule for injuries and signs that abuse rules also read.
_SIGN_SCORE: Final = 0.8
# - the lexicon net, on an utterance carrying a category fact, needs this much more weight;
_EXPLAINED_EXTRA: Final = 2.0
# - a clause scored on its own has little context, so masking it takes a surer score still.
_CLAUSE_THRESHOLD: Final = 0.9

# Harm by a family member is domestic abuse, or an adult at risk when the victim is older or
# has care needs; the rules read age and care words directly, a bag of words does not, so the
# classifier never moves a finding between these two.
_AGE_DECIDES: Final = frozenset({"domestic_abuse", "adult_at_risk"})
# Stalking or harassment by a partner or an ex is domestic abuse; the rules see who it is.
_PARTNER_DECIDES: Final = frozenset({"domestic_abuse", "bullying_harassment"})

_Hit = tuple[Finding, Rule]


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


#: One rule as run, and the rule it was split from (itself when not split).
_Step = tuple[Rule, Rule]


def build_plan(cache: LiteralCache) -> tuple[tuple[_Step, ...], RuleFilter]:
    """The rules as run, and the filter that picks them for each utterance.

    Each rule is split into its phrases, so only the phrases whose literals occur run (a
    phrase with no usable literal runs on every utterance); :func:`_raw_hits` puts one rule's
    phrase matches back together as its alternation would. Hits name the original rule.
    """
    plan: list[_Step] = []
    for rule in ALL_RULES:
        plan.extend((part, rule) for part in split_phrases(rule))
    return tuple(plan), RuleFilter([part.pattern for part, _ in plan], cache)


@lru_cache(maxsize=1)
def _plan() -> tuple[tuple[_Step, ...], RuleFilter]:
    return build_plan(LiteralCache())


def _raw_hits(
    text: str, shields: list[tuple[int, int]], vetoes: list[tuple[int, int]] | None = None
) -> list[_Hit]:
    """Every rule match that survives shields and guards, before the labelling rules.

    Only the rules whose required literals occur in ``text`` are run (see
    :mod:`~receptionist.privacy.prefilter`); the others cannot match. The spans of category
    matches a guard turned down go in ``vetoes`` when it is given.
    """
    hits: list[_Hit] = []
    plan, prefilter = _plan()
    # one rule's phrases, in its order (keyed by identity: hashing a rule hashes its pattern)
    runs: dict[int, tuple[Rule, list[re.Pattern[str]]]] = {}
    for index in sorted(prefilter.candidates(text)):
        part, origin = plan[index]
        runs.setdefault(id(origin), (origin, []))[1].append(part.pattern)
    for rule, patterns in runs.values():
        # (a rule's phrases share its kind, label, score and guards; only unsplit rules report a group)
        for match in alternation_matches(patterns, text):
            start, end = match.span()
            if end <= start or _overlaps((start, end), shields):
                continue
            if rule.guards and vetoed(rule.guards, text, start, end):
                if vetoes is not None and rule.kind == "category":
                    vetoes.append((start, end))
                continue
            if rule.span_group:
                group = rule.span_group
                if isinstance(group, int) and match.start(group) < 0:
                    # alternatives of one rule number their groups in turn: take the one that took part
                    group = next((g for g in range(1, match.re.groups + 1) if match.start(g) >= 0), 0)
                start, end = match.span(group)
            hits.append((Finding(rule.kind, rule.label, start, end, rule.score), rule))
    return hits


def _name_generic(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Give generic disclosure cues the subtype inferred from who and what is involved.

    They score below the phrase rules, so a confident specific rule still decides.
    """
    if not any(f.label == GENERIC for f, _ in hits):
        return hits
    label = infer_subtype(text)
    return [
        (Finding(f.kind, label, f.start, f.end, f.score), rule) if f.label == GENERIC else (f, rule)
        for f, rule in hits
    ]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with shielded idioms and course names blanked, for the word-list tier."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _safeguarding(text: str, hits: list[_Hit], shields: list[tuple[int, int]]) -> list[Finding]:
    """One finding per disclosure clause, with corroboration raising the score."""
    blanked = _blank(text, shields)
    prediction = load_classifier().predict(blanked)
    found = [f for f, _ in hits if f.kind == "safeguarding"]
    if not found:
        # a stated fact, a request or payment details give the call an ordinary reason
        explained = any(f.kind in ("category", "intent") for f, _ in hits) or _ADMIN_DATA.search(text) is not None
        return _unphrased(text, blanked, prediction, explained=explained)
    counts = Counter(f.label for f in found)
    out: list[Finding] = []
    for f in found:
        start, end = clause_span(text, f.start, f.end)
        if f.label == _IMMEDIATE:
            score = _IMMEDIATE_SCORE
        else:
            score = min(_SPECIFIC_CEILING, f.score + 0.02 * (counts[f.label] - 1))
        out.append(Finding("safeguarding", f.label, start, end, score))
    if not counts[_IMMEDIATE] and (now := _said_now(text)) is not None:
        start, end = clause_span(text, *now)
        out.append(Finding("safeguarding", _IMMEDIATE, start, end, _IMMEDIATE_SCORE))
    return settle_by_victim(text, _child_at_home(text, _settle_subtype(out, prediction)))


def _said_now(text: str) -> tuple[int, int] | None:
    """Where the utterance says its harm is happening now ("right now", "outside my door now"),
    unless the moment is about mood ("i can't face people right now")."""
    now = _NOW.search(text)
    if now is None or _NOT_DANGER_NOW.search(text, max(0, now.start() - 40), now.start()) is not None:
        return None
    return now.span()


def _child_at_home(text: str, found: list[Finding]) -> list[Finding]:
    """A child telling of harm from a parent figure is child abuse, not domestic abuse.

    Rules about violence at home read "my dad smashes my stuff" as domestic abuse; said by
    someone in year eight, or aged fourteen, it is abuse of a child. A teenager's partner
    (R: "i'm seventeen and my boyfriend ...") stays domestic abuse: only parent figures count.
    """
    top = max(f.score for f in found)
    if not any(f.label == "domestic_abuse" and f.score == top for f in found):
        return found
    if _CHILD_SPEAKER.search(text) is None or _PARENT_FIGURE.search(text) is None:
        return found
    return [
        Finding(f.kind, "child_abuse", f.start, f.end, f.score) if f.label == "domestic_abuse" else f for f in found
    ]


def _settle_subtype(found: list[Finding], prediction: Prediction) -> list[Finding]:
    """Let a confident classifier name the subtype of a disclosure the rules found.

    Phrase rules know *that* something is wrong far better than *which* kind it is: "they've
    took his bank card" reads as an adult at risk until the rest of the sentence says
    cuckooing. The classifier weighs the whole utterance, so from
    :data:`_SURE_SUBTYPE` up its subtype relabels the top-scoring findings.
    """
    if prediction.subtype_probability < _SURE_SUBTYPE:
        return found
    top = max(f.score for f in found)
    ruled = {f.label for f in found if f.score == top}
    if ruled | {prediction.subtype} in (_AGE_DECIDES, _PARTNER_DECIDES):
        return found
    return [
        Finding(f.kind, prediction.subtype, f.start, f.end, f.score) if f.score == top else f for f in found
    ]


def _unphrased(text: str, blanked: str, prediction: Prediction, *, explained: bool) -> list[Finding]:
    """A disclosure no phrase rule describes: the word-list nets and the shipped classifier.

    Either flags the whole utterance at a low score, inside the engine's uncertain band, so
    it is escalated (recall first) and also offered to the second opinion. The subtype comes
    from the classifier when it is confident, else from the nets' signals or who is involved.
    """
    # the nets are word lists, so fiction and teaching framings veto them; the classifier
    # learned those framings from its corpus and decides for itself
    # a stated fact gives the call an ordinary reason, so the lexicon net needs more weight
    risky = risk_score(blanked) >= RISK_THRESHOLD + (_EXPLAINED_EXTRA if explained else 0.0)
    fiction = framed(text)
    story = story_told(text)
    nets = (risky or is_concerning(blanked)) and not (fiction or story)
    # a story or a lesson is a reason for harm words too: the classifier must be surer there
    # a death told (a parent passed, a brother killed on his bike) is a sad call, not a disclosure, unless surer
    surer = explained or fiction or story or _BEREAVED.search(text) is not None
    if (
        not nets
        and prediction.probability < _classifier_threshold(text, explained=surer)
        and (fiction or story or _buried_probability(blanked) < _SURER_THRESHOLD)
    ):
        return []
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if _said_now(text) is not None:
        # harm said to be happening now is immediate danger, whoever is involved (R2)
        return [Finding("safeguarding", _IMMEDIATE, start, end, RISK_SCORE)]
    return settle_by_victim(text, [Finding("safeguarding", _unphrased_label(text, blanked, prediction), start, end, RISK_SCORE)])


_BURIED_MIN_WORDS: Final = 6


def _buried_probability(text: str) -> float:
    """The classifier's highest disclosure probability over any two adjacent clauses.

    A disclosure buried in a routine enquiry ("update the collection list, take his uncle
    off, ... he takes pictures of him") is outweighed in a bag of words over the whole
    utterance; read on its own, the part that discloses is plain. Windows are short, so they
    must reach the surer threshold that short utterances need.
    """
    model = load_classifier()
    spans = clauses(text)
    best = 0.0
    for i, (start, _) in enumerate(spans):
        for _, end in spans[i : i + 2]:
            if len(text[start:end].split()) >= _BURIED_MIN_WORDS:
                best = max(best, model.probability(features(text[start:end])))
    return best


def _classifier_threshold(text: str, *, explained: bool) -> float:
    """The disclosure probability the classifier needs on its own for this utterance.

    A bag of words over a dozen words is thin evidence, and short disclosures are what the
    phrase rules cover best ("my stepdad hits me"); the classifier earns its place on long,
    indirect narratives. So a short utterance needs a surer score. So does one that carries a
    special-category fact (``explained``) and no harm word: a diagnosis given for exam
    arrangements, or a conviction for a housing form, is the commonest false alarm.
    """
    threshold = load_classifier().threshold
    if explained or len(text.split()) < _SHORT_WORDS:
        return max(threshold, _WHOLE_SURER_THRESHOLD)
    return threshold


def _unphrased_label(text: str, blanked: str, prediction: Prediction) -> str:
    if prediction.subtype_probability >= _CONFIDENT_SUBTYPE:
        return prediction.subtype
    return concern_subtype(blanked) or infer_subtype(text)


# Words that make an immediate danger self-inflicted (an overdose taken, a jump threatened from a
# height): self-harm content, so health too, whichever rule found it.
_SELF_INFLICTED_WORDS: Final = re.compile(
    r"\b(?:overdose|overdosed|o ?d'?d|pills|tablets|paracetamol|painkillers|meds|medication|insulin|jump|jumping|legs over)\b"
)


def _self_inflicted_means(text: str, f: Finding) -> tuple[int, int] | None:
    """The span of the overdose or jump words in the clause of an immediate-danger finding
    ("taken a full box of me paracetamol": the rule matched the taking, the clause names what)."""
    start, end = clause_span(text, f.start, f.end, tight=True)
    found = [m.span() for m in _SELF_INFLICTED_WORDS.finditer(text, min(start, f.start), max(end, f.end))]
    return (found[0][0], found[-1][1]) if found else None


def _categories(text: str, hits: list[_Hit], safeguarding: list[Finding]) -> list[Finding]:
    """Category findings after R3, plus clause-level health for self-harm content."""
    # R3 applies to disclosures a phrase rule described; a whole-utterance flag from the nets
    # or the classifier is too unsure to take a category's masking away
    disclosed = any(f.score > RISK_SCORE for f in safeguarding)
    # injuries and signs ("sores", "bruises": the lowest-scored health rule) are the facts of
    # whatever disclosure is found, however it was found
    out = [
        f
        for f, rule in hits
        if f.kind == "category"
        and not (rule.yields_to_safeguarding and (disclosed or (safeguarding and rule.score <= _SIGN_SCORE)))
    ]
    top = max(safeguarding, key=lambda f: f.score).label if safeguarding else None
    if top not in (_SELF_HARM, _IMMEDIATE):
        # another subtype won (a partner threatening suicide, peers urging it): not self-harm
        return _absorb_into_genetic(_merge(out))
    for f, rule in hits:
        # Harm already self-inflicted (an overdose taken, a cut bleeding) is health under
        # immediate danger too; so is suicidal wording said with it, below.
        self_harm = f.label == _SELF_HARM and top == _SELF_HARM
        if f.kind == "safeguarding" and self_harm:
            start, end = clause_span(text, f.start, f.end, tight=True)
            out.append(Finding("category", "health", start, _without_when(text, start, end), f.score))
        elif f.kind == "safeguarding" and rule in SELF_INFLICTED_NOW:
            # the overdose words themselves: where it happened ("in the college toilets") is
            # what help needs to know
            out.append(Finding("category", "health", f.start, f.end, f.score))
        elif f.kind == "safeguarding" and f.label == _IMMEDIATE and (means := _self_inflicted_means(text, f)):
            out.append(Finding("category", "health", min(f.start, means[0]), max(f.end, means[1]), f.score))
    if top == _SELF_HARM:
        # a disclosure rarely says it once: mask every clause that carries a self-harm word or
        # signal too, not only the clause a phrase rule matched (R3)
        spans = [m.span() for m in _SELF_HARM_WORDS.finditer(text)]
        spans += signal_spans(text, _SELF_HARM)
        spans += [(f.start, f.end) for f, _ in hits if f.kind == "safeguarding" and f.label == _SELF_HARM]
        found = [clause_span(text, start, end, tight=True) for start, end in spans]
        found += _disclosing_clauses(text, at_least_one=not found)
        found += _rest_of_disclosure(text, found)
    else:
        # someone on a roof now saying they'll jump: R2 makes it immediate danger, and R3
        # still masks the suicidal words as health ("always also labelled health")
        found = [clause_span(text, *m.span(), tight=True) for m in _SUICIDAL.finditer(text)]
        # an overdose threatened now: the means and the plan are self-harm content too
        found += [clause_span(text, *m.span(), tight=True) for m in _MEANS_AND_PLAN.finditer(text)]
        told = [f for f, _ in hits if f.kind == "safeguarding" and f.label == _SELF_HARM]
        found += [clause_span(text, f.start, f.end, tight=True) for f in told]
        if told:
            # "standing on the edge of the roof ... texting me goodbye": the danger is self-harm content too
            found += [
                clause_span(text, f.start, f.end, tight=True)
                for f, _ in hits
                if f.kind == "safeguarding" and f.label == _IMMEDIATE
            ]
    out.extend(Finding("category", "health", start, _without_when(text, start, end), RISK_SCORE) for start, end in found)
    return _absorb_into_genetic(_merge(out))


# When the plan is for, said last in the clause: "i'll just take them all after my prelims".
_WHEN_LAST: Final = re.compile(
    r"[\s,]+(?:after|before|until|till|during) (?:my|the|his|her|their|our) (?:\w+ )?(?:exams?|mocks|prelims|gcses|a levels|"
    r"finals|results|appointment|review|meeting|hearing|interview|assessment|deadline|birthday|shift|holiday|trip|"
    r"placement|course)$"
)


_CAUSE_LAST: Final = re.compile(
    r"[\s,]+(?:ever since|since|because of|cos of|after) (?:(?:he|she|i|they|we) (?:got|had|received|heard|lost|failed) )?"
    r"(?:the|my|his|her|their|our|me|that) (?:\w+ ){0,3}\w+$"
)


def _without_when(text: str, start: int, end: int) -> int:
    """The end of a self-harm mask with the occasion the caller names left readable: the exam
    or the meeting is what the call (and the safeguarding lead) needs to act on in time."""
    m = _WHEN_LAST.search(text, start, end)
    if m and m.start() > start:
        return m.start()
    # what set it off ("since the day centre shut"), unless it is itself self-harm wording
    m = _CAUSE_LAST.search(text, start, end)
    if m and m.start() > start and not _SELF_HARM_WORDS.search(text, m.start(), end):
        return m.start()
    return end


# A clause that turns to the business of the call: the request stays readable.
_BEREAVED: Final = compile_pattern(
    r"\b(?:passed away|passed on|(?:she|he|they|mum|dad|nan|gran|grandad|brother|sister|husband|wife) (?:passed|died)|died in|"
    r"funeral|bereavement|bereaved|since (?:my|his|her) \w+ (?:passed|died|went))\b"
)
_BUSINESS: Final = compile_pattern(
    r"^(?:can|could|is|are|do|does|will|would|when|where|what|who|how|should|may|please|hiya|hello|hi)\b|"
    r"\b(?:can you|could you|can i|could i|can someone|can the|is there|is the|are the|please|number "
    r"for|ring me|call me|phone me|get back to me|appointment|book|booking|form|repeat|prescription|"
    r"refund|fees?|rent|arrears|bill|tutor|team|office|service|services|desk|line|reception|resit|"
    r"exam|course|placement|doctor|gp|nurse|surgery|college|school|uni|university|lessons?|need to|"
    r"want to|who do|who to|who i|what do|council|tax|coming in|in today|off today|not in|absence|"
    r"late|assessment|support|advice|help with|letter|email|pick up|collect|meant to|supposed to|"
    r"(?:someone|somebody|anyone|you) to know|tomorrow|today|this (?:morning|afternoon|evening|week)|"
    r"next week|repair|whether to|keep (?:her|him|them) off|i am in|i cannot come|i can't come|trip|"
    r"mocks|coach|bus|shift|work|job|landlord|housing|benefits?|money|anyway|by the way|also|o'clock|"
    r"lecture|class|seminar|meeting|session|can't do the|membership|direct debit|cancel|review|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|weekend|"
    # where someone is and who to ask: "she's in year six", "we're in the halls at falmer", "i dunno if that's
    # summat the counsellor does"
    r"year (?:\w+)|halls|counsellor|counselling|dunno if|don't know if|don't know who|what should i|check on|"
    r"(?:his|her|my|the|their|our) ref(?:erence)?(?: number| no)? is)\b"
)


_NUMBER_WORD: Final = re.compile(r"\d+|\b(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)\b")


def _mostly_numbers(clause: str) -> bool:
    """A phone number or reference read out in pieces, not words of the disclosure."""
    return len(_NUMBER_WORD.findall(clause)) * 2 >= len(clause.split())


def _rest_of_disclosure(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Once a caller starts telling of self-harm, what follows is the same disclosure ("i keep
    going down there at night and just standing there") until they turn to the business of the
    call, which stays readable, and so does everything after it."""
    if not found:
        return []
    first = min(start for start, _ in found)
    out: list[tuple[int, int]] = []
    for start, end in clauses(text):
        if start <= first or _mostly_numbers(text[start:end]):
            continue
        # the words that opened the clause ("is there", "i need to") count as its business
        # (but not a word that ended the clause before: "...on his wrist today, and said he does it")
        opened = (m.end() >= start - 1 for m in _BUSINESS.finditer(text, max(0, start - 14), end))
        if _BUSINESS.search(text[start:end]) or any(opened):
            break
        if len(text[start:end].split()) >= 3:
            out.append((start, end))
    return out


def _disclosing_clauses(text: str, *, at_least_one: bool) -> list[tuple[int, int]]:
    """Clauses the classifier reads as a disclosure on their own: indirect self-harm wording
    ("i've been saving them up") that no word list names, masked as health (R3).

    ``at_least_one``: nothing else located the self-harm content, so the likeliest clause is
    masked even below the threshold: self-harm content is never left unmasked.
    """
    model = load_classifier()
    scored = [(model.probability(features(text[s:e])), s, e) for s, e in clauses(text)]
    chosen = [(s, e) for p, s, e in scored if p >= _CLAUSE_THRESHOLD]
    if not chosen and at_least_one and scored:
        _, s, e = max(scored)
        chosen = [(s, e)]
    return chosen


def _absorb_into_genetic(findings: list[Finding]) -> list[Finding]:
    """A disease named inside a carrier or gene phrase is that genetic fact, not health.

    "carrier for sickle cell" is one genetic fact; "his genetic test confirmed fragile X"
    keeps both labels, since the spans only touch through the sentence. The genetic span
    grows to cover an absorbed disease, so the whole fact is still masked once.
    """
    genetic = [f for f in findings if f.label == "genetic"]
    if not genetic:
        return findings
    spans = [(g.start, g.end) for g in genetic]
    absorbed = [f for f in findings if f.label == "health" and _overlaps((f.start, f.end), spans)]
    if not absorbed:
        return findings
    grown: list[Finding] = []
    for g in genetic:
        mine = [h for h in absorbed if _overlaps((h.start, h.end), [(g.start, g.end)])]
        start = min([g.start, *(h.start for h in mine)])
        end = max([g.end, *(h.end for h in mine)])
        grown.append(Finding(g.kind, g.label, start, end, g.score))
    rest = [f for f in findings if f.label != "genetic" and f not in absorbed]
    return _merge([*rest, *grown])


# Whose fact it is, said straight before it: "[my husband is] deaf", "[i'm on] sertraline",
# "[he's on] the water tablets", "[my husband was] arrested". The person and the verb that
# attach the fact to them are part of the disclosure, so they are masked with it; a name is not
# ("kai, he's autistic" keeps "kai").
_SUBJECT_BEFORE: Final = re.compile(
    r"(?:\b(?:i'm|i am|i've|i have|i was|i'd|he's|she's|he is|she is|he was|she was|he has|she has|he'd|she'd|they're|"
    r"they are|they were|we're|we are|we were|(?:my|his|her|our|their|me) (?:(?:little|big|older|younger|eldest|youngest|"
    r"late|poor|old) )?" + FRAGMENTS["KIN"] + r"(?:'s| is| are| was| were| has| had)|(?:he|she|i|we|they))(?: (?:been|got|had|also|still|always|now|just|only|both|all|currently|actually|"
    r"definitely|on|a|an|the))*) $"
)
_SUBJECT_REACH: Final = 48


def _with_subject(text: str, f: Finding) -> Finding:
    """``f`` grown back over the subject and verb it is said of, when they come straight before it."""
    if f.label in ("payment_card", "bank_details"):
        return f
    lead = max(0, f.start - _SUBJECT_REACH)
    m = _SUBJECT_BEFORE.search(text, lead, f.start)
    if m is None or (m.start() == lead and lead > 0 and text[lead - 1].isalnum()):
        return f
    return Finding(f.kind, f.label, m.start(), f.end, f.score)


def _merge(findings: list[Finding]) -> list[Finding]:
    """Union overlapping spans of the same label so redaction sees one span per fact."""
    merged: list[Finding] = []
    for f in sorted(findings, key=lambda x: (x.label, x.start, -x.end)):
        last = merged[-1] if merged else None
        if last is not None and last.label == f.label and f.start <= last.end:
            merged[-1] = Finding(
                last.kind, last.label, last.start, max(last.end, f.end), max(last.score, f.score)
            )
        else:
            merged.append(f)
    return merged


def _intents(hits: list[_Hit]) -> list[Finding]:
    seen: set[str] = set()
    out: list[Finding] = []
    for f, _ in hits:
        if f.kind == "intent" and f.label not in seen:
            seen.add(f.label)
            out.append(f)
    return out


def phrase_disclosure(text: str) -> bool:
    """True when a phrase rule or generic harm cue alone finds a disclosure in ``text``.

    The classifier's training uses this to set its threshold for the engine as a whole: the
    classifier only has to catch what the rules miss.
    """
    norm = normalise(text)
    return any(f.kind == "safeguarding" for f, _ in _raw_hits(norm, shielded_spans(norm)))


def detect_semantic(text: str) -> list[Finding]:
    """Return safeguarding, category and intent findings for one caller utterance.

    Offsets refer to ``text`` as given. Safeguarding and intent findings mark the disclosure
    or request clause and are not redacted by themselves; category findings mark exactly the
    sensitive fact, which the redactor replaces with ``[label]``.
    """
    if not text:
        return []
    wide = widen(text, _known_ing().__contains__)
    if wide is None:
        return _detect(text)
    # regional spellings read as standard English; findings map back to the caller's words
    return [
        Finding(f.kind, f.label, *wide.original(f.start, f.end), f.score) for f in _detect(wide.text)
    ]


@lru_cache(maxsize=1)
def _known_ing() -> frozenset[str]:
    """The "-ing" words the rules know: a dropped g is restored only to one of these."""
    return ing_words([*(rule.pattern.pattern for rule in ALL_RULES), *(p.pattern for p in ECHOES.values())])


def _detect(text: str) -> list[Finding]:
    norm = normalise(text)
    shields = shielded_spans(norm)
    vetoes: list[tuple[int, int]] = []
    hits = _name_generic(norm, _raw_hits(norm, shields, vetoes))
    safeguarding = _safeguarding(norm, hits, shields)
    categories = _categories(norm, hits, safeguarding)
    categories += _echoes(norm, categories, shields)
    categories = _merge([*categories, *_tagged(norm, categories, shields, vetoes, bool(safeguarding))])
    categories = _merge([_with_subject(norm, f) for f in categories])
    return sorted([*safeguarding, *categories, *_intents(hits)], key=lambda f: (f.start, f.end))


# The same fact said of someone else straight after it: "i'm kurdish and so's my dad".
_SO_IS: Final = re.compile(
    r"\W{0,3}(?:and |but )?(?:so(?:'s| is| are| was| were| does| do| did) (?:my|his|her|our|their) (?:little |big |older |younger |twin )?\w+(?:[ -]in[ -]law)?|"
    r"(?:my|his|her|our|their) \w+ (?:is|are|was|were|does) (?:too|as well)|as (?:is|are|was|were) (?:my|his|her|our|their) "
    r"\w+|same (?:as|with) (?:my|his|her|our|their) \w+|(?:my|his|her|our|their) \w+(?:'s| is| are)? (?:too|as well|the same)|"
    r"(?:well )?we all are|so are we|we are too)\b",
    re.I,
)


# Care that follows a genetic result is a health fact: "so the hospital wants him in for scans", "they take a
# pint of blood off me every month", "she's on statins now".
_GENETIC_CARE: Final = compile_pattern(
    r"\b(?:(?:(?:he's|she's|i'm|he is|she is|i am) )?on statins|(?:my|his|her) statins|(?:time off for|need|needs|having|booked in for|"
    r"(?:while|when|after|before) (?:she|he|i) (?:has|have|gets|get)) (?:the |my |her |his )?(?:surgery|operation|op)\b|"
    r"(?:in|come in|go in) for (?:regular |yearly |annual )?"
    r"(?:scans|checks|screening|monitoring|mri scans|mammograms|colonoscopies)|(?:take|takes|taking|took) (?:a pint of )?blood (?:off|from) "
    r"(?:me|him|her)|(?:i|he|she) (?:give|gives|have to give|has to give|donate|donates) blood (?:every|each)|venesection|preventive surgery|risk reducing surgery|(?:the )?(?:breast|bowel|family history) clinic|"
    r"preventative surgery|(?:a |the )?(?:double )?mastectomy)\b"
)


# Belief in no god: "i'm an atheist", "we're humanists", "not religious".
_NO_FAITH: Final = compile_pattern(r"\b(?:atheists?|humanists?|agnostics?|non[- ]?religious|not religious|no religion)\b")


# A condition or result said to be shared, later in the utterance: "me mam's got the brca gene
# and i've just had me results and i've got it an all".
_GOT_IT_TOO: Final = re.compile(
    r"\b(?:i've|i have|he's|she's|he has|she has|they've|we've|i|he|she|we) (?:\w+ ){0,2}(?:got|have|has) it "
    r"(?:an' all|an all|and all|too|as well)\b|\bso (?:did|does|has|is|was) mine\b|\b(?:(?:my|his|her|their) \w+'s|\w+'s|he's|"
    r"she's|i've|they've|(?:my|our|his|her|the) \w+) (?:has|have|'s got|got|has got) the full (?:thing|condition|disease|"
    r"blown \w+)\b|\b(?:the \w+|(?:my|our|his|her) \w+)'s (?:got|"
    r"inherited) it\b"
)
_GOT_IT_REACH: Final = 120
_HAS_IT: Final = re.compile(r"\b(?:my|his|her|our|their) (?:\w+ )?\w+ (?:has|has got|'s got|had|got) it\b")


def build_echoes(cache: LiteralCache) -> dict[str, PhraseAlternation]:
    """Each label's :data:`ECHOES` pattern run alternative by alternative: only those whose
    literals occur in the text are tried (the matches are the whole pattern's)."""
    return {
        label: PhraseAlternation([re.compile(part) for part in wrapped_alternatives(pattern.pattern)], cache)
        for label, pattern in ECHOES.items()
    }


@lru_cache(maxsize=1)
def _echo_alternations() -> dict[str, PhraseAlternation]:
    return build_echoes(LiteralCache())


def _echoes(text: str, categories: list[Finding], shields: list[tuple[int, int]]) -> list[Finding]:
    """The same fact named again elsewhere in the utterance (see :data:`ECHOES`), or said of
    someone else straight after it."""
    out: list[Finding] = []
    for f in categories:
        if f.label not in ("payment_card", "bank_details") and (m := _SO_IS.match(text, f.end)):
            out.append(Finding("category", f.label, f.end, m.end(), RISK_SCORE))
        if f.label in ("health", "genetic") and (m := _GOT_IT_TOO.search(text, f.end, f.end + _GOT_IT_REACH)):
            out.append(Finding("category", f.label, m.start(), m.end(), RISK_SCORE))
        elif f.label == "genetic" and (m := _HAS_IT.search(text, f.end, f.end + _GOT_IT_REACH)):
            # "i'm a carrier for haemochromatosis, my brother has it": the brother has the disease
            out.append(Finding("category", "health", m.start(), m.end(), RISK_SCORE))
    labels = {f.label for f in categories}
    if "genetic" in labels and "health" not in labels:
        taken = [(f.start, f.end) for f in categories]
        out.extend(
            Finding("category", "health", m.start(), m.end(), RISK_SCORE)
            for m in _GENETIC_CARE.finditer(text)
            if not _overlaps(m.span(), taken) and not _overlaps(m.span(), shields)
        )
    for label in labels & ECHOES.keys():
        taken = [(f.start, f.end) for f in categories if f.label == label]
        if label == "religion_belief" and all(_NO_FAITH.search(text, start, end) for start, end in taken):
            # an atheist's or humanist's call about a church service or a bible reading names
            # someone else's faith: those words stay readable
            continue
        for m in _echo_alternations()[label].finditer(text):
            if not _overlaps(m.span(), taken) and not _overlaps(m.span(), shields):
                out.append(Finding("category", label, m.start(), m.end(), RISK_SCORE))
    return out


# The span tagger's lowest word probability at which a tagged span masks a further mention of
# a category a rule has already found in the utterance, (surer) of another category once a
# rule has found some fact there, and (surest) of a category where no rule found anything.
TAG_ECHO_THRESHOLD: Final = 0.4
TAG_OTHER_THRESHOLD: Final = 0.7
TAG_ALONE_THRESHOLD: Final = 0.85
# Standing alone reads the words near a cue in every utterance where no rule found a fact
# (about 0.05 ms at p50); it is worth about a point of leak rate on unseen batches
# (docs/benchmarks.md). Tests switch it off to see what the rules do by themselves.
TAG_ALONE = True

# Alone, a tagged span has no rule's context checks behind it, so it gets the common ones: not
# a story, a lesson, a hypothetical or a denial; not an organisation, a job, a device, a pet or
# someone who has died; and (for an offence) not a civil matter.
_ALONE_GUARDS: Final = frozenset({
    "framing", "hypothetical", "negation", "impersonal", "organisation", "deceased", "animal", "animal_subject",
    "device", "institution", "stolen_thing", "professional", "org_possessor",
})
_ALONE_LABEL_GUARDS: Final = {"criminal_offence": frozenset({"civil"})}
# A fact is someone's: its clause names a person ("the hearing aids are whistling" is about a
# device; "my hearing aids" is about me).
_SOMEONE: Final = compile_pattern(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|we|we're|we've|our|us|he|he's|him|his|she|she's|her|they|they're|their|them|"
    r"mum|mam|dad|da|son|daughter|husband|wife|partner|brother|sister|nan|grandad|auntie|aunt|uncle|lad|boyfriend|"
    r"girlfriend|fiance|fiancee)\b"
)
# The category word names a job, a group, a place, a course or an appointment, not a fact
# about anyone: "a dialysis technician", "the black caribbean elders lunch club", "my hearing
# aid review"; or the caller teaches or works there ("i teach in hmp durham").
_ALONE_HEAD: Final = compile_pattern(
    r"(?:'s)? (?:\w+ ){0,2}?(?:technicians?|nurses?|workers?|officers?|teachers?|tutors?|lecturers?|consultants?|"
    r"specialists?|practitioners?|assistants?|managers?|advisers?|advisors?|coordinators?|leads?|reps?|club|clubs|"
    r"society|societies|group|groups|association|network|forum|centre|center|church|temple|mosque|synagogue|"
    r"gurdwara|chapel|school|college|team|service|services|department|charity|course|courses|class|classes|"
    r"lessons?|module|studies|study|unit|review|appointment|clinic|ward|award|month|week|day|festival|event|"
    r"fair|stall|display|exhibition|trip|visit|museum|library|shop|cafe|bar|restaurant)\b|"
    # fasting for a test is a clinic's instruction, not a faith: "i'm fasting before my blood test"
    r" (?:before|for) (?:my|the|a|an|his|her) (?:\w+ )?(?:blood|test|tests|scan|op|operation|surgery|procedure|bloods)\b"
)
# Someone speaking in a role at a place (R1): "i'm the imam at the mosque", "my husband's an
# officer at the prison".
_ROLE_AT: Final = compile_pattern(
    r"\b(?:i'm|i am|he's|she's|he is|she is|my \w+'s|my \w+ is) (?:an?|the) (?:\w+ ){0,2}(?:imam|vicar|priest|rabbi|"
    r"chaplain|minister|pastor|granthi|officer|warden|guard|governor|nurse|doctor|teacher|worker|manager|rep|"
    r"steward|councillor|chair|secretary|treasurer|caretaker|volunteer) (?:at|in|for|of|with)\b"
)
_WORKS_THERE: Final = compile_pattern(
    r"\b(?:i|we|she|he|they) (?:teach|teaches|work|works|volunteer|volunteers|lecture|lectures|visit|visits|deliver|"
    r"delivers) (?:\w+ ){0,2}?(?:in|at|on|for)\b"
)


# Words that say nothing by themselves: trimmed from a tagged span's edges ("in on yom
# kippur"); a span of nothing else is noise, as are the digits of a phone number. Service
# words (below) are trimmed the same way.
_CONTENTLESS: Final = frozenset({
    "a", "an", "the", "my", "his", "her", "their", "our", "your", "its", "it", "it's", "this", "that", "these",
    "those", "me", "him", "them", "us", "i", "he", "she", "they", "we", "you", "up", "down", "in", "on", "off",
    "out", "at", "to", "of", "for", "from", "with", "by", "and", "or", "but", "so", "is", "are", "was", "were",
    "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "not", "no", "yes", "just", "really",
    "like", "well", "oh", "er", "um", "erm", "here", "there", "anymore", "any", "more", "all", "whole", "think",
    "know", "somewhere", "anywhere", "place", "space", "room", "wants", "want", "needs", "need", "can", "could",
    "will", "would", "days", "weeks", "months", "years", "now", "again", "still", "hot", "cold", "warm", "got", "get",
    "gets", "getting", "thinks", "says", "said", "see", "seen", "seeing", "level", "levels", "sick", "leave", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "summer", "winter", "spring", "autumn", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "week",
    "month", "year", "morning", "afternoon", "evening", "night", "weekend", "holidays", "christmas", "easter", "term",
    "anyway", "anyhow", "if", "when", "then", "than", "because", "cos", "as", "what", "which", "who", "how", "why", "anything",
    "something", "nothing", "everything", "wrong", "right", "about", "after", "before", "go", "goes", "going", "went",
    # everyday things a tagged span can brush against: "he can't carry his bag", "he's lost his lunchbox"
    "bag", "bags", "lunchbox", "coat", "keys", "phone", "shoes", "uniform", "pen", "bus", "car", "house", "flat", "budgie",
})
_NUMBER_ONLY: Final = re.compile(rf"^(?:\d+|[a-z]|{NUMBER_WORDS}|double|triple)$")


# The service a call is about, which the caller needs readable even next to a fact: "can i
# swap to the afternoon counselling slots", "my counselling referral".
_SERVICE_WORDS: Final = frozenset({
    "counselling", "counseling", "counsellor", "counsellors", "referral", "referrals", "appointment", "appointments",
    "slot", "slots", "service", "services", "team", "review", "clinic", "session", "sessions",
    # the services a health call books are its business, not a fact about the caller
    "physio", "physiotherapy", "physiotherapist", "podiatry", "podiatrist", "chiropody", "chiropodist", "wheelchair",
    "wheelchairs", "equipment", "fitting", "assessment", "repair", "engineer", "grab", "rail", "rails", "ramp",
    "fund", "funds", "senco", "sendco", "caseworker", "coordinator", "ielts", "prep",
})


def _says_nothing(word: str) -> bool:
    return word in _CONTENTLESS or word in _SERVICE_WORDS or _NUMBER_ONLY.match(word) is not None


def _alone_stands(text: str, label: str, where: tuple[int, int]) -> bool:
    """True when a span the tagger found where no rule found a fact passes the checks a rule
    would have made: a person's fact, not a job, group, place or appointment, not framed."""
    start, end = where
    clause = clause_span(text, start, end)
    if _SOMEONE.search(text, *clause) is None or _ALONE_HEAD.match(text, end) is not None:
        return False
    if _WORKS_THERE.search(text, max(0, start - 40), start) is not None or _ROLE_AT.search(text) is not None:
        return False
    return not vetoed(_ALONE_GUARDS | _ALONE_LABEL_GUARDS.get(label, frozenset()), text, start, end)


def _tagged(
    text: str,
    categories: list[Finding],
    shields: list[tuple[int, int]],
    vetoes: Sequence[tuple[int, int]] = (),
    disclosed: bool = False,
) -> list[Finding]:
    """Further mentions, in words the rules do not list, of a category a rule has found:
    spans the span tagger reads as that category ("his meds", "the op", "her officer").

    Where no rule found a fact, the surest spans stand alone (see :func:`_alone_stands`),
    unless a disclosure was found: its facts are not labelled twice (R3).
    """
    known = {f.label for f in categories}
    if not known:
        if disclosed or not TAG_ALONE:
            return []
        # a rule that matched here and was turned down by its own context check has the say
        shields = [*shields, *vetoes]
    other = TAG_OTHER_THRESHOLD if known else TAG_ALONE_THRESHOLD
    taken = [(f.start, f.end) for f in categories]
    out: list[Finding] = []
    tagger = load_tagger()
    spans = tagger.tag(text, TAG_ECHO_THRESHOLD) if known else tagger.tag_near_cues(text, TAG_ALONE_THRESHOLD)
    for span in spans:
        if span.label not in known and span.high < other:
            continue
        kept = [
            (start, end)
            for word, start, end in words(text[span.start : span.end])
            if not _says_nothing(word) and not text.endswith("co-", 0, span.start + start)
        ]
        if not kept:
            continue
        where = (span.start + kept[0][0], span.start + kept[-1][1])
        if not known and not _alone_stands(text, span.label, where):
            continue
        if not _overlaps(where, taken) and not _overlaps(where, shields):
            out.append(Finding("category", span.label, *where, RISK_SCORE))
    return out
