"""Catching the caller's name, and honouring corrections.

Speech-to-text capitalises names, so a name is a short run of capitalised words (with the
lower-case particles of Welsh, Irish and European names: "ap", "ab", "de", "van"...),
introduced by a cue ("I'm", "it's", "my name is", "… ydw i") or said on its own. A
correction ("no, sorry, it's Siân Robertson") replaces the name; a single spelled-out
word ("no, it's Jon without an h") replaces the matching part of the name already held.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_PARTICLES = frozenset({"ap", "ab", "ferch", "de", "da", "di", "van", "von", "der", "den", "le", "la", "du",
                        "bin", "bint", "al", "el", "mac", "o'", "st"})
_NOT_NAMES = frozenset({
    "I", "I'm", "Im", "Hi", "Hello", "Hiya", "Yes", "No", "Yeah", "Ok", "Okay", "Thanks", "Thank", "Please",
    "Sorry", "Good", "Morning", "Afternoon", "Evening", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Christmas", "Easter", "Mr", "Mrs",
    "Ms", "Miss", "Dr", "Year", "Reception", "Council", "School", "College", "University", "Road",
    "Street", "Lane", "Avenue", "Library", "Central", "CVV", "PIN", "The", "It", "It's", "My", "Me",
    "Diolch", "Bore", "Prynhawn", "Helo", "Shwmae", "Just", "Well", "Um", "Erm", "Uh", "So", "And",
})
_TITLES = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+", re.I)
_WORD = r"[^\W\d_][\w'’\-]*"
# Cue phrases, in the order a caller uses them; the name is what follows (or precedes, in Welsh).
_CUES = [
    re.compile(rf"\b(?:my name(?:'s| is)|name(?:'s| is)|this is|it's|it is|i'm|i am|im|call me|enw fi yw|fy enw i yw|fy enw yw)\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,4}})", re.I),
    re.compile(rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,4}})\s+(?:here|speaking|ydw i|dw i|ydy fy enw)\b", re.I),
]
_EXPLICIT = re.compile(r"(?:my name(?:'s| is)|name(?:'s| is))\s", re.I)
_STOP = frozenset({"and", "i", "i'm", "im", "from", "calling", "ringing", "about", "here", "the", "a", "my", "please",
                   "speaking", "but", "so", "um", "erm", "er", "with", "on", "at", "to", "in", "of", "for"})
_CORRECTION = re.compile(r"\b(no,? sorry|sorry,? no|that's wrong|that is wrong|i mean|actually|not|no,? it's|no it is|correction)\b", re.I)
_SPELL_FIX = re.compile(rf"\b(?:it's|it is|that's)\s+(?P<word>{_WORD})\s+(?P<how>with|without)(?:\s+an?)?\s+(?P<letter>[a-z])\b", re.I)


@dataclass(frozen=True, slots=True)
class NameMention:
    """A candidate name, where it was said, and whether it was said as a correction."""

    name: str
    start: int
    correction: bool = False


def _is_name_token(token: str, first: bool) -> bool:
    bare = token.strip(",.;:!?")
    if not bare:
        return False
    if not first and bare.lower() in _PARTICLES:
        return True
    if bare in _NOT_NAMES or bare.rstrip("'’s") in _NOT_NAMES:
        return False
    # All-capitals words are acronyms (CVV, UCAS), not names.
    return bare[0].isupper() and not bare.isupper()


def _leading_name(words: list[str]) -> list[str]:
    taken: list[str] = []
    for word in words:
        if not _is_name_token(word, first=not taken):
            break
        taken.append(word)
    # A trailing particle is not part of a name ("Dafydd ap" is a false stop).
    while taken and taken[-1].lower() in _PARTICLES:
        taken.pop()
    # Possessives end a name: "Ruby's" is someone else.
    if taken and taken[-1].lower().endswith(("'s", "’s")):
        taken.pop()
    return taken


def _clean(words: list[str]) -> str:
    return _TITLES.sub("", " ".join(w.strip(",.;:!?") for w in words)).strip()


def name_mentions(text: str) -> list[NameMention]:
    """Every name the caller gives in ``text``, in the order said."""
    found: list[NameMention] = []
    correction = bool(_CORRECTION.search(text))
    for cue in _CUES:
        for m in cue.finditer(text):
            segment = re.split(r"[,.;:!?]", m.group("name"))[0]
            words = segment.split()
            while words and _TITLES.match(words[0] + " "):
                words = words[1:]
            if cue is _CUES[1]:
                words = list(reversed(_leading_name(list(reversed(words)))))
            elif _EXPLICIT.match(m.group(0)) and words and words[0].islower():
                # "my name is karen doyle": the cue is explicit enough to trust lower case.
                taken = []
                for w in words[:3]:
                    if w.lower() in _STOP:
                        break
                    taken.append(w.capitalize())
                words = taken
            else:
                words = _leading_name(words)
            if words:
                found.append(NameMention(_clean(words), m.start("name"), correction and m.start() > 0))
    # A comma-separated part made only of capitalised words is a name said on its own
    # ("Alan Pritchard", "it's Chloe, Chloe Bright").
    offset = 0
    for part in re.split(r"([,.;:!?])", text):
        words = part.split()
        if words and len(words) <= 5 and _leading_name(words) == words and not any(
            f.start <= offset + len(part) and f.start >= offset for f in found
        ):
            stripped = [w for w in words if w.lower() not in _PARTICLES]
            if len(stripped) >= 1 and (len(stripped) >= 2 or not found):
                found.append(NameMention(_clean(words), offset + (len(part) - len(part.lstrip())), correction))
        offset += len(part)
    found.sort(key=lambda n: n.start)
    return found


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def merge_name(current: str | None, text: str) -> str | None:
    """The caller's name after ``text``: unchanged, newly given, corrected, or partly respelled."""
    fix = _SPELL_FIX.search(text)
    if fix and current:
        word = fix.group("word")
        parts = current.split()
        for i, part in enumerate(parts):
            with_letter = _fold(part).replace(fix.group("letter").lower(), "", 1) == _fold(word)
            if fix.group("how").lower() == "without" and with_letter and part != word:
                parts[i] = word
                return " ".join(parts)
    mentions = name_mentions(text)
    if not mentions:
        return current
    if current is None:
        # "It's Chloe, Chloe Bright": a fuller version of the same name wins.
        best = mentions[0]
        for m in mentions[1:]:
            if m.correction or (m.name.split()[0] == best.name.split()[0] and len(m.name) > len(best.name)):
                best = m
        return best.name
    corrections = [m for m in mentions if m.correction]
    if corrections:
        new = corrections[-1].name
        if len(new.split()) == 1 and len(current.split()) > 1:
            # "No, it's Jon": replace the part that was misheard, keep the rest.
            parts = current.split()
            idx = min(range(len(parts)), key=lambda i: _distance(_fold(parts[i]), _fold(new)))
            parts[idx] = new
            return " ".join(parts)
        return new
    # A longer name extending the one we have ("Chloe" then "Chloe Bright").
    for m in mentions:
        if m.name.split()[0] == current.split()[0] and len(m.name) > len(current):
            return m.name
    return current


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


_ANSWER_STOP = frozenset({
    "yes", "yeah", "no", "nope", "ok", "okay", "sure", "why", "what", "who", "hello", "hi", "thanks", "thank", "sorry",
    "not", "telling", "you", "rather", "pardon", "later", "diolch", "yn", "fawr", "iawn", "ie", "na", "helo", "hwyl", "anonymous", "private", "none", "nothing", "fine",
    "please", "bye", "goodbye", "hang", "on", "wait", "pass", "skip", "dunno", "know", "don't", "dont", "it",
})
_ANSWER_WORD = re.compile(r"^[^\W\d_][\w'’\-]*$")


def answer_as_name(text: str) -> str | None:
    """A bare answer to "can I take your name?" typed or transcribed in lower case ("leo marsh")."""
    words = text.strip(" .,!?").split()
    if not 1 <= len(words) <= 3:
        return None
    if any(not _ANSWER_WORD.match(w) or w.lower() in _ANSWER_STOP or w.lower() in _STOP for w in words):
        return None
    return " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in words)

