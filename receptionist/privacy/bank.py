"""Bank details in caller speech: UK sort codes, account numbers and IBANs.

Six or eight digits are anything until the words around them say otherwise, so sort codes
and account numbers fire only next to "sort code" / "account". An "account" that belongs to
council tax, a library or a utility is not a bank account, and a bare account number must
have exactly eight digits unless the utterance is plainly about banking. IBANs carry their
own checksum (mod 97) and need no context.
"""

from __future__ import annotations

import re
from itertools import pairwise

from receptionist.privacy.spoken import NUMBER_WORDS, DigitRun, RunIndex, spelled_tokens, words_between

_SORT_CTX = re.compile(r"\bsort[ -]?code\b|\b(?:s/?c|sort)\b(?=[\s:.-]*\d)", re.I)
_ACCOUNT_CTX = re.compile(r"\b(?:accounts?|acc|acct|a/c|bank one)(?:'s)?(?: (?:number|no|num)(?:'s)?)?\b", re.I)
# Words that make an "account" something other than a bank account.
_NON_BANK_ACCOUNT = re.compile(
    r"\b(?:council|tax|rent|rates|customer|library|gas|electric(?:ity)?|energy|water|phone|mobile|broadband|"
    r"student|membership|loyalty|payroll|employee|pupil|parentpay|school|nursery|ucas|housing|online|email|"
    r"user|login|portal|reference|ref|billing|supplier|client)\b",
    re.I,
)
_BANK_WORDS = re.compile(
    r"\b(?:bank|banks|banking|building society|sort[ -]?code|iban|bacs|refund|paid into|pay (?:it )?into|"
    r"(?:goes|go|going|went|put (?:it|them|that)|transfer(?:red)? (?:it|them|that)?|send (?:it|them|that)|"
    r"sent (?:it|them|that)) (?:straight |directly )?(?:in)?to (?:the |my |our |his |her )?(?:same |new |business |joint )?"
    r"account|switched accounts|changed accounts|new account|"
    r"(?:business|current|savings|joint|company) account|direct debit|standing order|bank transfer|faster payments?|bank details|account details|"
    r"wages|salary|payee|expenses|(?:send|sending|sent|transfer|transferring) (?:\w+ )?money|reimburse\w*|bouncing|bounced|pay (?:me|us|it|them) back (?:to|into)|(?:please )?pay "
    r"(?:it )?to(?= \d)|"
    r"refund (?:me|it|the money) (?:to|into)|transfer (?:it|the money) (?:to|into)|monzo|barclays|lloyds|natwest|hsbc|santander|halifax|nationwide|starling|revolut)\b",
    re.I,
)
_TYPED_SORT = re.compile(r"\b\d{2}[- ]\d{2}[- ]\d{2}\b")
_TYPED_PAIR = re.compile(r"\b(\d{2}-\d{2}-\d{2})\W{0,3}(?:and|then|account|acc)?\W{0,3}(\d{8})\b", re.I)
_IBAN_START = re.compile(r"\b[A-Za-z]{2}\d{2}(?=[ A-Za-z0-9])")
_IBAN_GROUP = re.compile(r" ?[A-Za-z0-9]{1,4}")
_IBAN_CTX = re.compile(
    r"\biban\b(?:\s+(?:number|no))?(?:\s+for\s+(?:the\s+|my\s+|our\s+)?\w+)?(?:'s|\s+is|,?\s+it's|,?\s+it is|,?\s+that's)?"
    r"(?:[\s:,]|\b(?:um+|er+m?|uh)\b)*",
    re.I,
)
# Country code, check digits and a bank code of letters (every IBAN outside a few countries
# starts this way), then at least ten more digits in groups: no other number looks like it.
_IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{4}(?: ?\d{2,4}){3,7}\b")
_ACCOUNT_WORD = re.compile(r"\baccount\b", re.I)
_TYPED_IBAN = re.compile(r"[A-Za-z]{2}\d{2}(?:(?: [A-Za-z0-9]{1,4}(?![A-Za-z0-9])){3,8}|[A-Za-z0-9]{11,30}\b)")
# Words just before an eight-digit number that make it some other number.
_OTHER_REF = re.compile(
    r"\b(?:ref|reference|id|staff|employee|payroll|student|pupil|member|membership|policy|order|invoice|"
    r"phone|mobile|landline|council|tax|case|claim|ticket|booking|extension|ext|room|flat|house|postcode)\b",
    re.I,
)
# Two letters read one at a time ("i e", "g b"): the only way a spoken IBAN can start.
_TWO_LETTERS = re.compile(r"\b[a-z][\s,]+[a-z]\b", re.I)
# Where a spoken IBAN can start: a country code (two letters said one at a time, or written as one
# capitalised pair) and then its check digits, with nothing but pauses between ("g b two nine ...",
# "GB, twenty nine ..."). Without one, spelling out the text is skipped.
_COUNTRY_THEN_DIGITS = re.compile(
    r"(?:(?<![A-Za-z])[A-Za-z](?![A-Za-z])[^A-Za-z\d]*(?<![A-Za-z])[A-Za-z](?![A-Za-z])|(?<![A-Za-z])[A-Z]{2}(?![A-Za-z]))"
    r"[^A-Za-z\d]*(?:\d|(?i:" + NUMBER_WORDS + r")(?![A-Za-z]))"
)
# How far a changed or corrected account number may be from the word "account".
_ACCOUNT_REACH = 20
# An IBAN read aloud: letters one at a time and digits as words ("g b two nine n w b k six oh…").
# Letters may be said one at a time ("g b") or written as a capitalised code ("GB", "AIBK").
_SPOKEN_IBAN = re.compile(
    r"(?:(?:[A-Z]{2,4}|(?i:[a-z]|\d+|" + NUMBER_WORDS + r"))(?:[\s,]+|$)){10,}"
)


