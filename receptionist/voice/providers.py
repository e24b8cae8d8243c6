"""The real speech and language providers for a phone call, built from settings.

Privacy settings are fixed here, not left to configuration: Deepgram runs with
``mip_opt_out=True`` (audio is not kept for Deepgram's model improvement programme) and
OpenAI chat runs with ``store=False`` (completions are not stored for distillation or
evals). Deepgram's endpoint is configurable so that UK/EU deployments can use the EU
region (``https://api.eu.deepgram.com/v1/listen``).

Vendor plugins are imported inside the builders: this module is the only place the
worker touches them, and importing it costs nothing when no keys are set.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from receptionist.settings import Settings

DEFAULT_DEEPGRAM_LISTEN_URL = "https://api.deepgram.com/v1/listen"
DEEPGRAM_AURA_VOICE = "aura-2-draco-en"  # a British English Aura-2 voice


@dataclass(frozen=True, slots=True)
class Missing:
    """A setting the voice worker cannot run without, and why it is needed."""

    name: str
    why: str


def missing_for_worker(settings: Settings) -> list[Missing]:
    """Every setting the live voice worker needs but does not have (empty when ready)."""
    missing: list[Missing] = []
    if not settings.livekit_url:
        missing.append(Missing("RECEPTIONIST_LIVEKIT_URL", "the LiveKit server the worker registers with"))
    if settings.livekit_api_key is None:
        missing.append(Missing("RECEPTIONIST_LIVEKIT_API_KEY", "LiveKit API key"))
    if settings.livekit_api_secret is None:
        missing.append(Missing("RECEPTIONIST_LIVEKIT_API_SECRET", "LiveKit API secret"))
    if settings.deepgram_api_key is None:
        missing.append(Missing("RECEPTIONIST_DEEPGRAM_API_KEY", "speech recognition (Deepgram nova-3, en-GB)"))
    if settings.tts_provider == "openai" and settings.openai_api_key is None:
        missing.append(Missing("RECEPTIONIST_OPENAI_API_KEY", "the language model and OpenAI text-to-speech"))
    elif settings.openai_api_key is None:
        missing.append(Missing("RECEPTIONIST_OPENAI_API_KEY", "the language model"))
    return missing


def _secret(value: Any) -> str:
    assert value is not None, "checked by missing_for_worker"
    return str(value.get_secret_value())


def build_stt(settings: Settings) -> Any:
    """Deepgram streaming STT: nova-3, en-GB, interim results, word timings, no data retention."""
    from livekit.plugins import deepgram

    return deepgram.STT(
        model=settings.deepgram_model,
        language=settings.deepgram_language,
        interim_results=True,
        punctuate=True,
        numerals=True,  # digits as digits, so card numbers are caught as early as possible
        api_key=_secret(settings.deepgram_api_key),
        base_url=settings.deepgram_base_url or DEFAULT_DEEPGRAM_LISTEN_URL,
        mip_opt_out=True,
    )


def build_llm(settings: Settings) -> Any:
    """OpenAI chat model with ``store=False``; timeouts come from the session's connect options."""
    from livekit.plugins import openai

    kwargs: dict[str, Any] = {}
    if settings.openai_base_url:
        kwargs["base_url"] = settings.openai_base_url
    return openai.LLM(
        model=settings.openai_model,
        api_key=_secret(settings.openai_api_key),
        store=False,
        temperature=0.3,
        **kwargs,
    )


def build_tts(settings: Settings) -> Any:
    """OpenAI TTS, or Deepgram Aura (with ``mip_opt_out``) when ``tts_provider=deepgram``."""
    if settings.tts_provider == "deepgram":
        from livekit.plugins import deepgram

        base = (settings.deepgram_base_url or DEFAULT_DEEPGRAM_LISTEN_URL).replace("/listen", "/speak")
        return deepgram.TTS(
            model=DEEPGRAM_AURA_VOICE, api_key=_secret(settings.deepgram_api_key), base_url=base, mip_opt_out=True
        )
    from livekit.plugins import openai

    kwargs: dict[str, Any] = {}
    if settings.openai_base_url:
        kwargs["base_url"] = settings.openai_base_url
    return openai.TTS(
        model=settings.openai_tts_model,
        voice=settings.openai_tts_voice,
        api_key=_secret(settings.openai_api_key),
        instructions="Speak in a warm, calm British English receptionist's voice.",
        **kwargs,
    )


def load_vad() -> Any:
    """Silero VAD; its ONNX model ships inside ``livekit-plugins-silero`` (no download)."""
    from livekit.plugins import silero

    return silero.VAD.load()
