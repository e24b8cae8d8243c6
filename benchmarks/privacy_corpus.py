"""A labelled, synthetic corpus of UK caller utterances for the privacy benchmark.

Card, phone and person spans are generated with their gold offsets, in the shapes speech-to-
text really produces: typed digit groups, digits spoken one by one, "double"/"triple",
commas and "um" pauses, and names in lower or title case. Numbers come from ranges that
can never reach a real person (Ofcom's drama ranges, test card prefixes with random tails),
and the generator is seeded so every run measures the same inputs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

Span = tuple[str, int, int, str]  # (entity, start, end, style)

_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# Some names are deliberately outside the engine's name lists, so person recall is not flattered.
_FIRST = ["sarah", "tom", "priya", "mohammed", "emma", "james", "aisha", "gareth", "chloe", "daniel", "fatima", "owen",
          "tariq", "siobhan", "kwame", "agnieszka", "dafydd", "ngozi"]
_LAST = ["jones", "patel", "evans", "khan", "williams", "hughes", "smith", "begum", "taylor", "davies", "okafor", "wright",
         "fitzgerald", "nowicki", "ferreira", "mcallister", "okonkwo", "pritchard"]
_TITLES = ["mrs", "mr", "miss", "dr", "ms"]

_CARD_TEMPLATES = [
    "my card number is {card}",
    "yeah it's {card}, is that going through",
    "{card} for the panto tickets please",
    "okay the long number on the front is {card}",
    "right so it's {card} and it's a visa debit",
    "can i pay the trip balance, the card is {card}",
]
_PHONE_TEMPLATES = [
    "can you call me back on {phone}",
    "my mobile's {phone} if anyone can ring",
    "you can reach me on {phone} after four",
    "the best number is {phone}, thanks",
    "it's the school office on {phone}",
]
_PERSON_TEMPLATES = [
    "my name's {person} and i'm ringing about the parking permit",
    "can i speak to {title} please, it's about the trip",
    "hi it's {person}, i had a missed call from you",
    "i'm calling for {person} who's in year nine",
]
_NEGATIVES = [
    "the voucher code is {bad}",
    "the warranty serial number is {bad}",
    "my reference number is {ref}",
    "i'll pay with my debit card when i come in on monday",
    "the bus number's the x forty three and it didn't turn up at seven fifteen",
    "is the library open on saturday mornings",
]


@dataclass
class Utterance:
    """One benchmark input with its gold spans."""

    text: str
    spans: list[Span] = field(default_factory=list)


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        digits = body + check
        total = 0
        for i, ch in enumerate(reversed(digits)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return digits
    raise AssertionError("unreachable: one check digit always completes Luhn")


def _spoken(group: str, rng: random.Random) -> str:
    """Digits as a caller says them: "double"/"triple" for repeats, otherwise one by one."""
    out: list[str] = []
    i = 0
    while i < len(group):
        j = i
        while j < len(group) and group[j] == group[i]:
            j += 1
        n = j - i
        word = _WORDS[int(group[i])] if group[i] != "0" or rng.random() < 0.7 else "zero"
        if n == 3 and rng.random() < 0.6:
            out.append(f"triple {word}")
        elif n >= 2 and rng.random() < 0.7:
            out.append(f"double {word}")
            out.extend([word] * (n - 2))
        else:
            out.extend([word] * n)
        i = j
    return " ".join(out)


def _groups(digits: str, sizes: list[int]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(digits[pos : pos + size])
        pos += size
    return out


def _card(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover"])
    prefix, length, sizes = {
        "visa": ("4", 16, [4, 4, 4, 4]),
        "mc": (rng.choice(["51", "53", "55"]), 16, [4, 4, 4, 4]),
        "mc2": ("2221", 16, [4, 4, 4, 4]),
        "amex": (rng.choice(["34", "37"]), 15, [4, 6, 5]),
        "discover": ("6011", 16, [4, 4, 4, 4]),
    }[kind]
    digits = _luhn_complete(prefix, length, rng)
    groups = _groups(digits, sizes)
    style = rng.choice(["typed", "typed", "spoken", "spoken", "spoken"])
    if style == "typed":
        sep = rng.choice([" ", " ", "-", ""])
        return sep.join(groups), "typed"
    joiner = rng.choice([", ", ", ", " ", ", um, "])
    return joiner.join(_spoken(g, rng) for g in groups), "spoken"


def _phone(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["mobile", "leeds", "london", "drama"])
    tail = f"{rng.randrange(1000):03d}"
    digits, sizes = {
        "mobile": ("07700900" + tail, [5, 3, 3]),
        "leeds": ("01134960" + tail, [4, 3, 4]),
        "london": ("02079460" + tail, [3, 4, 4]),
        "drama": ("01632960" + tail, [5, 6]),
    }[kind]
    groups = _groups(digits, sizes)
    if rng.random() < 0.4:
        return " ".join(groups), "typed"
    joiner = rng.choice([", ", " ", ", um "])
    return joiner.join(_spoken(g, rng) for g in groups), "spoken"


def _fill(template: str, entity: str, value: str, style: str) -> Utterance:
    key = "{" + template[template.index("{") + 1 : template.index("}")] + "}"
    start = template.index(key)
    text = template.replace(key, value)
    return Utterance(text, [(entity, start, start + len(value), style)])


def build_corpus(size: int, seed: int = 7) -> list[Utterance]:
    """``size`` utterances: cards, phones, names and hard negatives in fixed proportions."""
    rng = random.Random(seed)
    out: list[Utterance] = []
    for i in range(size):
        slot = i % 8
        if slot in (0, 1, 2):
            value, style = _card(rng)
            out.append(_fill(rng.choice(_CARD_TEMPLATES), "card", value, style))
        elif slot in (3, 4):
            value, style = _phone(rng)
            out.append(_fill(rng.choice(_PHONE_TEMPLATES), "phone", value, style))
        elif slot in (5, 6):
            template = rng.choice(_PERSON_TEMPLATES)
            cased = rng.random() < 0.5
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            value = f"{rng.choice(_TITLES)} {last}" if "{title}" in template else f"{first} {last}"
            if cased:
                value = value.title()
            template = template.replace("{title}", "{person}")
            out.append(_fill(template, "person", value, "cased" if cased else "lower"))
        else:
            bad = _luhn_complete("4929", 16, rng)
            bad = bad[:-1] + str((int(bad[-1]) + 1) % 10)  # one digit off: fails Luhn
            text = rng.choice(_NEGATIVES).format(bad=" ".join(_groups(bad, [4, 4, 4, 4])), ref=_spoken("4412", rng))
            out.append(Utterance(text))
    return out
