"""Provider latencies of a live voice call, read from LiveKit's per-turn metrics.

LiveKit Agents attaches a latency report to every message it adds to the conversation
(``conversation_item_added``): the caller's message carries ``transcription_delay`` (end of
speech to final transcript: our "STT final"), the receptionist's carries ``llm_node_ttft``
(LLM time to first token) and ``tts_node_ttfb`` (TTS first byte). :func:`observe_session`
subscribes to that event and records the three as
``receptionist_provider_latency_seconds``.

Only the numbers and the provider names are read; the message text in the same event is
never touched. The session is duck-typed (anything with ``on(event, callback)``), so this
module imports nothing from LiveKit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from receptionist.observability.metrics import METRICS, Metrics, ProviderStage, provider_latency

EVENT = "conversation_item_added"
# (role of the message, key in its metrics report, our stage, key of the provider metadata)
_READINGS: tuple[tuple[str, str, ProviderStage, str | None], ...] = (
    ("user", "transcription_delay", "stt_final", None),
    ("assistant", "llm_node_ttft", "llm_ttft", "llm_metadata"),
    ("assistant", "tts_node_ttfb", "tts_ttfb", "tts_metadata"),
)


class EventSource(Protocol):
    """What :func:`observe_session` needs of an ``AgentSession``: event subscription."""

    def on(self, event: Any, callback: Callable[..., Any] | None = None) -> Any:
        """Call ``callback`` with each ``event``."""
        ...


def observe_session(
    session: EventSource, *, stt: str, llm: str, tts: str, metrics: Metrics = METRICS
) -> Callable[[Any], None]:
    """Record STT final, LLM first-token and TTS first-byte latency for every turn of ``session``.

    ``stt``, ``llm`` and ``tts`` name the configured providers; LiveKit's own metadata wins
    when it names one. Returns the handler (tests call it directly).
    """
    configured = {"stt_final": stt, "llm_ttft": llm, "tts_ttfb": tts}

    def on_item(event: Any) -> None:
        item = getattr(event, "item", None)
        role = getattr(item, "role", None)
        report = getattr(item, "metrics", None)
        if not isinstance(report, Mapping):
            return
        for wanted_role, key, stage, metadata_key in _READINGS:
            value = report.get(key)
            if role != wanted_role or not isinstance(value, int | float) or value <= 0:
                continue
            provider = configured[stage]
            meta = report.get(metadata_key) if metadata_key else None
            if isinstance(meta, Mapping) and isinstance(meta.get("model_provider"), str):
                provider = meta["model_provider"].lower()
            provider_latency(stage, provider, float(value), metrics=metrics)

    session.on(EVENT, on_item)
    return on_item
