"""Provider failures mid-call: the caller hears a calm line, the call is still saved.

Speech recognition, the language model and speech synthesis can each fail mid-call (a
dropped websocket, an API error, a timeout). :class:`ProviderFailover` is told about each
failure by the agent's pipeline nodes. It logs only the provider role and the error type
(never text), keeps the fallback line ready as audio rendered at the start of the call (so
it can be played even when synthesis itself is what failed), and calls ``on_failure`` once
so the worker can wind the call up: the record is saved and the worker carries on serving
other calls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from livekit import rtc
from livekit.agents import tts

from receptionist.observability import metrics

logger = logging.getLogger(__name__)
# Which latency stage each provider role's failure is counted under.
FAILURE_STAGES: dict[str, metrics.ProviderStage] = {"stt": "stt_final", "llm": "llm_ttft", "tts": "tts_ttfb"}

FALLBACK_LINE = "Sorry, let me take a message and someone will call you back."


class ProviderFailover:
    """Remembers the first provider failure on a call and the pre-rendered fallback audio."""

    def __init__(self, on_failure: Callable[[str], None] | None = None, *, line: str = FALLBACK_LINE) -> None:
        self.line = line
        self.failures: list[tuple[str, str]] = []
        self.fallback_audio: list[rtc.AudioFrame] = []
        self.on_failure = on_failure

    @property
    def failed(self) -> bool:
        """True once any provider has failed on this call."""
        return bool(self.failures)

    def report(self, role: str, error: BaseException) -> None:
        """Record a failure of ``role`` (``stt``, ``llm`` or ``tts``); the first one triggers wind-up."""
        first = not self.failures
        self.failures.append((role, type(error).__name__))
        logger.warning("provider failure", extra={"role": role, "error": type(error).__name__})
        metrics.provider_error(FAILURE_STAGES.get(role, "llm_ttft"))
        if first and self.on_failure is not None:
            self.on_failure(role)

    async def prepare(self, engine: tts.TTS[Any]) -> None:
        """Render the fallback line now, while synthesis works; a failure here is only logged."""
        try:
            async with engine.synthesize(self.line) as stream:
                self.fallback_audio = [event.frame async for event in stream]
        except Exception as exc:  # the call still works; only the TTS-failure fallback is lost
            logger.warning("fallback line not pre-rendered", extra={"error": type(exc).__name__})
