"""Rule records and the small pattern dialect the language detectors are written in.

Detector tables are written as readable phrase patterns and compiled once at import time:

* a literal space means "one or more separators" (spaces, commas, dashes, full stops), so the
  same rule matches "he hit me", "he, hit me" and "he - hit me" as STT produces them;
* an apostrophe is optional and accepts the typographic form, so "i'm" also matches "im" and
  "i’m";
* ``{NAME}`` inserts a shared fragment (e.g. a list of relatives) from :data:`FRAGMENTS`.

Text is normalised once per call by :func:`normalise`, which never changes its length, so the
offsets of every match are offsets into the caller's original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from receptionist.privacy.types import FindingKind

_SEP: Final = r"[\s,.;:!?\-–]+"

# Hesitations replaced with blanks of the same length, so "he um hit me" reads as "he    hit me".
_FILLERS: Final = re.compile(
    r"\b(?:u+m+|u+h+m*|e+r+m*|a+h+|h+m+|mm+)\b(?!')|(?<=,)\s*like\s*(?=,)|(?<=,)\s*you know\s*(?=,)|\.\.\.|…|"
    # "like" as a hedge before a number ("taken like twenty"), not a verb ("i'd like two")
    r"(?<!'d )(?<!would )(?<!\bi )(?<!we )(?<!you )(?<!they )(?<!n't )(?<!look )(?<!looks )(?<!feel )(?<!feels )"
    r"\blike(?= (?:\d|about|around|a couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|a hundred|half)\b)"
)
# Northern and Scottish first person as STT writes it ("ah'm", "ah've"), read as "i'm ", "i've ".
_DIALECT_I: Final = re.compile(r"\bah'(m|ve|d|ll)\b")
# Northern, Scottish and Irish "me"/"ma" for "my" before a person or a thing of theirs ("me
# brother's", "ma bail conditions", "scanned ma eye"), and Scots "aff" for "off": same length.
_DIALECT_MY: Final = re.compile(
    r"\b(?:me|ma)(?= (?:(?:wee|little|own|real|big|older|younger|eldest|youngest|poor|old|new|"
    r"best) )?(?:mum|mam|mammy|maw|mither|mother|dad|da|daddy|faither|father|step ?dad|step ?mum|son|daughter|"
    r"boy|girl|lad|lass|wean|weans|bairn|bairns|kids?|children|baby|brother|sister|bro|sis|"
    r"grandson|granddaughter|nephew|niece|cousin|husband|wife|partner|boyfriend|girlfriend|"
    r"fella|missus|auntie|aunty|uncle|nan|nana|gran|granny|grandma|grandad|friend|mate|pal|"
    r"neighbour|family|fiance|fiancee|ex|bail|licence|probation|tag|record|conviction|eye|eyes|"
    r"face|fingerprints?|thumb|hand|palm|voice|dna|tablets|meds|medication|inhaler|doctor|gp|"
    r"diagnosis|condition|card|account|bank|sort|pin|pension|benefits|money|wages|players?|"
    r"pupils?|team|lot|class|hubby|grandkids|arms?|legs?|wrists?|skin|thighs?|stomach|chest|knees?|hips?|"
    r"feet|teeth|ears?|nerves|insulin|inhalers|prescription|script|bloods|results|ballot|vote|dentures|tooth|front|glasses|specs|"
    r"purse|handbag|keys|walking|hearing|mouth|nose|lip|jaw|ribs|oramorph|morphine|patches|pills|injections?)\b)"
)
_DIALECT_OFF: Final = re.compile(r"\baff\b")
_THE_SPOUSE: Final = re.compile(r"\b(the )(wife|missus|missis|hubby|other half)\b(?! of\b)")
_APOSTROPHES: Final = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})

#: Shared fragments referenced as ``{NAME}`` inside rule patterns.
FRAGMENTS: Final[dict[str, str]] = {
    # someone the caller refers to by relationship
    "KIN": r"(?:mum|mam|mom|mother|dad|father|step ?dad|step ?mum|stepfather|stepmother|parents?|"
    r"son|daughter|child|kid|kids|children|boy|girl|lad|baby|toddler|brother|sister|grandson|"
    r"granddaughter|nephew|niece|cousin|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|"
    r"auntie|aunty|aunt|uncle|nan|nana|gran|granny|grandma|grandad|grandpa|grandfather|"
    r"grandmother|friend|mate|flatmate|neighbour|ex|ex ?husband|ex ?wife|ex ?partner|little one|"
    r"family|wee one|pupil|student|learner|colleague|client|tenant|carer)",
    # "i'm", "my son's", "she is", "we're" — the subject of an identity statement
    "SUBJ": r"(?:i'm|i am|im|i've always been|i've been|we've been|we've always been|they've always been|he's always been|she's always been|(?:i've|we've|they've|he's|she's)(?= (?:now |recently |just )?"
    r"(?:become|converted|turned))|we're|we are|were|he's|he is|she's|she is|they're|"
    r"they are|(?:my|our|her|his) (?:\w+ )?(?:mum|mam|mither|maw|mother|dad|da|faither|father|son|daughter|child|kid|"
    r"kids|children|boy|girl|husband|wife|partner|boyfriend|girlfriend|brother|sister|family|"
    r"parents|grandma|grandad|nan|auntie|uncle|friend|mate|grandparents|grandmother|grandfather|"
    r"relatives|cousins|in laws|people|grandson|granddaughter|grandkids|grandchildren|nephew|"
    r"niece|cousin|neighbour|neighbours|flatmate|housemate|step ?dad|step ?mum|stepfather|"
    r"stepmother|step ?son|step ?daughter|fianc[eé]e?|lodger|tenant|colleague|twins|gran|nana|"
    r"granny|aunt|aunty|carer|baby|toddler|little one|youngest|eldest|oldest|lass|lad|fella|missus|hubby|ex|"
    r"ex[- ]?husband|ex[- ]?wife|ex[- ]?partner|"
    r"(?:mother|father|sister|brother|son|"
    r"daughter)[- ]in[- ]law)(?:'s| is| are| was| were)|"
    # "mum's a lifelong plaid supporter", "dad's sikh", "dad was chapel"; "i was in the neu", "we were both ..."
    r"(?<![\w'])(?:mum|mam|dad|nan|nana|gran|granny|grandad|grandma|grandpa)(?:'s| is| was| were)|"
    r"me and (?:mum|mam|dad|nan|gran|grandad|grandma|(?:the|my) (?:other )?\w+) (?:are|'re|were)|"
    r"(?:i|he|she) was|(?:we|they) were|(?:my \w+ and (?:i|me)|me and my \w+) (?:are|'re)|(?:me and my \w+|my \w+ "
    r"and i)(?= (?:became|both became|converted|both converted|joined|turned))|the \w+'s (?:family|parents|mum|dad|"
    r"mother|father|husband|wife|side)(?: is| are|'s)|(?:my|our|his|her) (?:client|service user|resident|patient|customer|"
    r"student|pupil|learner|member|tenant)(?:'s| is)|"
    r"(?:me and|my \w+ and (?:i|me)) (?:the|my) (?:wife|husband|missus|partner|"
    r"other half|fella|kids|family)(?: are|'re)|"
    r"(?:my|our|her|his|their) (?:\w+'s )?(?:mum's|mam's|mom's|mother's|dad's|father's) side "
    r"(?:is|are|were|was|'s|'re))",
    # a child, as callers name them
    "CHILD": r"(?:child|children|kid|kids|son|daughter|boy|girl|lad|lass|baby|toddler|little one|"
    r"little boy|little girl|little lad|pupil|pupils|student|year (?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|\d+)|grandson|granddaughter|nephew|niece|brother|sister|"
    r"stepson|stepdaughter|foster child|(?:\w+[- ])?year[- ]olds?)",
    # an intimate partner, current or former
    "PARTNER": r"(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|ex|ex ?husband|"
    r"(?:son's|daughter's|kids'|children's|baby's) (?:father|dad|mum|mother)|baby daddy|"
    r"ex ?wife|ex ?partner|ex ?boyfriend|ex ?girlfriend|other half|bloke|fella|missus)",
    # a pronoun or short noun phrase naming a person
    "WHO": r"(?:me|him|her|them|us|my \w+|his \w+|her \w+|their \w+|the \w+)",
    # a parent figure
    "PARENT": r"(?:mum|mam|mom|mother|dad|father|step ?dad|step ?mum|stepfather|stepmother|"
    r"parents?|mum's (?:boyfriend|partner|fella)|dad's (?:girlfriend|partner)|foster (?:mum|dad|"
    r"carer|parents?))",
    # a river or the sea by name, as a place someone might drown
    "RIVER": r"(?:tyne|wear|tees|thames|mersey|clyde|severn|trent|avon|taff|ouse|humber|irwell|aire|"
    r"lagan|forth|tay|dee|exe|medway|tamar|calder|don|usk|towy|conwy|foyle|cut|docks?|harbour|marina|quay)",
}


def compile_pattern(source: str, fragments: Mapping[str, str] = FRAGMENTS) -> re.Pattern[str]:
    """Compile one phrase pattern of the dialect described in the module docstring."""
    return re.compile(pattern_source(source, fragments))


def pattern_source(source: str, fragments: Mapping[str, str] = FRAGMENTS) -> str:
    """The standard regular expression a phrase pattern of the dialect stands for."""
    for name, frag in fragments.items():
        source = source.replace("{" + name + "}", frag)
    # Apostrophes first (the separator class contains none), then word runs (which may
    # contain an apostrophe: "she'll"), then optional and required separators.
    # "[- ]" is spelled as a separator (which includes the hyphen): no spaces inside classes.
    source = source.replace("[- ]?", " ?").replace("[- ]", " ")
    source = source.replace("'", "'?")
    source = source.replace(r"\w+", r"[\w']+").replace(r"\w*", r"[\w']*")
    return source.replace(" ?", "\x00").replace(" ", _SEP).replace("\x00", f"(?:{_SEP})?")


def alternation(phrases: Sequence[str]) -> str:
    """Join phrase patterns into one non-capturing alternation, longest first."""
    return "(?:" + "|".join(sorted(phrases, key=len, reverse=True)) + ")"


_Trie = dict[str, "_Trie"]


def word_list(words: str) -> str:
    """A trie-shaped alternation of a whitespace-and-``|``-separated vocabulary.

    Long vocabularies (medicines, conditions, unions) are written as plain lists; as a trie,
    the regex engine tests each shared prefix once instead of trying hundreds of branches at
    every word start, which keeps the engine inside its latency budget. Entries are literal
    text in the pattern dialect: ``|`` separates entries, a space inside an entry is a
    separator and an apostrophe is optional.
    """
    entries = sorted({e.strip() for e in words.replace("\n", "|").split("|") if e.strip()})
    trie: _Trie = {}
    for entry in entries:
        node = trie
        for ch in entry:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: _Trie) -> str:
    ends = "" in node
    branches = [_char(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def _char(ch: str) -> str:
    return ch if ch in " '" else re.escape(ch)


def normalise(text: str) -> str:
    """Lower-case, unify apostrophes and blank out hesitations, keeping the text's length.

    Rules are compiled case-sensitively against this form: matching lower-case text is about
    three times faster than ``re.IGNORECASE``.
    """
    lowered = text.translate(_APOSTROPHES).lower()
    if len(lowered) != len(text):
        # A few characters (e.g. "İ") lower-case to two; keep those as they are.
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_APOSTROPHES))
    lowered = _DIALECT_I.sub(lambda m: "i'" + m.group(1) + " ", lowered)
    if "me " in lowered or "ma " in lowered or "aff" in lowered:
        lowered = _DIALECT_OFF.sub("off", _DIALECT_MY.sub("my", lowered))
    if "nae" in lowered:
        lowered = _SCOTS_NOT.sub(_scots_not, lowered)
    if "the " in lowered:
        # "the wife", "the missus": the caller's own partner, as "my wife" is
        lowered = _THE_SPOUSE.sub(lambda m: "my" + " " * (len(m.group(1)) - 2) + m.group(2), lowered)
    if "gan" in lowered or "div" in lowered or "wor " in lowered:
        lowered = _GEORDIE.sub(lambda m: _GEORDIE_WORDS[m.group()], lowered)
    if "meself" in lowered or "hisself" in lowered:
        lowered = _DIALECT_SELF.sub(lambda m: "myself" if m.group() == "meself" else "himself", lowered)
    return _FILLERS.sub(lambda m: " " * len(m.group(0)), lowered)


# Scots negatives and "gonnae", respelled at the same length: "she doesnae want to be here" reads
# as "she doesn't want to be here", "he's gonnae jump" as "he's gonna  jump".
_SCOTS_NOT: Final = re.compile(r"\b(?:(does|did|would|could|should|is|was|have|has|are|were|must)nae|(gon|wan|hav)nae|(can|din)nae)\b")
_SCOTS_WHOLE: Final = {"can": "can't ", "din": "don't "}
_DIALECT_SELF: Final = re.compile(r"\b(?:meself|hisself)\b")
# Geordie "ganna"/"gannin" (going to, going), "gan" (go), "divn't" (don't) and "wor" (our),
# respelled at the same length: "he's ganna walk into the tyne" reads as "he's gonna walk ...".
_GEORDIE_WORDS: Final = {
    "ganna": "gonna", "gannin": "going ", "gan": "go ", "divn't": "don't ", "divvent": "don't  ", "wor": "our",
}
_GEORDIE: Final = re.compile(r"\b(?:ganna|gannin|gan|divn't|divvent|wor)\b")


def _scots_not(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1) + "n't"
    if m.group(2):
        return {"gon": "gonna ", "wan": "wanna ", "hav": "have  "}[m.group(2)]
    return _SCOTS_WHOLE[m.group(3)]


@dataclass(frozen=True, slots=True)
class Rule:
    """One detection rule: a compiled pattern producing findings of one label.

    ``guards`` name context checks (see :mod:`receptionist.privacy.context`) that veto a
    match; ``span_group`` selects the part of the match to report (0 = whole match).
    """

    kind: FindingKind
    label: str
    pattern: re.Pattern[str]
    score: float
    guards: frozenset[str] = field(default_factory=frozenset)
    span_group: int | str = 0
    yields_to_safeguarding: bool = False
    #: the phrase patterns the rule was built from (see :func:`split_phrases`)
    phrases: tuple[str, ...] = ()


def _rule_source(phrases: Sequence[str]) -> str:
    # A match starts at a word start (a lookbehind scans faster than \b in CPython's engine)
    # and ends at a word boundary, or on a separator some phrases end with ("hit me ").
    return pattern_source(r"(?<![\w'])" + alternation(phrases) + r"(?:(?<=[\s,.;:!?\-–])|(?![\w]))")


def _rule_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    return re.compile(_rule_source(phrases))


def split_phrases(rule: Rule) -> tuple[Rule, ...]:
    """The rule as one rule per phrase, in the order its alternation tries them.

    A rule of many phrases runs whole wherever any one phrase's literal occurs, trying every
    phrase at every word; split, only the phrases whose literals are there run (the engine
    puts their matches back together as the alternation would). A rule that reports a
    capture group keeps its phrases together (group numbers would change).
    """
    if rule.span_group:
        return (rule,)
    # in the order the rule's alternation tries them (see :func:`alternation`); a phrase's own
    # top-level alternatives are tried in their order at its place, so they split the same way
    parts = [alt for phrase in sorted(rule.phrases, key=len, reverse=True) for alt in top_level_alternatives(phrase)]
    if len(parts) < 2:
        return (rule,)
    return tuple(
        Rule(rule.kind, rule.label, _rule_pattern([part]), rule.score, rule.guards, 0, rule.yields_to_safeguarding, (part,))
        for part in parts
    )


def wrapped_alternatives(source: str) -> list[str]:
    """``source`` (a regular expression) as the alternatives it tries in order: its top-level
    alternatives, each of the form ``\\b(?:a|b)\\b`` opened up into ``\\b(?:a)\\b`` and
    ``\\b(?:b)\\b``. Run one by one and put back together in order (see
    :func:`~receptionist.privacy.prefilter.alternation_matches`), they match as ``source`` does."""
    out: list[str] = []
    for alt in top_level_alternatives(source):
        head, tail = "\\b(?:", ")\\b" if alt.endswith(")\\b") else ")"
        close = _closing_paren(alt, head.index("(")) if alt.startswith(head) else -1
        if close != len(alt) - len(tail):
            out.append(alt)
            continue
        out.extend(head + inner + tail for inner in top_level_alternatives(alt[len(head) : close]))
    return out


def _closing_paren(text: str, start: int) -> int:
    """The index of the parenthesis that closes the group opened at ``start`` (-1 if none)."""
    return next((i for i, c, depth in _grouping(text, start) if c == ")" and depth == 0), -1)


def top_level_alternatives(phrase: str) -> list[str]:
    """``phrase`` cut at each ``|`` outside any group or character class ("a|b(?:c|d)" gives
    "a" and "b(?:c|d)"); a phrase with none is returned whole."""
    cuts = [i for i, c, depth in _grouping(phrase) if c == "|" and depth == 0]
    return [phrase[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(phrase)], strict=True)]


def _grouping(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each "(", ")" and "|" of a regular expression from ``start`` that is not escaped or inside
    a character class: its index, the character and the group depth after it."""
    depth, i, in_class = 0, start, False
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if text.startswith("[]", i) or text.startswith("[^]", i):
                i += 2 if text[i + 1] == "]" else 3
                continue
        elif c in "()|":
            depth += 1 if c == "(" else -1 if c == ")" else 0
            yield i, c, depth
        i += 1


def rules(
    kind: FindingKind,
    label: str,
    score: float,
    phrases: Sequence[str],
    *,
    guards: Sequence[str] = (),
    span_group: int | str = 0,
    yields_to_safeguarding: bool = False,
) -> Rule:
    """Build a rule whose pattern is the alternation of ``phrases`` (word-bounded)."""
    pattern = _rule_pattern(phrases)
    return Rule(kind, label, pattern, score, frozenset(guards), span_group, yields_to_safeguarding, tuple(phrases))