def find_bank_details(
    text: str, runs: RunIndex, ibans: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Spans of sort codes, account numbers and IBANs in ``text`` (``ibans``: its
    :func:`iban_spans`, when the caller has them already)."""
    sort_codes: list[tuple[int, int]] = []
    for ctx in _SORT_CTX.finditer(text):
        # spoken pairs ("forty double oh nine sixty two") can parse to 5-7 digits: a masked
        # near-miss is better than a leaked code
        run = (
            runs.near(text, ctx.start(), ctx.end(), range(6, 7))
            or runs.near(text, ctx.start(), ctx.end(), range(5, 8))
            or _far_run(text, runs, ctx.end(), 6)
        )
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
        # typed straight on in the same run: "07-04-36 31926604"
        for run in runs.runs:
            if run.start <= start < run.end:
                spans.extend((c.start, c.end) for c in run.chunks if c.start >= end and 7 <= len(c.digits) <= 10)
    for ctx in _ACCOUNT_CTX.finditer(text):
        trail = text[ctx.end() : ctx.end() + 12]
        if _not_a_bank_account(text, ctx.start()) or re.match(r"\s*(?:ref|reference)", trail, re.I):
            continue
        # "i need to pay my council tax, the account number's ...": no bank word, so the
        # account is the bill's
        if not bankish and _NON_BANK_ACCOUNT.search(text, max(0, ctx.start() - 60), ctx.start()):
            continue
        run = runs.near(text, ctx.start(), ctx.end(), range(7, 11) if bankish else range(8, 9))
        if run and not (run.digits.startswith("0") and len(run.digits) >= 10) and not _named_otherwise(text, ctx.end(), run.start):
            spans.append((run.start, run.end))
    spans.extend(_far_account_numbers(text, runs, spans, bankish=bankish))
    if bankish:
        # "the direct debit needs to come out of 41983276 now, same sort code"
        for run in runs.runs:
            if len(run.digits) == 8 and _SORT_CTX.search(text, max(0, run.start - 40), min(len(text), run.end + 40)):
                spans.append((run.start, run.end))
    spans.extend(_sort_code_pairs(text, runs, spans, bankish=bankish))
    if bankish:
        # a sort code and account number read as one stretch: six digits, a pause, eight digits
        for run in runs.runs:
            if len(run.said) == 14 and _splits_at(run, 6) and not any(s <= run.start < e for s, e in spans):
                spans.append((run.start, run.end))
    # a typed sort code with an account number straight after needs no bank word: "77-91-04 and 30558217"
    for m in _TYPED_PAIR.finditer(text):
        spans.extend([m.span(1), m.span(2)])
    spans.extend(_read_again(text, runs, spans))
    spans.extend(iban_spans(text) if ibans is None else ibans)
    return spans


# How far apart a code and its corrected or mistaken reading can be said.
_AGAIN_REACH = 12


def _read_again(text: str, runs: RunIndex, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The same sort code or account number said again with a digit or two changed ("it should
    be six oh, oh four, two three, not six oh, oh four, three two"): both readings are bank
    details, whichever one is right."""
    found = [r for r in runs.runs if any(s <= r.start and r.end <= e for s, e in spans)]
    out: list[tuple[int, int]] = []
    for run in runs.runs:
        if len(run.digits) < 6 or any(s <= run.start < e for s, e in spans):
            continue
        for known in found:
            gap = words_between(text, known.end, run.start) if run.start >= known.end else words_between(text, run.end, known.start)
            half = len(known.digits) // 2
            if gap <= _AGAIN_REACH and len(run.digits) == len(known.digits) and run.digits[:half] == known.digits[:half]:
                out.append((run.start, run.end))
                break
    return out


def _splits_at(run: DigitRun, position: int) -> bool:
    """True when a chunk boundary of ``run`` falls after ``position`` digits."""
    seen = 0
    for chunk in run.chunks:
        seen += len(chunk.digits)
        if seen == position:
            return True
    return False


def iban_spans(text: str) -> list[tuple[int, int]]:
    """IBANs typed or read aloud: checksummed anywhere, or any shape said after "IBAN"."""
    spans = [*_find_iban(text), *_find_spoken_iban(text)]
    # an IBAN's shape (country, check digits, bank code, account) beside banking words, even when a
    # misread character breaks its checksum: "refund it to her irish account, IE71 BOFI 9005 ..."
    for m in _IBAN_SHAPE.finditer(text):
        lead = max(0, m.start() - 60)
        banking = _BANK_WORDS.search(text, lead, m.start()) or _ACCOUNT_WORD.search(text, lead, m.start())
        if banking and not any(start <= m.start() < end for start, end in spans):
            spans.append(m.span())
    for ctx in _IBAN_CTX.finditer(text):
        # said straight after "IBAN", a code is masked even when a misread digit breaks its checksum
        typed = _TYPED_IBAN.match(text, ctx.end())
        if typed and not any(start == typed.start() for start, _ in spans):
            spans.append(typed.span())
            continue
        spoken = _SPOKEN_IBAN.match(text, ctx.end())
        if not spoken:
            # a few words between "IBAN" and the code: "i'll read the IBAN off my statement, G B six one ..."
            letters = _TWO_LETTERS.search(text, ctx.end(), ctx.end() + 40)
            spoken = _SPOKEN_IBAN.match(text, letters.start()) if letters else None
        if spoken:
            spans.append((spoken.start(), spoken.start() + len(spoken.group().rstrip(" ,"))))
    return spans


def _iban_ok(raw: str) -> bool:
    s = raw.replace(" ", "").upper()
    if not 15 <= len(s) <= 34 or not (s.isascii() and s.isalnum()):
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


def _not_a_bank_account(text: str, account_start: int) -> bool:
    """The words that qualify "account" ("my council tax account", "the library account")
    make it something other than a bank account. Only the same phrase counts: the rent in
    "the direct debit for the rent needs changing, the new account number's ..." does not."""
    lead = re.split(r"[,.;!?]", text[max(0, account_start - 30) : account_start])[-1]
    # the qualifier follows the last verb or preposition: "the rent goes into account ..."
    lead = re.split(r"\b(?:into|to|in|from|on|for|with|is|was|goes|go|went|paid|pay|use|uses)\b", lead, flags=re.I)[-1]
    return _NON_BANK_ACCOUNT.search(" ".join(lead.split()[-3:])) is not None


def _far_run(text: str, runs: RunIndex, context_end: int, size: int) -> DigitRun | None:
    """The first run of exactly ``size`` digits within reach after a context word, unless the
    words just before it call it a reference, an ID or a phone ("the sort code on my form is
    wrong, it should be forty dash twelve dash seventy six")."""
    run = runs.after(context_end)
    while run is not None and words_between(text, context_end, run.start) <= _ACCOUNT_REACH:
        if len(run.digits) == size and not _named_otherwise(text, context_end, run.start):
            return run
        run = runs.after(run.end)
    return None


def _named_otherwise(text: str, context_end: int, run_start: int) -> bool:
    """The words just before the number (after "account") call it a reference, an ID or a phone."""
    return context_end < run_start and _OTHER_REF.search(text, max(context_end, run_start - 25), run_start) is not None


def _far_account_numbers(
    text: str, runs: RunIndex, taken: list[tuple[int, int]], *, bankish: bool
) -> list[tuple[int, int]]:
    """Eight-digit numbers that follow "account" at a distance.

    UK account numbers are exactly eight digits, so "the account number's changed, the sort
    code's the same, the new one is …" or "the wrong account, it should be … not …" still
    name one, unless the words right before it say it is a reference, an ID or a phone. With
    no banking word in the utterance, only an "account number" said as such counts, and not
    one that belongs to a bill ("council tax account number").
    """
    contexts = [
        m
        for m in _ACCOUNT_CTX.finditer(text)
        if not _not_a_bank_account(text, m.start())
        and (bankish or (_SAID_NUMBER.search(m.group()) and not _NON_BANK_ACCOUNT.search(text, max(0, m.start() - 60), m.start())))
    ]
    if not contexts:
        return []
    out: list[tuple[int, int]] = []
    for run in runs.runs:
        if len(run.digits) != 8 or any(s < run.end and run.start < e for s, e in taken):
            continue
        before = [m for m in contexts if m.end() <= run.start and words_between(text, m.end(), run.start) <= _ACCOUNT_REACH]
        if not before:
            continue
        if _named_otherwise(text, before[-1].end(), run.start):
            continue
        out.append((run.start, run.end))
    return out


_SAID_NUMBER = re.compile(r"\b(?:number|no|num)\b", re.I)
# Kinds of payment whose names contain a reference word ("standing order").
_PAYMENT_KIND = re.compile(r"\b(?:standing order|direct debit|bank transfer)\b", re.I)
# How many words may separate a sort code from the account number read after it.
_PAIR_REACH = 4
# The account named between them lets the caller pause longer ("and then the account, hang on").
_NAMED_ACCOUNT = re.compile(r"\baccount\b")
_DATE_LEAD = re.compile(r"\b(?:date|dates|dob|born|birthday|on the|from the|till the|until the)\b", re.I)
_THE_NUMBER = re.compile(r"\b(?:(?:the|my|her|his|our|account) (?:number|no)|then|and then|account)\b")


def _sort_code_pairs(
    text: str, runs: RunIndex, taken: list[tuple[int, int]], *, bankish: bool
) -> list[tuple[int, int]]:
    """Six digits read just before an account number are its sort code, "sort code" or not
    ("it's forty, eleven, sixty two and then six one double eight three four two oh").

    The account number is one already found, or, in a banking utterance, any eight digits.
    """
    out: list[tuple[int, int]] = []
    for prev, run in pairwise(runs.runs):
        # three pairs, then "the number is" and eight digits: a sort code and account read out, bank word or not
        read_out = (
            [len(c.digits) for c in prev.chunks] == [2, 2, 2]
            and len(run.digits) == 8
            and _THE_NUMBER.search(text, prev.end, run.start) is not None
            and _OTHER_REF.search(text, run.end, run.end + 25) is None
            and _DATE_LEAD.search(text, max(0, prev.start - 25), prev.start) is None
        )
        account = any(s <= run.start and run.end <= e for s, e in taken) or ((bankish or read_out) and len(run.digits) == 8)
        reach = 2 * _PAIR_REACH if _NAMED_ACCOUNT.search(text, prev.end, run.start) or read_out else _PAIR_REACH
        if not account or not _sort_code_said(prev.digits) or words_between(text, prev.end, run.start) > reach:
            continue
        if any(s < prev.end and prev.start < e for s, e in taken):
            continue
        lead = _PAYMENT_KIND.sub(" ", text[max(0, prev.start - 25) : prev.start])
        if _OTHER_REF.search(lead):
            continue
        out.append((prev.start, prev.end))
        if (bankish or read_out) and len(run.digits) == 8:
            out.append((run.start, run.end))
    return out


def _sort_code_said(digits: str) -> bool:
    """Six digits, or six read twice with a slip corrected ("oh eight double two ninety, sorry,
    oh eight two two nine oh"): the two readings agree in at least four places."""
    if len(digits) == 6:
        return True
    return len(digits) == 12 and sum(a == b for a, b in zip(digits[:6], digits[6:], strict=True)) >= 4


def _find_spoken_iban(text: str) -> list[tuple[int, int]]:
    """IBANs read aloud with no "IBAN" word ("i e two nine, a i b k, nine three one one…").

    The letters and digits are put back together and kept only when the mod-97 checksum
    holds, so a string of initials and numbers that merely looks like one never fires.
    """
    if not _COUNTRY_THEN_DIGITS.search(text):
        return []
    tokens = spelled_tokens(text)
    spans: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(tokens):
        # a country code is two letters (said one at a time or as "GB"), then two check digits
        if not (tokens[i][0].isalpha() and (len(tokens[i][0]) > 1 or tokens[i + 1][0].isalpha())):
            i += 1
            continue
        acc = ""
        found: tuple[int, int] | None = None
        for j in range(i, len(tokens)):
            if j > i and words_between(text, tokens[j - 1][2], tokens[j][1]) > 0:
                break
            acc += tokens[j][0]
            if len(acc) > 34:
                break
            if len(acc) >= 15 and acc[:2].isalpha() and acc[2:4].isdigit() and _iban_ok(acc):
                found = (tokens[i][1], tokens[j][2])
        if found is None:
            i += 1
            continue
        spans.append(found)
        while i < len(tokens) and tokens[i][1] < found[1]:
            i += 1
    return spans

