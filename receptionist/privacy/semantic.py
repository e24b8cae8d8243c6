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

from collections import Counter
from typing import Final

from receptionist.privacy.categories import CATEGORY_RULES
from receptionist.privacy.clauses import clause_span
from receptionist.privacy.context import framed, shielded_spans, vetoed
from receptionist.privacy.disclosure import GENERIC, HARM_CUES
from receptionist.privacy.intents import INTENT_RULES
from receptionist.privacy.patterns import Rule, compile_pattern, normalise
from receptionist.privacy.risk import SCORE as RISK_SCORE
from receptionist.privacy.risk import concern_subtype, is_concerning, is_risky, signal_spans
from receptionist.privacy.safeguarding import SAFEGUARDING_RULES
from receptionist.privacy.safeguarding_means import SELF_INFLICTED_NOW
from receptionist.privacy.subtypes import infer_subtype
from receptionist.privacy.types import Finding

ALL_RULES: Final[tuple[Rule, ...]] = (
    *SAFEGUARDING_RULES,
    *HARM_CUES,
    *CATEGORY_RULES,
    *INTENT_RULES,
)

_IMMEDIATE: Final = "immediate_danger"
_SELF_HARM: Final = "self_harm_suicide"
# Score ceiling for subtypes other than immediate danger, so R2 precedence always wins.
_SPECIFIC_CEILING: Final = 0.96
_IMMEDIATE_SCORE: Final = 0.97
# Harm happening now or within minutes (R2) when said alongside another disclosure.
_NOW: Final = compile_pattern(
    r"\b(?:right now|as we speak|at (?:this|the) moment|this minute|this second|"
    r"in (?:the next )?(?:a few|five|ten|two|couple of|\d+) minutes|any minute|"
    r"on (?:his|her|their) way (?:here|over|round|back)|(?:outside|at) (?:the|my|our) "
    r"(?:door|window|house|flat) now|(?:is|'s|are|'re) (?:here|outside) now|"
    r"(?:he|she|they)(?:'s| is| are|'re) (?:still )?(?:inside|in there|trapped))\b"
)

# Words of self-harm the word-list tier may have relied on, for clause-level health masking.
_SELF_HARM_WORDS: Final = compile_pattern(
    r"\b(?:suicid\w*|overdos\w*|self[- ]?harm\w*|(?:kill|killing|hurt|hurting|cut|cutting) "
    r"(?:myself|himself|herself|themselves)|pills|tablets|paracetamol|cutting|noose|end it|"
    r"(?:want|wants|wanted) to die|razors?|blades?)\b"
)

_Hit = tuple[Finding, Rule]


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _raw_hits(text: str, shields: list[tuple[int, int]]) -> list[_Hit]:
    """Every rule match that survives shields and guards, before the labelling rules."""
    hits: list[_Hit] = []
    for rule in ALL_RULES:
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            if end <= start or _overlaps((start, end), shields):
                continue
            if rule.guards and vetoed(rule.guards, text, start, end):
                continue
            if rule.span_group:
                start, end = match.span(rule.span_group)
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
    found = [f for f, _ in hits if f.kind == "safeguarding"]
    if not found:
        blanked = _blank(text, shields)
        if not (is_risky(blanked) or is_concerning(blanked)) or framed(text):
            return []
        # Only the lexicon nets fired: flag the whole utterance, low and uncertain.
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        label = concern_subtype(blanked) or infer_subtype(text)
        return [Finding("safeguarding", label, start, end, RISK_SCORE)]
    counts = Counter(f.label for f in found)
    out: list[Finding] = []
    for f in found:
        start, end = clause_span(text, f.start, f.end)
        if f.label == _IMMEDIATE:
            score = _IMMEDIATE_SCORE
        else:
            score = min(_SPECIFIC_CEILING, f.score + 0.02 * (counts[f.label] - 1))
        out.append(Finding("safeguarding", f.label, start, end, score))
    if not counts[_IMMEDIATE]:
        now = _NOW.search(text)
        if now is not None:
            start, end = clause_span(text, now.start(), now.end())
            out.append(Finding("safeguarding", _IMMEDIATE, start, end, _IMMEDIATE_SCORE))
    return out


def _categories(text: str, hits: list[_Hit], safeguarding: list[Finding]) -> list[Finding]:
    """Category findings after R3, plus clause-level health for self-harm content."""
    disclosed = bool(safeguarding)
    out = [
        f
        for f, rule in hits
        if f.kind == "category" and not (disclosed and rule.yields_to_safeguarding)
    ]
    top = max(safeguarding, key=lambda f: f.score).label if safeguarding else None
    if top not in (_SELF_HARM, _IMMEDIATE):
        # another subtype won (a partner threatening suicide, peers urging it): not self-harm
        return _absorb_into_genetic(_merge(out))
    for f, rule in hits:
        # With immediate danger on top, only harm already self-inflicted (an overdose taken, a
        # cut bleeding) is health; someone on a roof now is danger, not a health fact.
        self_harm = f.label == _SELF_HARM and top == _SELF_HARM
        if f.kind == "safeguarding" and (self_harm or rule in SELF_INFLICTED_NOW):
            start, end = clause_span(text, f.start, f.end, tight=True)
            out.append(Finding("category", "health", start, end, f.score))
    if top == _SELF_HARM and not any(f.kind == "safeguarding" for f, _ in hits):
        # only the word-list tier saw it: mask each clause that carries a self-harm word (R3)
        spans = [m.span() for m in _SELF_HARM_WORDS.finditer(text)]
        for start, end in spans or signal_spans(text, _SELF_HARM):
            start, end = clause_span(text, start, end, tight=True)
            out.append(Finding("category", "health", start, end, RISK_SCORE))
    return _absorb_into_genetic(_merge(out))


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


def detect_semantic(text: str) -> list[Finding]:
    """Return safeguarding, category and intent findings for one caller utterance.

    Offsets refer to ``text`` as given. Safeguarding and intent findings mark the disclosure
    or request clause and are not redacted by themselves; category findings mark exactly the
    sensitive fact, which the redactor replaces with ``[label]``.
    """
    if not text:
        return []
    norm = normalise(text)
    shields = shielded_spans(norm)
    hits = _name_generic(norm, _raw_hits(norm, shields))
    safeguarding = _safeguarding(norm, hits, shields)
    categories = _categories(norm, hits, safeguarding)
    return sorted([*safeguarding, *categories, *_intents(hits)], key=lambda f: (f.start, f.end))
