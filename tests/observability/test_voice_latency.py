"""LiveKit's per-turn latency reports become provider latency metrics; message text is ignored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from livekit.agents.llm import ChatMessage
from livekit.agents.voice.events import ConversationItemAddedEvent
from prometheus_client import CollectorRegistry

from receptionist.observability.metrics import Metrics
from receptionist.observability.voice_latency import EVENT, observe_session


class FakeSession:
    """Stands in for AgentSession: keeps the callbacks registered with ``on``."""

    def __init__(self) -> None:
        self.handlers: dict[str, list[Callable[[Any], None]]] = {}

    def on(self, event: Any, callback: Callable[..., Any] | None = None) -> Any:
        assert callback is not None
        self.handlers.setdefault(event, []).append(callback)
        return callback

    def emit(self, event: str, arg: Any) -> None:
        for handler in self.handlers.get(event, []):
            handler(arg)


def _message(role: str, text: str, **report: Any) -> ConversationItemAddedEvent:
    return ConversationItemAddedEvent(item=ChatMessage(role=role, content=[text], metrics=report))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (_message("user", "my name is Jane", transcription_delay=0.31),
         {("deepgram", "stt_final"): 0.31}),
        (_message("assistant", "Thanks Jane", llm_node_ttft=0.42, tts_node_ttfb=0.18),
         {("openai", "llm_ttft"): 0.42, ("openai", "tts_ttfb"): 0.18}),
        (_message("assistant", "ok", llm_node_ttft=0.5, llm_metadata={"model_provider": "Azure"}),
         {("azure", "llm_ttft"): 0.5}),
        (_message("user", "hello", llm_node_ttft=0.5), {}),  # wrong role for the key
        (_message("assistant", "hi", tts_node_ttfb=0.0), {}),  # not measured
        (_message("user", "hello"), {}),
    ],
)
def test_latency_recorded(event: ConversationItemAddedEvent, expected: dict[tuple[str, str], float]) -> None:
    registry = CollectorRegistry()
    session = FakeSession()
    observe_session(session, stt="deepgram", llm="openai", tts="openai", metrics=Metrics(registry))
    session.emit(EVENT, event)
    for stage in ("stt_final", "llm_ttft", "tts_ttfb"):
        for provider in ("deepgram", "openai", "azure"):
            total = registry.get_sample_value(
                "receptionist_provider_latency_seconds_sum", {"provider": provider, "subtype": stage}
            )
            assert total == expected.get((provider, stage)), (provider, stage)


def test_subscribes_to_the_conversation_event() -> None:
    session = FakeSession()
    observe_session(session, stt="deepgram", llm="openai", tts="openai", metrics=Metrics(CollectorRegistry()))
    assert list(session.handlers) == ["conversation_item_added"]
