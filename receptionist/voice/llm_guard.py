"""What a language model is allowed to read: redacted text only.

The call core already hands the model redacted turns. This guard is the second lock on
the same door, at the last point before the provider: :class:`RedactingLLM` wraps the
real model and every message in the chat context is re-scanned and replaced by its
redacted form, so a card number (or any other masked span) can never reach the LLM even
if a transcript slipped past the core unredacted. It wraps the model, not the agent's
``llm_node``, because the call core must still hear the caller's real words first (to
escalate, capture a callback number, and so on). Scans are cached by text, so a long call
costs one scan per new message.
"""

from __future__ import annotations

from typing import Any

from livekit.agents import llm
from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS, NOT_GIVEN, APIConnectOptions, NotGivenOr

from receptionist.recording.guard import TextScanner

_MAX_CACHE = 512


class LlmInputGuard:
    """Returns a copy of a chat context with every message's text redacted by the privacy engine."""

    def __init__(self, engine: TextScanner) -> None:
        self._engine = engine
        self._cache: dict[str, str] = {}
        self.redactions = 0

    def redact(self, text: str) -> str:
        """``text`` as the engine redacts it (cached)."""
        cached = self._cache.get(text)
        if cached is None:
            if len(self._cache) >= _MAX_CACHE:
                self._cache.clear()
            cached = self._cache[text] = self._engine.scan(text).redacted
        return cached

    def scrub(self, chat_ctx: llm.ChatContext) -> llm.ChatContext:
        """A copy of ``chat_ctx`` safe to send; the original and its messages are left as they are."""
        items: list[llm.ChatItem] = []
        for item in chat_ctx.items:
            if item.type != "message" or item.role not in ("user", "assistant"):
                items.append(item)
                continue
            parts: list[llm.ChatContent] = []
            for part in item.content:
                if isinstance(part, str):
                    redacted = self.redact(part)
                    self.redactions += int(redacted != part)
                    parts.append(redacted)
                else:
                    parts.append(part)
            # A new message object: the session's history must not be rewritten from here.
            items.append(item.model_copy(update={"content": parts}))
        return llm.ChatContext(items)


class RedactingLLM(llm.LLM[Any]):
    """A language model that only ever receives the redacted form of the conversation."""

    def __init__(self, inner: llm.LLM[Any], guard: LlmInputGuard) -> None:
        super().__init__()
        self.inner = inner
        self.guard = guard

    @property
    def model(self) -> str:
        """The wrapped model's name (for metrics)."""
        return self.inner.model

    @property
    def provider(self) -> str:
        """The wrapped model's provider (for metrics)."""
        return self.inner.provider

    def chat(
        self,
        *,
        chat_ctx: llm.ChatContext,
        tools: list[llm.Tool] | None = None,
        conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS,
        parallel_tool_calls: NotGivenOr[bool] = NOT_GIVEN,
        tool_choice: NotGivenOr[llm.ToolChoice] = NOT_GIVEN,
        extra_kwargs: NotGivenOr[dict[str, Any]] = NOT_GIVEN,
    ) -> llm.LLMStream:
        """Scrub the context, then ask the wrapped model."""
        return self.inner.chat(
            chat_ctx=self.guard.scrub(chat_ctx),
            tools=tools,
            conn_options=conn_options,
            parallel_tool_calls=parallel_tool_calls,
            tool_choice=tool_choice,
            extra_kwargs=extra_kwargs,
        )

    async def aclose(self) -> None:
        """Close the wrapped model."""
        await self.inner.aclose()
