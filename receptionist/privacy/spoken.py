"""Numbers as speech-to-text writes them: digits, number words, or a mix of both.

Callers read card numbers, phone numbers and references aloud, and STT renders them as
"oh seven seven double oh, nine double oh…", "four one one one", "triple five",
"twenty six" or plain digits, often broken by commas or an "um". :func:`digit_runs` turns
every such stretch into a :class:`DigitRun` with character offsets into the original text,
so detectors (card numbers, sort codes, phone capture) can work on digits and still mask
the exact words that were spoken.

A run is split into *chunks* wherever the speaker paused (comma, hyphen, filler) or between
two separately typed digit groups; detectors only cut runs at chunk boundaries, which keeps
them from carving a card number out of the middle of a phone number. :class:`RunIndex`
answers "which number is next to these words" for the context-driven detectors.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

_UNITS: dict[str, str] = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
_TEENS: dict[str, str] = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}
_TENS: dict[str, int] = {
    "twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9,
}
_REPEAT: dict[str, int] = {"double": 2, "triple": 3, "treble": 3}
_FILLERS: frozenset[str] = frozenset(
    {"um", "umm", "uh", "uhh", "er", "erm", "eh", "ah", "hmm", "mm", "uhm", "slash", "dash", "hyphen"}
)
# "oh" and "o" are zero only next to other number words; alone they are interjections.
_WEAK_ZERO: frozenset[str] = frozenset({"oh", "o"})

_TOKEN = re.compile(r"\d+|[A-Za-z]+|[^\sA-Za-z\d]")
#: Every number word the parser reads, longest first, as a regular-expression alternation.
NUMBER_WORDS: Final = "|".join(
    sorted({*_UNITS, *_TEENS, *_TENS, *_REPEAT, "hundred", "thousand"}, key=len, reverse=True)
)
# A digit or a number word anywhere: without one, an utterance has no digit runs.
_ANY_NUMBER = re.compile(r"\d|\b(?:" + NUMBER_WORDS + r")\b", re.I)
# Punctuation a speaker's pause turns into; a run continues across it but a chunk ends.
_PAUSE_PUNCT: frozenset[str] = frozenset({",", "-", "/", "–"})
# Words a caller corrects a misread digit with; the number carries on after them.
_CORRECTIONS: frozenset[str] = frozenset({"sorry", "no", "nope", "wait", "actually", "oops", "correction"})
# Words said after a correction before the number goes on: "no wait, yeah double two oh one".
_AFTER_CORRECTION: frozenset[str] = frozenset({"yeah", "yes", "yep", "ok", "okay", "right", "so", "it's", "its", "it", "is"})


@dataclass(frozen=True, slots=True)
class DigitChunk:
    """Part of a run spoken without a pause: its span and its digits."""

    start: int
    end: int
    digits: str
    #: said straight after a correction ("one oh five, sorry, one oh five seven")
    corrected: bool = False


def _without_restarts(groups: list[str]) -> list[str]:
    """Drop groups the caller said again from the start: one or two groups that the rest of
    the number begins with, or a round tens word restarted as a pair ("fifty", "fifty three")."""
    out = list(groups)
    k = 1
    while k < len(out):
        rest = "".join(out[k:])
        for size in (2, 1):
            head = "".join(out[k - size : k]) if k >= size else ""
            restarted = len(head) >= 2 and rest.startswith(head)
            tens = size == 1 and len(head) == 2 and head[1] == "0" and len(out[k]) >= 2 and out[k][0] == head[0]
            if restarted or tens:
                del out[k - size : k]
                k -= size
                break
        k += 1
    return out


@dataclass(frozen=True, slots=True)
class DigitRun:
    """One number as spoken or typed: character span in the original text and its digits."""

    start: int
    end: int
    digits: str
    chunks: tuple[DigitChunk, ...] = ()

    @property
    def said(self) -> str:
        """The digits as the caller meant them. A group said just before a correction ("six six
        one, sorry, six six oh one") is replaced by the corrected group, and a restart ("forty,
        sixty... forty sixty, twenty two"; "fifty... fifty three") is said once."""
        if len(self.chunks) < 2:
            return self.digits
        kept = [
            c.digits for k, c in enumerate(self.chunks) if not (k + 1 < len(self.chunks) and self.chunks[k + 1].corrected)
        ]
        return "".join(_without_restarts(kept))


@dataclass(slots=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int


def _cardinal(toks: list[_Tok], i: int) -> tuple[str, int] | None:
    """Parse "three hundred and twelve" / "two thousand and five" style cardinals at ``i``.

    Returns the digits and the index after the cardinal, or None when no multiplier word
    follows (plain digit-by-digit speech is handled by the caller).
    """
    total = 0
    current = 0
    j = i
    used_multiplier = False
    while j < len(toks):
        w = toks[j].low
        if w in _UNITS and w not in _WEAK_ZERO and w not in ("zero", "nought", "naught", "nil"):
            if current % 10:
                break
            current += int(_UNITS[w])
        elif w in _TEENS:
            if current % 100:
                break
            current += int(_TEENS[w])
        elif w in _TENS:
            if current % 100:
                break
            current += _TENS[w] * 10
        elif w == "a" and j + 1 < len(toks) and toks[j + 1].low in ("hundred", "thousand") and current == 0:
            current = 1
        elif w == "hundred" and 0 < current < 10:
            current *= 100
            used_multiplier = True
        elif w == "thousand" and 0 < current < 1000:
            total += current * 1000
            current = 0
            used_multiplier = True
        elif w == "and" and used_multiplier and j + 1 < len(toks) and (
            toks[j + 1].low in _TEENS or toks[j + 1].low in _TENS or toks[j + 1].low in _UNITS
        ):
            pass
        else:
            break
        j += 1
    if not used_multiplier:
        return None
    return str(total + current), j


def _number_at(toks: list[_Tok], i: int) -> tuple[str, int] | None:
    """The digits of the number word(s) starting at token ``i`` and the next index, if any."""
    tok = toks[i]
    w = tok.low
    if tok.text.isdigit():
        return tok.text, i + 1
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if w == "o" and nxt == "'":  # "seven o'clock" is a time, not "seven zero"
        return None
    if w in _REPEAT and nxt in _UNITS:
        return _UNITS[nxt] * _REPEAT[w], i + 2
    if w in _REPEAT and i + 1 < len(toks) and toks[i + 1].text.isdigit() and len(toks[i + 1].text) == 1:
        return toks[i + 1].text * _REPEAT[w], i + 2
    if ((w in _UNITS or w in _TENS or w in _TEENS or w == "a") and nxt in ("hundred", "thousand", "and")) or (
        w in _TENS and nxt in _UNITS and i + 2 < len(toks) and toks[i + 2].low in ("hundred", "thousand")
    ):
        parsed = _cardinal(toks, i)
        if parsed is not None:
            return parsed
    if w in _UNITS:
        return _UNITS[w], i + 1
    if w in _TEENS:
        return _TEENS[w], i + 1
    if w in _TENS:
        if nxt == "-" and i + 2 < len(toks) and toks[i + 2].low in _UNITS and _UNITS[toks[i + 2].low] != "0":
            return str(_TENS[w] * 10 + int(_UNITS[toks[i + 2].low])), i + 3  # "twenty-six"
        if nxt in _UNITS and nxt not in _WEAK_ZERO and _UNITS[nxt] != "0":
            return str(_TENS[w] * 10 + int(_UNITS[nxt])), i + 2
        return str(_TENS[w] * 10), i + 1
    return None


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _i_mean(toks: list[_Tok], i: int) -> bool:
    return toks[i].low == "i" and i + 1 < len(toks) and toks[i + 1].low == "mean"


def _ellipsis(toks: list[_Tok], i: int) -> bool:
    """A trailing-off pause ("five two... five two three four"), not a full stop."""
    if toks[i].text == "…":
        return True
    if toks[i].text != ".":
        return False
    return (i + 1 < len(toks) and toks[i + 1].text == ".") or (i > 0 and toks[i - 1].text == ".")


def _oh_interjection(toks: list[_Tok], i: int) -> bool:
    """An "oh" said after a pause and before an ordinary word ("oh dear", "oh no, hang on")."""
    if toks[i].low not in _WEAK_ZERO or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.text.isalpha() and _number_at(toks, i + 1) is None and nxt.low not in _FILLERS and nxt.low not in _CORRECTIONS


def digit_runs(text: str) -> list[DigitRun]:
    """Every number in ``text``, written as digits or spoken as words, in order.

    Consecutive numbers separated only by spaces, commas, hyphens, slashes or fillers ("um")
    form one run ("four oh oh oh, oh oh two five" is one run of eight digits in two chunks).
    A lone "oh" or "o" is an interjection, not a zero.
    """
    if _ANY_NUMBER.search(text) is None:
        return []  # most utterances name no number: skip the tokenising
    toks = _tokens(text)
    runs: list[DigitRun] = []
    chunks: list[DigitChunk] = []
    words_in_run: list[str] = []
    pending_pause = False
    pending_correction = False
    prev_was_digit_token = False

    def close() -> None:
        nonlocal chunks, words_in_run
        if chunks and not all(w in _WEAK_ZERO for w in words_in_run):
            runs.append(DigitRun(chunks[0].start, chunks[-1].end, "".join(c.digits for c in chunks), tuple(chunks)))
        chunks = []
        words_in_run = []

    i = 0
    while i < len(toks):
        if chunks and pending_pause and _oh_interjection(toks, i):
            # "four four eight eight, oh dear the light's bad, one two oh nine": a pause, not a zero
            i += 1
            continue
        parsed = _number_at(toks, i)
        if parsed is not None:
            digits, nxt = parsed
            start, end = toks[i].start, toks[nxt - 1].end
            is_digit_token = toks[i].text.isdigit()
            words_in_run.extend(t.low for t in toks[i:nxt])
            # Typed digit groups are separate chunks; spoken words join the current chunk
            # unless the speaker paused.
            if chunks and not pending_pause and not is_digit_token and not prev_was_digit_token:
                last = chunks[-1]
                chunks[-1] = DigitChunk(last.start, end, last.digits + digits, last.corrected)
            else:
                chunks.append(DigitChunk(start, end, digits, pending_correction))
            pending_pause = False
            pending_correction = False
            prev_was_digit_token = is_digit_token
            i = nxt
            continue
        tok = toks[i]
        if chunks and (tok.low in _FILLERS or tok.text in _PAUSE_PUNCT or _ellipsis(toks, i)):
            pending_pause = True
            i += 1
            continue
        if chunks and (tok.low in _CORRECTIONS or _i_mean(toks, i)):
            pending_pause = pending_correction = True
            i += 2 if tok.low == "i" else 1
            continue
        if chunks and pending_correction and tok.low in _AFTER_CORRECTION:
            i += 1
            continue
        close()
        pending_pause = False
        pending_correction = False
        prev_was_digit_token = False
        i += 1
    close()
    return runs


def spelled_tokens(text: str) -> list[tuple[str, int, int]]:
    """Letters and numbers read out one at a time, for codes spelled aloud (IBANs, postcodes).

    Each item is the upper-case letter or the digits a token stands for, with its span;
    number words are parsed as :func:`digit_runs` parses them ("double four" is "44"), and
    any other word is left out, so callers check that neighbouring items are adjacent.
    """
    toks = _tokens(text)
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.text in _PAUSE_PUNCT or tok.text in ",.":
            i += 1
            continue
        # "oh" is zero only between other numbers; a lone "o" is the letter
        if tok.low in ("oh", "o") and not (
            (i + 1 < len(toks) and _number_at(toks, i + 1) is not None) or (out and out[-1][0].isdigit())
        ):
            if len(tok.text) == 1:
                out.append((tok.text.upper(), tok.start, tok.end))
            i += 1
            continue
        parsed = _number_at(toks, i)
        if parsed is not None:
            digits, nxt = parsed
            out.append((digits, tok.start, toks[nxt - 1].end))
            i = nxt
            continue
        # the "s" of "it's" is not a spelled letter
        if len(tok.text) == 1 and tok.text.isascii() and tok.text.isalpha() and not (i and toks[i - 1].text == "'"):
            out.append((tok.text.upper(), tok.start, tok.end))
        # a code STT wrote as one capitalised word: "GB", "NWBK"
        elif 2 <= len(tok.text) <= 4 and tok.text.isalpha() and tok.text.isupper():
            out.append((tok.text, tok.start, tok.end))
        i += 1
    return out


_WORD = re.compile(r"[A-Za-z0-9']+")


def words_between(text: str, a: int, b: int) -> int:
    """How many words lie between offsets ``a`` and ``b`` (0 when ``b <= a``); hesitations
    ("um", "er") are not words."""
    if b <= a:
        return 0
    return sum(1 for w in _WORD.findall(text, a, b) if w.lower() not in _FILLERS)


class RunIndex:
    """Digit runs in text order with a bisect index, so "the number next to these words"
    lookups stay O(log n) however long the text.
    """

    def __init__(self, runs: Sequence[DigitRun]) -> None:
        self.runs = list(runs)
        self._starts = [r.start for r in self.runs]
        self._ends = [r.end for r in self.runs]

    def after(self, pos: int) -> DigitRun | None:
        """The first run starting at or after ``pos``."""
        i = bisect_left(self._starts, pos)
        return self.runs[i] if i < len(self.runs) else None

    def before(self, pos: int) -> DigitRun | None:
        """The last run ending at or before ``pos``."""
        i = bisect_right(self._ends, pos)
        return self.runs[i - 1] if i else None

    def near(
        self, text: str, start: int, end: int, sizes: range, *, after: int = 6, before: int = 4
    ) -> DigitRun | None:
        """The first run with a digit count in ``sizes`` within ``after`` words after the
        context span ``[start, end)``, else the run within ``before`` words before it.
        """
        run = self.after(end)
        while run is not None and words_between(text, end, run.start) <= after:
            if len(run.digits) in sizes or len(run.said) in sizes:
                return run
            run = self.after(run.end)
        prev = self.before(start)
        if prev and words_between(text, prev.end, start) <= before and (len(prev.digits) in sizes or len(prev.said) in sizes):
            return prev
        return None
