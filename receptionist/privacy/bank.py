"""Bank details in caller speech: UK sort codes, account numbers and IBANs.

Six or eight digits are anything until the words around them say otherwise, so sort codes
and account numbers fire only next to "sort code" / "account". An "account" that belongs to
council tax, a library or a utility is not a bank account, and a bare account number must
have exactly eight digits unless the utterance is plainly about banking. IBANs carry their
own checksum (mod 97) and need no context.
"""

from __future__ import annotations

import re

from receptionist.privacy.spoken import RunIndex

_SORT_CTX = re.compile(r"\bsort[ -]?code\b", re.I)
_ACCOUNT_CTX = re.compile(r"\b(?:account|acc|a/c)(?:'s)?(?: (?:number|no|num)(?:'s)?)?\b", re.I)
# Words that make an "account" something other than a bank account.
_NON_BANK_ACCOUNT = re.compile(
    r"\b(?:council|tax|rent|rates|customer|library|gas|electric(?:ity)?|energy|water|phone|mobile|broadband|"
    r"student|membership|loyalty|payroll|employee|pupil|parentpay|school|nursery|ucas|housing|online|email|"
    r"user|login|portal|reference|ref|billing|supplier|client)\b",
    re.I,
)
_BANK_WORDS = re.compile(
    r"\b(?:bank|banks|banking|building society|sort[ -]?code|iban|bacs|refund|paid into|pay (?:it )?into|"
    r"wages|salary|payee|monzo|barclays|lloyds|natwest|hsbc|santander|halifax|nationwide|starling|revolut)\b",
    re.I,
)
_TYPED_SORT = re.compile(r"\b\d{2}[- ]\d{2}[- ]\d{2}\b")
_IBAN_START = re.compile(r"\b[A-Za-z]{2}\d{2}(?=[ A-Za-z0-9])")
_IBAN_GROUP = re.compile(r" ?[A-Za-z0-9]{1,4}")
_IBAN_CTX = re.compile(r"\biban\b(?:\s+(?:number|no))?(?:'s|\s+is|\s+it's)?[\s:,]*", re.I)
# An IBAN read aloud: letters one at a time and digits as words ("g b two nine n w b k six oh…").
_SPOKEN_IBAN = re.compile(
    r"(?:(?:[a-z]|\d+|zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)(?:[\s,]+|$)){10,}",
    re.I,
)


def find_bank_details(text: str, runs: RunIndex) -> list[tuple[int, int]]:
    """Spans of sort codes, account numbers and IBANs in ``text``."""
    sort_codes: list[tuple[int, int]] = []
    for ctx in _SORT_CTX.finditer(text):
        run = runs.near(text, ctx.start(), ctx.end(), range(6, 7))
        if run:
            sort_codes.append((run.start, run.end))
    bankish = bool(sort_codes) or bool(_BANK_WORDS.search(text))
    if bankish:
        sort_codes.extend((m.start(), m.end()) for m in _TYPED_SORT.finditer(text))
    spans = list(sort_codes)
    for start, end in sort_codes:
        # An account number read straight after the sort code needs no "account" of its own.
        acct = runs.near(text, start, end, range(7, 11), before=0)
        if acct is not None and acct.start >= end:
            spans.append((acct.start, acct.end))
    for ctx in _ACCOUNT_CTX.finditer(text):
        lead = text[max(0, ctx.start() - 30) : ctx.start()]
        trail = text[ctx.end() : ctx.end() + 12]
        if _NON_BANK_ACCOUNT.search(lead) or re.match(r"\s*(?:ref|reference)", trail, re.I):
            continue
        run = runs.near(text, ctx.start(), ctx.end(), range(7, 11) if bankish else range(8, 9))
        if run and not (run.digits.startswith("0") and len(run.digits) >= 10):
            spans.append((run.start, run.end))
    spans.extend(_find_iban(text))
    for ctx in _IBAN_CTX.finditer(text):
        spoken = _SPOKEN_IBAN.match(text, ctx.end())
        if spoken:
            spans.append((spoken.start(), spoken.start() + len(spoken.group().rstrip(" ,"))))
    return spans


def _iban_ok(raw: str) -> bool:
    s = raw.replace(" ", "").upper()
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _find_iban(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _IBAN_START.finditer(text):
        ends: list[int] = []
        pos = m.end()
        while (g := _IBAN_GROUP.match(text, pos)) and len(ends) < 9:
            pos = g.end()
            ends.append(pos)
        for end in reversed(ends):
            if _iban_ok(text[m.start() : end]):
                spans.append((m.start(), end))
                break
    return spans
