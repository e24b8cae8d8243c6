"""Card data in caller speech: PANs, expiry dates and security codes (bank data is in
:mod:`~receptionist.privacy.bank`; :func:`detect_payment` reports both).

A card number is only a card number when it passes Luhn and starts like one (2–6), so
phone numbers (which start with 0), references and vouchers that fail the checksum never
fire. Expiry dates and security codes are short digit strings that look like anything else;
they fire only next to the words that name them, and not when those words are about a
passport or a door. Valid-from dates are deliberately left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from receptionist.privacy.bank import find_bank_details, iban_spans
from receptionist.privacy.spoken import DigitChunk, DigitRun, RunIndex, digit_runs, words_between
from receptionist.privacy.types import Finding

PAN_SCORE = 0.99
CONTEXT_SCORE = 0.9

_ORDINAL_MONTH = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
_MONTH = re.compile(
    rf"\b(?:(?:the )?{_ORDINAL_MONTH} month(?: of)?|"
    # "the first of the tenth twenty eight": a day and a month said as ordinals, then the year
    rf"(?:the (?:\w+ )?\w+ of )?the {_ORDINAL_MONTH}(?= (?:twenty|thirty|two thousand|\d\d\b))|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.I,
)
_EXPIRY_CTX = re.compile(
    r"\b(?:expir(?:y|es|ed|ation|ing)(?: date)?|exp|valid (?:until|till|til|thru|through|to)|end date|"
    r"finish(?:es)? date|runs out|good (?:thru|through|till|until)|the date on (?:it|the card|the front)|"
    r"date on the card)\b",
    re.I,
)
_CVV_CTX = re.compile(
    r"\b(?:cvv2?|cvc2?|cv2|c v v|c v c|c v two|cid|csc|security (?:code|number|digits|no)|"
    r"(?:three|3|four|4)[ -]digit (?:code|number|bit|one|thing|numbers)|(?:three|3)[ -]digits?(?= is| are|,|:)|(?:three|3) (?:digits|numbers) on the back|"
    r"(?:digits|numbers|number|code) on the back|"
    r"on the back of (?:the|my|your) card|(?:three|3) on the back|(?:by|next to|under) the signature)\b",
    re.I,
)
# An Amex CID is four digits printed on the front: "the four numbers on the front are ...".
_CID_CTX = re.compile(
    r"(?<!last )\b(?:cid|(?:four|4)[ -]digit (?:security )?code|(?:four|4)[ -]digit security number|"
    r"(?:four|4) (?:digits|numbers) on the front|(?:the )?(?:four|4) on the front|"
    r"(?:digits|numbers|number|code) on the front|on the front of (?:the|my|your|her|his) (?:card|amex)|"
    r"(?:digits|numbers|code) (?:above|over|printed above) the (?:long |card )?number)\b",
    re.I,
)
_CID_CARD = re.compile(r"\b(?:amex|american express|card|cid)\b", re.I)
# "it's three one four on the back" names a security code only when a card is being discussed.
_CVV_WEAK_CTX = re.compile(
    r"\b(?:on the back|(?:three|3) (?:digits|numbers)|the back(?: one| ones| number| numbers| digits)?(?= is\b|'s\b| are\b)|"
    r"the code(?='s\b| is\b)|"
    # "...five five seven, code eight oh two one": a code read straight after a card number
    r"\bcode(?=,? (?:\d|oh|zero|one|two|three|four|five|six|seven|eight|nine)\b))",
    re.I,
)
# A code said and then corrected: "it's four oh eight, not four oh six".
_CORRECTION = re.compile(
    r"^[\s,.]*(?:(?:not|no|or|sorry|i mean|rather|actually|wait|instead of)\b[\s,.]*){1,3}"
    # "no wait, yeah double two oh one": the caller's yes or um before saying it again
    r"(?:(?:yeah|yes|yep|ok|okay|right|um|er|erm|so|it's|its)\b[\s,.]*){0,2}$", re.I
)
# Names that only a payment card's security code has, whatever else the call is about.
_CARD_ONLY = re.compile(r"(?:cvv2?|cvc2?|cv2|c v v|c v c|c v two|csc|(?:three|3) (?:digits|numbers) on the back)$", re.I)
# Things other than a payment card that have expiry dates and security codes.
_NOT_CARD_SUBJECT = re.compile(
    r"\b(?:passport|permit|licen[cs]e|visa application|membership|contract|lease|tenancy|subscription|offer|"
    r"warranty|insurance|mot|certificate|dbs|railcard|pass|door|gate|alarm|building|keypad|locker|entry|wi-?fi|"
    r"key ?safe|lockbox|social|parking|student card|id card|library card|bus card|gift card|voucher|discount|promo|"
    r"promotional|referral|booking|confirmation|access)\b",
    re.I,
)
_CARD_WORD = re.compile(r"\b(?:card|visa|mastercard|amex|debit|credit)\b", re.I)
_VALID_FROM = re.compile(r"\b(?:valid from|start(?:s|ing)?(?: date)?|from|issued?)\W*$", re.I)

_MAX_BRIDGE_WORDS = 12
# Paying for something: the words that make digits after a pause part of the same card.
_PAYING = re.compile(r"\b(?:pay|paying|payment|long number|number on the front)\b", re.I)
# How far after a masked expiry or code the same digits said again are still it.
_REPEAT_REACH = 8
# Words between two digit runs that mean the second is a different number, not the rest of a card.
_OTHER_NUMBER = re.compile(
    # "no." is short for number; a spoken "no" ("one nine six, no hang on, one nine six five") corrects the reading
    r"\b(?:number|no(?=\.|:)|phone|mobile|landline|ring|call|text|reference|ref|room|order|invoice|account|acc|sort|code|"
    r"expiry|expires|cvv|cvc|postcode|id|policy|member|membership|student|pupil|extension|ext|flat|house)\b",
    re.I,
)


def luhn_valid(digits: str) -> bool:
    """True when ``digits`` passes the Luhn checksum used by every card network."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def looks_like_pan(digits: str) -> bool:
    """A plausible full card number: 13–19 digits, a card-network first digit, valid Luhn."""
    return 13 <= len(digits) <= 19 and digits[0] in "23456" and luhn_valid(digits)


