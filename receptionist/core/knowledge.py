"""Retrieval over a tenant's own words: its FAQs and its departments.

The receptionist only ever answers with an FAQ's answer text, verbatim, when the caller's
question matches it well enough; otherwise it says it doesn't know. That is how it never
invents policy, fees or dates. Scoring is a small lexical model (keyword phrases weigh
most, then shared content words with the FAQ question, then with the answer), which is
predictable, explainable and fast enough to run on every turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from receptionist.core.config import Department, Faq

_STOPWORDS = frozenset(
    re.findall(
    r"\S+",
    "a an the and or but if of to in on at for from by with about as is are was were be been am i im i'm me my "
    "mine you your we our us it it's its this that these those there here what when where which who how why can "
    "could do does did will would should shall may might must have has had not no yes please thanks thank hi "
    "hello morning afternoon evening just so um erm er uh like get got want wanted need know tell ask asking "
    "calling ringing phoning anyone someone somebody any some much many they them their then than his her "
        "he's she's hers him",
    )
)
_TOKEN = re.compile(r"[a-zà-ÿŵŷ0-9]+(?:'[a-z]+)?")
MIN_FAQ_SCORE = 2.0
MIN_DEPARTMENT_SCORE = 1.0
AMBIGUITY_MARGIN = 0.5


def content_words(text: str) -> list[str]:
    """Lower-cased words that carry meaning, with crude plural folding ("books" ~ "book")."""
    words = []
    for token in _TOKEN.findall(text.lower()):
        if token in _STOPWORDS or len(token) < 3:
            continue
        words.append(token[:-1] if token.endswith("s") and len(token) > 4 else token)
    return words


def _phrase_hits(text: str, phrases: Sequence[str]) -> int:
    low = f" {' '.join(_TOKEN.findall(text.lower()))} "
    return sum(1 for p in phrases if f" {' '.join(_TOKEN.findall(p.lower()))} " in low)


@dataclass(frozen=True, slots=True)
class FaqMatch:
    """The best FAQ for a question and how strongly it matched."""

    faq: Faq
    score: float


def best_faq(faqs: Sequence[Faq], question: str) -> FaqMatch | None:
    """The FAQ that answers ``question``, or None when nothing matches well enough."""
    asked = set(content_words(question))
    if not asked:
        return None
    scored = sorted(
        (
            FaqMatch(
                faq,
                2.0 * _phrase_hits(question, faq.keywords)
                + 1.0 * len(asked & set(content_words(faq.question)))
                + 0.25 * len(asked & set(content_words(faq.answer))),
            )
            for faq in faqs
        ),
        key=lambda m: m.score,
        reverse=True,
    )
    if not scored or scored[0].score < MIN_FAQ_SCORE:
        return None
    # Two different answers about equally likely: answering either would be a guess.
    if len(scored) > 1 and scored[0].score - scored[1].score < AMBIGUITY_MARGIN:
        return None
    return scored[0]


def best_department(departments: Sequence[Department], text: str) -> Department | None:
    """The department the caller's words point to, or None."""
    asked = set(content_words(text))
    best: tuple[float, Department] | None = None
    for dept in departments:
        score = 2.0 * _phrase_hits(text, [*dept.keywords, dept.name, dept.key.replace("_", " ")])
        score += 0.5 * len(asked & set(content_words(f"{dept.name} {dept.description}")))
        if best is None or score > best[0]:
            best = (score, dept)
    return best[1] if best is not None and best[0] >= MIN_DEPARTMENT_SCORE else None
