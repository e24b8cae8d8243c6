"""Label values that can never carry personal data.

Prometheus labels and span attributes outlive the calls they describe: they are copied into
long-term metric stores and tracing back ends that our retention sweeper never reaches. So
every label value passes through :func:`safe_label`, which only lets through short,
machine-made tokens from a closed vocabulary shape (tenant slugs, subtypes, channels,
provider names, outcomes). Anything that looks like free text, a phone number or an e-mail
address becomes ``"other"``; the metric still counts, it just cannot identify anyone.
"""

from __future__ import annotations

import re

# Lower-case tokens as code writes them: ``school``, ``sms``, ``immediate_danger``, ``deepgram``.
_TOKEN = re.compile(r"^[a-z][a-z0-9_.-]{0,47}$")
# Four or more digits in a row are how phone numbers, card numbers and dates of birth look.
_DIGIT_RUN = re.compile(r"\d{4,}")

OTHER = "other"
# Prefix of every metric the product exports.
NAMESPACE = "receptionist"


def safe_label(value: object) -> str:
    """``value`` as a label if it is a short lower-case token, else ``"other"``.

    A token is 1–48 characters of ``[a-z0-9_.-]`` starting with a letter, with no run of
    four or more digits. Capitals and spaces are refused rather than folded, because a
    value that needed folding was not written by code (a name typed by a caller, say).
    """
    if not isinstance(value, str):
        return OTHER
    if not _TOKEN.match(value) or _DIGIT_RUN.search(value):
        return OTHER
    return value


def safe_labels(**values: object) -> dict[str, str]:
    """Every value passed through :func:`safe_label`, keyed as given."""
    return {key: safe_label(value) for key, value in values.items()}