def _longest_pan(chunks: Sequence[DigitChunk]) -> tuple[int, int] | None:
    """The widest stretch of whole chunks that reads as a card number."""
    best: tuple[int, int] | None = None
    for i in range(len(chunks)):
        digits = ""
        for j in range(i, len(chunks)):
            digits += chunks[j].digits
            if len(digits) > 19:
                break
            if looks_like_pan(digits) and (best is None or j - i > best[1] - best[0]):
                best = (i, j)
    return best


def _restarted(chunks: Sequence[DigitChunk]) -> Iterator[list[DigitChunk]]:
    """The run read again without one restarted group: in "five two... five two three four"
    the first "five two" is a false start, so the digits that end one chunk and begin the next
    are said once. Each candidate drops one such repeat (up to four digits). Before a
    correction ("six seven seven, seven eight two, no sorry, six seven seven eight") the one or
    two groups said wrongly are dropped."""
    for k in range(1, len(chunks)):
        if chunks[k].corrected:
            yield [*chunks[: k - 1], *chunks[k:]]
            if k >= 2:
                yield [*chunks[: k - 2], *chunks[k:]]
            # "seven six nine three, sorry nine four": the correction replaces the group's last digits
            wrong, right = chunks[k - 1], chunks[k]
            if len(right.digits) < len(wrong.digits):
                kept = DigitChunk(wrong.start, wrong.end, wrong.digits[: -len(right.digits)])
                yield [*chunks[: k - 1], kept, *chunks[k:]]
    for k in range(len(chunks) - 1):
        here, after = chunks[k].digits, chunks[k + 1].digits
        for size in range(min(4, len(here), len(after) - 1), 0, -1):
            if here[-size:] == after[:size]:
                trimmed = DigitChunk(chunks[k].start, chunks[k].end, here[:-size])
                yield [*chunks[:k], *([trimmed] if trimmed.digits else []), *chunks[k + 1 :]]


