"""Direct identifiers in caller speech: UK phone numbers and person names.

These are not special-category data and never become ``[label]`` tags in the engine's
output (a callback number is usually the point of the call). They exist for the parts
that need to *find* identifiers: phone capture during intake, third-party redaction in
subject access requests, and the benchmark against Presidio.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from receptionist.privacy.payment import looks_like_pan
from receptionist.privacy.spoken import DigitRun, digit_runs

IdentifierKind = Literal["phone", "person"]


@dataclass(frozen=True, slots=True)
class IdentifierSpan:
    """Where an identifier is in the text; ``value`` is the normalised form (E.164 for phones)."""

    kind: IdentifierKind
    start: int
    end: int
    value: str

    def __repr__(self) -> str:  # the value is personal data; keep it out of logs and tracebacks
        return f"IdentifierSpan(kind={self.kind!r}, start={self.start}, end={self.end})"


_PLUS = re.compile(r"(?:\+|\bplus\s+)\s*$", re.I)


def _uk_e164(digits: str, international: bool) -> str | None:
    """E.164 form of a UK number, or None when the digits cannot be one."""
    if international or digits.startswith("0044"):
        national = digits[4:] if digits.startswith("0044") else digits[2:] if digits.startswith("44") else ""
        if national.startswith("0"):  # "+44 (0)7700…"
            national = national[1:]
        return f"+44{national}" if len(national) in (9, 10) and national[0] in "1235789" else None
    if digits.startswith("0") and len(digits) in (10, 11) and digits[1] in "1235789":
        return f"+44{digits[1:]}"
    return None


def find_phone_numbers(text: str, runs: Sequence[DigitRun] | None = None) -> list[IdentifierSpan]:
    """UK phone numbers, typed ("01632 960771", "+44 7700 900123") or spoken ("oh seven seven double oh…").

    A number may be one part of a longer run ("…nine six oh, six two seven, and the ref is…" is
    cut at a pause), so windows of whole chunks are tried, longest first.
    """
    if runs is None:
        runs = digit_runs(text)
    out: list[IdentifierSpan] = []
    for run in runs:
        if looks_like_pan(run.digits):  # a card number's middle groups can look like an 020 number
            continue
        chunks = run.chunks
        i = 0
        while i < len(chunks):
            hit: tuple[int, str] | None = None
            digits = ""
            for j in range(i, len(chunks)):
                digits += chunks[j].digits
                if len(digits) > 14:
                    break
                international = bool(_PLUS.search(text[max(0, chunks[i].start - 6) : chunks[i].start]))
                e164 = _uk_e164(digits, international)
                if e164:
                    hit = (j, e164)
            if hit is None:
                i += 1
                continue
            j, e164 = hit
            start = chunks[i].start
            prefix = _PLUS.search(text[max(0, start - 6) : start])
            if prefix:
                start -= len(prefix.group())
            out.append(IdentifierSpan("phone", start, chunks[j].end, e164))
            i = j + 1
    return out


# A modest list of common given names in the UK; STT output is often lower case, so a name
# list is the only way to see "can sarah ring me" as a name.
def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_GIVEN = _wordset(
    """
    aaliyah aaron abdul abigail adam adrian ahmed aisha alan albert alex alexander alfie ali alice amelia amir amy
    andrew angela ann anna anne anthony archie arthur ava barbara ben benjamin beth bethan bilal brian callum carl
    caroline catherine charles charlie charlotte chloe chris christine christopher claire daniel darren david
    deborah dylan edward eleanor elizabeth ella ellie emily emma eric evie fatima fiona florence freddie freya gareth
    gary george georgia grace graham hannah harry harvey hassan helen henry holly ian imran isaac isabella isla jack
    jacob james jane jason jayden jennifer jessica joan joanne john jonathan joseph joshua julie karen kate katie kevin
    kieran laura lauren leah leo lewis liam lily linda lisa logan louise lucy luke margaret maria mark martin mary
    matthew megan mia michael michelle mohammed muhammad nathan neil nicola noah oliver olivia omar oscar owen patricia
    paul peter phoebe priya rachel rebecca reece rhys richard robert ruby ryan sam samantha samuel sandra sarah scarlett
    sean sian simon sophia sophie stephen steven stuart susan thomas tom tracey victoria william yusuf zara zoe
    """
)
# Common UK surnames, so a lower-case "priya patel" is one name and not a name and a word.
_SURNAMES = _wordset(
    """
    smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker
    white edwards hughes green hall lewis harris clarke patel jackson wood turner martin cooper hill ward morris
    moore clark lee king baker harrison morgan allen james scott phillips watson davis parker price bennett young
    griffiths mitchell kelly cook carter richardson bailey collins bell shaw murphy miller cox richards khan
    marshall anderson simpson ellis adams singh begum wilkinson foster chapman powell webb rogers gray mason ali
    hussain campbell matthews owen palmer holmes mills barnes knight lloyd butler russell barker fisher stevens
    jenkins murray dixon harvey graham pearson ahmed fletcher walsh kaur gibson howard andrews stewart elliott
    reynolds saunders payne fox ford pearce day brooks west lawrence cole atkinson bradley spencer gill dawson
    ball burton obrien o'brien watts rees okafor nowak kowalski mensah osei nguyen chen wang li
    """
)
_TITLE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|doctor|prof|professor|sir|dame|father|reverend|rev)\.?\s+([A-Za-z][\w'-]+)", re.I)
_INTRO = re.compile(
    r"\b(?:my name(?:'s| is)|this is|it's|i'm|i am|speaking to|called|named)\s+([A-Za-z][\w'-]*)(?:\s+([A-Za-z][\w'-]*))?",
    re.I,
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z'’-]+)")
_CAP_WORD = re.compile(r"[A-Z][a-z'’-]+")
_NAME_WORD = re.compile(r"\b[A-Za-z][a-z'’-]*\b")
_NOT_NAME = _wordset(
    """
    a an the and or but so calling ringing phoning just here about from with at on in to for of really very not
    sorry fine okay ok good well worried concerned trying looking wanting going still only also mum dad his her
    their my your our we he she they it this that there yes no um er erm calling regarding afraid sure happy
    down spelt spelled wrong missing listed being been was is are has had have still actually
    """
)


def _is_name_token(word: str, cased: bool, *, surname: bool = False) -> bool:
    low = word.lower()
    if low in _NOT_NAME:
        return False
    # Many surnames are also words ("green", "day"); they count only after a first name.
    return low in _GIVEN or (surname and low in _SURNAMES) or (cased and bool(_CAP_WORD.fullmatch(word)))


def find_person_names(text: str) -> list[IdentifierSpan]:
    """Person names: after a title ("Mrs Evans"), in an introduction ("my name's priya shah"),
    or a known given name, with a following capitalised surname when the text is cased.
    """
    cased = any(c.isupper() for c in text)
    spans: list[tuple[int, int]] = []
    for m in _TITLE.finditer(text):
        if m.group(1).lower() not in _NOT_NAME:
            spans.append((m.start(), m.end()))
    for m in _INTRO.finditer(text):
        # "my name is …" introduces a name whatever it is; "it's …" / "i'm …" only a known or
        # capitalised one ("i'm worried" is not a name).
        explicit = m.group(0).lower().startswith("my name")
        first, second = m.group(1), m.group(2)
        if first.lower() in _NOT_NAME or not (explicit or _is_name_token(first, cased)):
            continue
        end = m.end(1)
        if second and second.lower() not in _NOT_NAME and (explicit or _is_name_token(second, cased, surname=True)):
            end = m.end(2)
        spans.append((m.start(1), end))
    for m in _NAME_WORD.finditer(text):
        if m.group().lower() in _GIVEN:
            end = m.end()
            nxt = _NEXT_WORD.match(text, end)
            if nxt and nxt.group(1).lower() not in _NOT_NAME and (
                _CAP_WORD.fullmatch(nxt.group(1)) or nxt.group(1).lower() in _SURNAMES
            ):
                end = nxt.end()
            spans.append((m.start(), end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return [IdentifierSpan("person", s, e, text[s:e]) for s, e in merged]
