"""A scripted ``llm.LLM`` for testing the LLM brain: replies and tool calls in order, contexts recorded.

Written for this project in the spirit of livekit/agents' test fakes: it subclasses the
real base class and has explicit knobs (``steps``, ``fail_with``) instead of mocks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from livekit.agents import llm
from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS, NOT_GIVEN, APIConnectOptions, NotGivenOr


@dataclass
class Step:
    """One model turn: text to say and/or tools to call (name, arguments)."""

    content: str = ""
    tool_calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


class ScriptedLLM(llm.LLM[Any]):
    """Returns ``steps`` one per ``chat()`` call; every context it was given is kept in ``seen``."""

    def __init__(self, steps: list[Step], *, fail_with: Exception | None = None, default: str = "OK.") -> None:
        super().__init__()
        self.steps = list(steps)
        self.fail_with = fail_with
        self.default = default
        self.seen: list[str] = []
        self.tool_names: list[list[str]] = []

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
        texts = []
        for item in chat_ctx.items:
            if item.type == "message":
                texts.append(f"{item.role}: {item.text_content}")
            elif item.type == "function_call_output":
                texts.append(f"tool: {item.output}")
        self.seen.append("\n".join(texts))
        self.tool_names.append([getattr(t, "id", "") for t in tools or []])
        step = self.steps.pop(0) if self.steps else Step(self.default)
        return _Stream(self, step, chat_ctx=chat_ctx, tools=tools or [], conn_options=conn_options)


class _Stream(llm.LLMStream):
    def __init__(self, owner: ScriptedLLM, step: Step, **kwargs: Any) -> None:
        super().__init__(owner, **kwargs)
        self._owner = owner
        self._step = step

    async def _run(self) -> None:
        if self._owner.fail_with is not None:
            raise self._owner.fail_with
        calls = [
            llm.FunctionToolCall(name=name, arguments=json.dumps(args), call_id=f"call_{i}")
            for i, (name, args) in enumerate(self._step.tool_calls)
        ]
        self._event_ch.send_nowait(
            llm.ChatChunk(id="s", delta=llm.ChoiceDelta(role="assistant", content=self._step.content or None,
                                                        tool_calls=calls))
        )