# A number named as something else just before it is not a card, even when it passes Luhn:
# "meter reading's 4077 5382 7064 4331", "the tracking number is ...".
_NAMED_NOT_CARD = re.compile(
    r"\b(?:meter reading|meter number|reading|serial number|serial|tracking number|tracking|imei|mpan|mprn|"
    r"policy number|order number|invoice number|reference number|ref number|case number|claim number|"
    r"parcel number|consignment number)(?:'s| is| was)?\W*$",
    re.I,
)


def _said_again(text: str, runs: RunIndex, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An expiry or security code read twice ("oh three twenty eight i think, yeah oh three
    twenty eight"): the repeat a few words later is the same card data."""
    out: list[tuple[int, int]] = []
    for start, end in found:
        # "eleven twenty seven, sorry, eleven slash twenty seven": the correction carries on the run
        whole = next((r for r in runs.runs if r.start <= start < r.end and r.end > end), None)
        if whole is not None and any(c.corrected for c in whole.chunks):
            out.append((start, whole.end))
        digits = "".join(r.digits for r in runs.runs if start <= r.start and r.end <= end)
        later = runs.after(end)
        while later is not None and words_between(text, end, later.start) <= _REPEAT_REACH:
            # the same digits again, or (after a date) a date read the other way ("november twenty eight, so
            # eleven twenty eight")
            same = later.digits == digits
            if _VALID_FROM.search(text, max(end, later.start - 20), later.start):
                break
            if len(later.digits) >= 3 and (same or (len(later.digits) in (3, 4) and _valid_expiry(later.said))):
                out.append((later.start, later.end))
            later = runs.after(later.end)
    return out


_NAMED_NOT_CARD_AFTER = re.compile(
    r"\W*(?:that's|that is|it's|it is|is|was)? ?(?:the|my|our|your) (?:gift voucher|voucher|gift card|reference|order|"
    r"tracking|meter|membership|booking|serial|confirmation|claim|case|policy|discount|promo) (?:code|number|no)\b",
    re.I,
)


def _reach(found: tuple[int, int] | None, chunks: Sequence[DigitChunk]) -> int:
    """How much of the spoken text a card-number reading covers (-1 for none)."""
    return -1 if found is None else chunks[found[1]].end - chunks[found[0]].start


def _find_pans(text: str, runs: Sequence[DigitRun]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pans: list[str] = []
    used: set[int] = set()
    for ri, run in enumerate(runs):
        if _NAMED_NOT_CARD.search(text, max(0, run.start - 40), run.start) or _NAMED_NOT_CARD_AFTER.match(text, run.end):
            continue
        chunks: Sequence[DigitChunk] = run.chunks
        best = _longest_pan(chunks)
        if len(run.digits) > 13 and (best is None or best != (0, len(chunks) - 1)):
            # a restart may hide the real number; keep the reading that covers most of the run
            for variant in _restarted(chunks):
                found = _longest_pan(variant)
                if _reach(found, variant) > _reach(best, chunks):
                    best, chunks = found, variant
        if best is None:
            continue
        used.add(ri)
        i, j = best
        spans.append((chunks[i].start, chunks[j].end))
        pan = "".join(c.digits for c in chunks[i : j + 1])
        pans.append(pan)
        # A false start ("four one one one, four one one one, one one…") repeats part of it.
        head = "".join(c.digits for c in chunks[:i])
        if head and head in pan:
            spans.append((chunks[0].start, chunks[i - 1].end))
        # Digits read straight on after the number are its expiry and security code.
        tail = "".join(c.digits for c in chunks[j + 1 :])
        if chunks[j + 1 :] and len(tail) <= 8:
            spans.append((chunks[j + 1].start, chunks[-1].end))
    # A number split by a pause ("hang on, I need my glasses") is still one card number. Only
    # runs of four or more digits join, never a complete phone number, and never across words
    # that introduce a different number ("room 4112 and my mobile's 07700…").
    # While a card is being paid with, a later piece shaped like a phone number ("oh two nine
    # five three six, eight eight four one nine") may still be the rest of the card.
    card_talk = bool(_CARD_WORD.search(text) or _EXPIRY_CTX.search(text) or _PAYING.search(text))
    for ri in range(len(runs)):
        if ri in used:
            continue
        # the reading may start inside the first run: "with this one, 4744 4503, hang on, 8810 3517"
        heads = list(_heads(runs[ri]))
        if ri + 1 < len(runs):
            # a group started again in the next run, or the last group corrected there
            repaired = (_whole_groups_before_restart(runs[ri], runs[ri + 1]), _before_a_corrected_last_group(text, runs[ri], runs[ri + 1]))
            heads.extend((runs[ri].start, digits) for digits in repaired if digits is not None)
        # of the readings that make a card number, the one that reaches furthest: a short one that
        # stops early ("…, is it oh oh three four") leaves the rest of the number said in the clear
        readings = [(start, b) for start, head in heads if (b := _bridged(text, runs, ri, head, used, card_talk=card_talk))]
        if not readings:
            continue
        start, (rj, digits) = max(readings, key=lambda reading: reading[1][0])
        for k in range(ri, rj + 1):
            if k != ri and _stray_number_word(text, runs[k]):
                continue
            used.add(k)
            spans.append((start if k == ri else runs[k].start, runs[k].end))
        pans.append(digits)
    spans.extend(_false_starts(text, runs, used, spans, pans))
    return spans


def _heads(run: DigitRun) -> Iterator[tuple[int, str]]:
    """The run's digits, then its digits without each leading chunk: (start offset, digits);
    last, the digits as the caller meant them when a group was corrected ("oh oh four two, no
    sorry, oh oh two four, then one one one one" goes on into the next run)."""
    chunks = run.chunks
    for k in range(len(chunks)):
        digits = "".join(c.digits for c in chunks[k:])
        if len(digits) < 4:
            break
        yield chunks[k].start, digits
    said = run.said
    if said != run.digits and len(said) >= 4:
        yield run.start, said


def _whole_groups_before_restart(run: DigitRun, nxt: DigitRun) -> str | None:
    """The run's digits up to its last whole group of four, when the caller broke off the
    group after it and the next run starts that group again ("one one two two, three three,
    triple oh, no hang on, three three double oh, ..."; "six five oh eight, oh, er, is it oh
    oh one two"), or None."""
    count, whole, first_after = 0, 0, ""
    for chunk, after in zip(run.chunks, run.chunks[1:], strict=False):
        count += len(chunk.digits)
        if count % 4 == 0:
            whole, first_after = count, after.digits
    if not whole or not nxt.digits.startswith(first_after):
        return None
    return run.digits[:whole]


# A slip owned up to between a reading and its correction: "..., one six one five, sorry no, the last bit's one six one eight".
_REPAIR = re.compile(r"\b(?:sorry|no|not|wait|hang on|i mean|actually|correction|my mistake|scratch that|wrong)\b", re.I)
_REPAIR_WORDS = 6


def _before_a_corrected_last_group(text: str, run: DigitRun, nxt: DigitRun) -> str | None:
    """A whole reading's digits without its last group, when the caller corrects that group
    straight after ("..., one six one five, sorry no, the last bit's one six one eight"), or None."""
    if len(run.chunks) < 2 or len(run.digits) < 12 or len(nxt.digits) != len(run.chunks[-1].digits):
        return None
    if words_between(text, run.end, nxt.start) > _REPAIR_WORDS or not _REPAIR.search(text, run.end, nxt.start):
        return None
    return run.digits[: -len(run.chunks[-1].digits)]


def _bridged(
    text: str, runs: Sequence[DigitRun], ri: int, head: str, used: set[int], *, card_talk: bool
) -> tuple[int, str] | None:
    """(last run index, digits) of a card number that starts with ``head`` (run ``ri``) and
    goes on across pauses into the runs after it, or None."""
    if not _bridgeable(head, card_talk=card_talk):
        return None
    digits = head
    last_end = runs[ri].end
    for rj in range(ri + 1, len(runs)):
        if rj in used:
            return None
        if _stray_number_word(text, runs[rj]):
            # "sorry my little one's shouting": a number word in the pause is not a digit of the card
            continue
        if not _bridgeable(runs[rj].digits, card_talk=card_talk):
            return None
        gap_start, gap_end = last_end, runs[rj].start
        if words_between(text, gap_start, gap_end) > _MAX_BRIDGE_WORDS or _OTHER_NUMBER.search(text, gap_start, gap_end):
            return None
        last_end = runs[rj].end
        digits = _joined(digits, runs[rj].digits)
        if len(digits) > 19:
            return None
        if looks_like_pan(digits):
            return rj, digits
    return None


def _joined(head: str, tail: str) -> str:
    """Two readings joined across a pause, with digits said again after the pause said once
    ("four six five nine oh one, sorry you cut out, it's oh one two three...") when only that
    reading makes a card number."""
    plain = head + tail
    if looks_like_pan(plain):
        return plain
    for size in range(min(4, len(head), len(tail) - 1), 0, -1):
        if head.endswith(tail[:size]) and looks_like_pan(head + tail[size:]):
            return head + tail[size:]
    return plain


_ONE_AS_NOUN = re.compile(r"one'?s\b", re.I)


def _stray_number_word(text: str, run: DigitRun) -> bool:
    """"one" used as a noun inside a pause ("my little one's shouting", "the young ones"), not a digit."""
    return len(run.digits) == 1 and _ONE_AS_NOUN.match(text, run.start) is not None


def _bridgeable(d: str, *, card_talk: bool) -> bool:
    """Whether digits ``d`` may be one piece of a card number said across a pause: four
    digits or more, and not a whole phone number unless a card is being paid with."""
    return len(d) >= 4 and (card_talk or not (d[0] == "0" and d[1:2] in tuple("1235789") and len(d) in (10, 11)))


_LAST_FOUR = re.compile(r"\b(?:ending(?: in| with)?|ends(?: in| with)?|last (?:four|4)(?: digits| numbers)?(?: are| is)?)\W*$", re.I)


def _false_starts(
    text: str, runs: Sequence[DigitRun], used: set[int], spans: list[tuple[int, int]], pans: list[str]
) -> list[tuple[int, int]]:
    """Runs near a card number that repeat part of it ("sorry, four one one one, no wait…")."""
    if not pans:
        return []
    out: list[tuple[int, int]] = []
    for ri, run in enumerate(runs):
        if ri in used or len(run.digits) < 4 or not any(_repeats_part(run.digits, pan) for pan in pans):
            continue
        # "the card ending two three seven two" names the card; the last four alone are not card data
        if _LAST_FOUR.search(text, max(0, run.start - 30), run.start):
            continue
        gaps = (
            words_between(text, run.end, s) if s >= run.end else words_between(text, e, run.start) for s, e in spans
        )
        if min(gaps, default=_MAX_BRIDGE_WORDS + 1) <= _MAX_BRIDGE_WORDS:
            out.append((run.start, run.end))
    return out


# A reading abandoned part-way ("four three seven five, eight eight four three, four two oh seven,
# eight seven six, no wait, let me start again") shares this many leading digits with the number.
_ABANDONED_PREFIX = 4


def _repeats_part(digits: str, pan: str) -> bool:
    """``digits`` are part of ``pan`` said again, or an abandoned first reading of it."""
    if digits in pan:
        return True
    shared = next((i for i, (a, b) in enumerate(zip(digits, pan, strict=False)) if a != b), min(len(digits), len(pan)))
    # a short start broken off at its last digit ("two two two one, oh one, no sorry, start again") counts too
    return shared >= _ABANDONED_PREFIX and (len(digits) >= 2 * _ABANDONED_PREFIX or shared >= len(digits) - 1)


def _valid_expiry(digits: str) -> bool:
    if len(digits) == 3:
        return digits[0] != "0"
    if len(digits) in (4, 6):
        return 1 <= int(digits[:2]) <= 12
    return False


def _date_after(text: str, pos: int, runs: RunIndex, window: int = 5) -> tuple[int, int] | None:
    """The span of an expiry-shaped date starting within ``window`` words after ``pos``."""
    month = _MONTH.search(text, pos, pos + 80)
    if month and words_between(text, pos, month.start()) <= window:
        end = month.end()
        run = runs.after(end)
        if run and words_between(text, end, run.start) <= 1 and len(run.digits) in (2, 4):
            end = run.end
        return month.start(), end
    first = runs.after(pos)
    # "oh four, no sorry, oh five twenty eight": a false start is followed by the real date,
    # and is masked with it
    run = first
    for _ in range(2):
        if first is None or run is None or words_between(text, pos, run.start) > window:
            return None
        prefix = ""
        for chunk in run.chunks:
            prefix += chunk.digits
            if _valid_expiry(prefix):
                return first.start, chunk.end
            if len(prefix) > 6:
                break
        run = runs.after(run.end)
    return None


def _about_something_else(text: str, ctx: re.Match[str]) -> bool:
    """The context word is about a passport, a door code and so on, not a card."""
    return _NOT_CARD_SUBJECT.search(text, max(0, ctx.start() - 30), min(len(text), ctx.end() + 25)) is not None


def _find_expiry(text: str, runs: RunIndex, *, card_named: bool = False) -> list[tuple[int, int]]:
    """Expiry dates after (or just before) an expiry word. When the call names a card's own
    security code ("the cvv is ..."), a permit or subscription in the same breath is what
    the card pays for, not another thing with an expiry date."""
    spans: list[tuple[int, int]] = []
    for ctx in _EXPIRY_CTX.finditer(text):
        if not card_named and _about_something_else(text, ctx):
            continue
        found = _date_after(text, ctx.end(), runs)
        if found is None:
            # "oh nine twenty six is the expiry": the date came first.
            run = runs.before(ctx.start())
            if (
                run
                and words_between(text, run.end, ctx.start()) <= 3
                and _valid_expiry(run.digits)
                and not _VALID_FROM.search(text, max(0, run.start - 30), run.start)
            ):
                found = (run.start, run.end)
        if found:
            spans.append(found)
    return spans


# "…four four, end of march twenty eight": a month and year said just after the card number.
_AFTER_PAN_WORDS = 8
# A year alone said as the card's end: "end of twenty eight", "ends twenty nine".
_YEAR_END = re.compile(r"\b(?:ends?|end of|until|till|til|thru|expires?(?: in)?|runs out(?: in)?|good till)\W+$", re.I)


def _expiry_after_pan(text: str, pans: Sequence[tuple[int, int]], runs: RunIndex) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for _, end in pans:
        month = _MONTH.search(text, end, end + 80)
        if month is None or words_between(text, end, month.start()) > _AFTER_PAN_WORDS:
            continue
        if _VALID_FROM.search(text, max(end, month.start() - 20), month.start()):
            continue
        run = runs.after(month.end())
        if run and words_between(text, month.end(), run.start) == 0 and len(run.digits) in (2, 4):
            spans.append((month.start(), run.end))
    for _, end in pans:
        # "..., and it's oh one slash twenty nine": a date read as numbers just after the card;
        # a valid-from date read first is passed over ("valid from oh one twenty four, ends oh
        # one twenty nine"), and a year alone ends it ("end of twenty eight")
        since, run = end, runs.after(end)
        for _ in range(2):
            if run is None or words_between(text, since, run.start) > _AFTER_PAN_WORDS:
                break
            if _VALID_FROM.search(text, max(since, run.start - 20), run.start):
                since, run = run.end, runs.after(run.end)
                continue
            year_only = len(run.digits) == 2 or (len(run.digits) == 4 and run.digits.startswith("20"))
            if (len(run.digits) in (3, 4) and _valid_expiry(run.digits)) or (
                year_only and _YEAR_END.search(text, max(since, run.start - 16), run.start)
            ):
                spans.append((run.start, run.end))
            break
    return spans


def detect_payment(text: str, runs: Sequence[DigitRun] | None = None) -> list[Finding]:
    """Card (``payment_card``) and bank (``bank_details``) findings in one utterance.

    ``runs`` lets the engine share one :func:`digit_runs` pass between detectors.
    """
    if runs is None:
        runs = digit_runs(text)
    if not runs:
        # every card number, expiry, code, sort code, account and IBAN has digits, typed or said:
        # with none, there is nothing to find ("my visa runs out in june" names no card date)
        return []
    if max(len(r.digits) for r in runs) < 3 and _EXPIRY_CTX.search(text) is None:
        # numbers of one or two digits ("one of the girls", "year thirteen") make no card number,
        # code, sort code, account or IBAN; only a month and a two-digit year after an expiry
        # word make card data from them
        return []
    findings: list[Finding] = []
    # an IBAN's digits can pass Luhn by chance: inside an IBAN they are bank details
    ibans = iban_spans(text)
    pans = [(s, e) for s, e in _find_pans(text, runs) if not any(a <= s and e <= b for a, b in ibans)]
    findings.extend(Finding("category", "payment_card", s, e, PAN_SCORE) for s, e in pans)
    taken = sorted(pans)
    taken_starts = [s for s, _ in taken]

    def in_pan(pos: int) -> bool:
        i = bisect_right(taken_starts, pos)
        return i > 0 and pos < taken[i - 1][1]

    others = RunIndex([r for r in runs if not in_pan(r.start)])
    card_named = any(_CARD_ONLY.match(m.group()) for m in _CVV_CTX.finditer(text))
    for s, e in [*_find_expiry(text, others, card_named=card_named), *_expiry_after_pan(text, pans, others)]:
        findings.append(Finding("category", "payment_card", s, e, CONTEXT_SCORE))
    contexts = list(_CVV_CTX.finditer(text))
    # a card number already said makes the card the subject of the call
    if pans or _CARD_WORD.search(text) or _EXPIRY_CTX.search(text):
        contexts.extend(_CVV_WEAK_CTX.finditer(text))
    for ctx in contexts:
        if not (pans or _CARD_ONLY.match(ctx.group())) and _about_something_else(text, ctx):
            continue
        # a named code ("cvc") can be read out after a question or two
        reach = 12 if _CARD_ONLY.match(ctx.group()) else 6
        run = others.near(text, ctx.start(), ctx.end(), range(3, 5), after=reach)
        if run:
            findings.append(Finding("category", "payment_card", run.start, run.end, CONTEXT_SCORE))
            other = others.after(run.end)
            if other and len(other.digits) in (3, 4) and _CORRECTION.match(text[run.end : other.start]):
                findings.append(Finding("category", "payment_card", other.start, other.end, CONTEXT_SCORE))
    if pans or _CID_CARD.search(text):
        for ctx in _CID_CTX.finditer(text):
            if _about_something_else(text, ctx):
                continue
            run = others.near(text, ctx.start(), ctx.end(), range(4, 5), after=10)
            if run:
                findings.append(Finding("category", "payment_card", run.start, run.end, CONTEXT_SCORE))
    said_again = _said_again(text, others, [(f.start, f.end) for f in findings if f.score == CONTEXT_SCORE])
    findings.extend(Finding("category", "payment_card", s, e, CONTEXT_SCORE) for s, e in said_again)
    findings.extend(Finding("category", "bank_details", s, e, CONTEXT_SCORE) for s, e in find_bank_details(text, others, ibans))
    # Two contexts ("security code on the back") can name the same digits.
    return sorted(set(findings), key=lambda f: (f.start, f.end, f.label))
