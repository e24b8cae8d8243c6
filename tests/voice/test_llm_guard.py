"""The last lock before the model: every message re-redacted, the original context untouched."""

from __future__ import annotations

import pytest
from livekit.agents import llm

from receptionist.privacy.engine import default_engine
from receptionist.voice.fakes import RecordingLLM
from receptionist.voice.llm_guard import LlmInputGuard, RedactingLLM


@pytest.mark.parametrize(
    ("role", "text", "must_not_contain"),
    [
        ("user", "my card is 4111 1111 1111 1111", "4111"),
        ("user", "the card number is 5500 0000 0000 0004 expiry 04/27", "5500"),
        ("assistant", "So that's 4111 1111 1111 1111, is that right?", "4111"),
        ("user", "sort code 20-00-00 account 12345678", "12345678"),
    ],
)
def test_scrub_redacts_without_touching_the_original(role: str, text: str, must_not_contain: str) -> None:
    ctx = llm.ChatContext([llm.ChatMessage(role="system", content=["You are a receptionist."]),
                           llm.ChatMessage(role=role, content=[text])])  # type: ignore[arg-type]
    guard = LlmInputGuard(default_engine())
    safe = guard.scrub(ctx)
    sent = "\n".join(i.text_content or "" for i in safe.items if i.type == "message")
    assert must_not_contain not in sent
    assert "[" in sent and guard.redactions == 1
    assert ctx.items[1].text_content == text, "the session's own history is not rewritten here"


def test_plain_text_passes_unchanged() -> None:
    ctx = llm.ChatContext([llm.ChatMessage(role="user", content=["what time does school finish"])])
    safe = LlmInputGuard(default_engine()).scrub(ctx)
    assert safe.items[0].text_content == "what time does school finish"


async def test_redacting_llm_hands_the_model_only_the_scrubbed_context() -> None:
    inner = RecordingLLM(lambda _t: "ok")
    model = RedactingLLM(inner, LlmInputGuard(default_engine()))
    ctx = llm.ChatContext([llm.ChatMessage(role="user", content=["card 4111 1111 1111 1111"])])
    async with model.chat(chat_ctx=ctx) as stream:
        chunks = [c async for c in stream]
    assert chunks and "4111" not in inner.all_text_seen()
