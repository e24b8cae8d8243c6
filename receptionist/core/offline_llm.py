"""The offline brain presented as a LiveKit ``llm.LLM``, so one Agent class serves every transport.

LiveKit's ``AgentSession`` drives an agent through an ``llm.LLM``. With no API key, the
receptionist agent is given this one: its stream asks a callback (the agent's offline
brain) for the reply and emits it as a single chunk. No network, no randomness.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from livekit.agents import llm
from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS, NOT_GIVEN, APIConnectOptions, NotGivenOr

Respond = Callable[[llm.ChatContext], str]


class OfflineLLM(llm.LLM[Any]):
    """An ``llm.LLM`` whose every reply comes from ``respond(chat_ctx)``; it never calls tools."""

    def __init__(self, respond: Respond) -> None:
        super().__init__()
        self._respond = respond

    @property
    def model(self) -> str:
        """Reported in LiveKit metrics."""
        return "offline-receptionist"

    @property
    def provider(self) -> str:
        """Reported in LiveKit metrics."""
        return "receptionist"

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
        """A stream that yields the offline brain's reply."""
        return _OfflineStream(self, chat_ctx=chat_ctx, tools=tools or [], conn_options=conn_options)

    def respond(self, chat_ctx: llm.ChatContext) -> str:
        """The reply for this context (used by the stream)."""
        return self._respond(chat_ctx)


class _OfflineStream(llm.LLMStream):
    def __init__(
        self, owner: OfflineLLM, *, chat_ctx: llm.ChatContext, tools: list[llm.Tool], conn_options: APIConnectOptions
    ) -> None:
        super().__init__(owner, chat_ctx=chat_ctx, tools=tools, conn_options=conn_options)
        self._owner = owner

    async def _run(self) -> None:
        text = self._owner.respond(self.chat_ctx)
        self._event_ch.send_nowait(
            llm.ChatChunk(id="offline", delta=llm.ChoiceDelta(role="assistant", content=text))
        )
