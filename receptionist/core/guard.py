"""Checks on what the LLM brain says, applied in code before the caller hears it.

A language model can be talked into things; the guard makes sure that whatever it
generates, the caller never hears another person's phone number, the system prompt, card
data, or a promise to keep a disclosure secret, and that a safeguarding reply always
carries the 999 line.
"""

from __future__ import annotations

import re

from receptionist.core.phone import find_numbers
from receptionist.core.phrases import safeguarding_response
from receptionist.core.session import CallSession, Heard

_SECRECY = re.compile(
    r"\b(keep (this|it|that) (a )?secret|won'?t tell (anyone|anybody)|stays? between (us|you and me)|"
    r"(just )?between (the two of )?us|no one will know|nobody will know)\b",
    re.I,
)
REFUSAL = (
    "I'm sorry, I can't share anything about other callers, or about how I'm set up. "
    "I can help with your own enquiry, though."
)
_PROMPT_OVERLAP_WORDS = 8


def _allowed_numbers(call: CallSession) -> set[str]:
    cfg = call.config
    allowed = {d.transfer_number for d in cfg.departments}
    allowed.update(n for n in (call.state.caller_number, call.state.callback_number) if n)
    return allowed


def _echoes_prompt(text: str, prompt: str) -> bool:
    words = re.findall(r"[a-z']+", prompt.lower())
    said = " ".join(re.findall(r"[a-z']+", text.lower()))
    for i in range(0, max(0, len(words) - _PROMPT_OVERLAP_WORDS)):
        if " ".join(words[i : i + _PROMPT_OVERLAP_WORDS]) in said:
            return True
    return False


def guard_reply(text: str, call: CallSession, heard: Heard | None, prompt: str) -> str:
    """``text`` made safe to say, or a fixed safe line replacing it."""
    allowed = _allowed_numbers(call)
    if any(n.e164 not in allowed for n in find_numbers(text)) or _echoes_prompt(text, prompt):
        return REFUSAL
    # Nothing sensitive goes out (card data above all), even if the model somehow produced it.
    text = call.engine.scan(text).redacted
    subtype = heard.decision.scan.safeguarding if heard is not None else None
    if subtype is not None:
        if _SECRECY.search(text):
            return safeguarding_response(call.config, subtype)
        if "999" not in text:
            text = f"{text.rstrip()} If you are in immediate danger, please call 999."
    if not text.strip():
        return "Sorry, could you say that again?"
    return text
