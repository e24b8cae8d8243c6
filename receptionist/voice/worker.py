"""The LiveKit Agents worker that answers phone calls.

Dispatch is explicit: the worker registers under ``settings.livekit_agent_name`` and only
joins rooms whose SIP dispatch rule names it (see ``receptionist telephony setup``); the
rule's metadata carries the tenant slug. Each call runs in its own job process, so a call
that crashes cannot take other calls with it.

Per call (:func:`run_call`): join the room audio-only, wait for the SIP caller, read the
caller ID, load the tenant's active configuration, assemble the call (call core, recorder,
agent, failover) and start the session with Deepgram STT, the OpenAI LLM, the configured
TTS and Silero VAD, interruptions on. LiveKit's own session recording is switched off
(``record=False``): call audio is recorded only by our encrypted in-process recorder.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from livekit import rtc
from livekit.agents import (
    AgentServer,
    AgentSession,
    APIConnectOptions,
    AutoSubscribe,
    JobContext,
    JobProcess,
)
from livekit.agents.voice.agent_session import SessionConnectOptions

from receptionist.core.hours import system_clock
from receptionist.core.tenants import TenantRepository
from receptionist.observability.voice_latency import observe_session
from receptionist.privacy.engine import default_engine
from receptionist.settings import Settings, get_settings
from receptionist.store.service import Store
from receptionist.telephony.transfer import LiveKitTelephony
from receptionist.voice.call import assemble_call, prepare_fallback
from receptionist.voice.providers import build_llm, build_stt, build_tts, load_vad

logger = logging.getLogger(__name__)

SIP_CALLER_ATTRIBUTE = "sip.phoneNumber"
# One retry, then fail fast: a caller on hold for a dead provider is worse than the fallback.
PROVIDER_CONNECT = APIConnectOptions(max_retry=1, retry_interval=0.5, timeout=8.0)


def prewarm(proc: JobProcess) -> None:
    """Load the VAD model and open the store once per job process, before a call arrives."""
    settings = get_settings()
    proc.userdata["settings"] = settings
    proc.userdata["vad"] = load_vad()
    proc.userdata["store"] = Store.open(settings)


def tenant_from_metadata(metadata: str | None) -> str | None:
    """The tenant slug the dispatch rule attached to the job (``{"tenant": "school"}``)."""
    try:
        data = json.loads(metadata or "{}")
    except json.JSONDecodeError:
        return None
    slug = data.get("tenant") if isinstance(data, dict) else None
    return slug if isinstance(slug, str) and slug else None


async def entrypoint(ctx: JobContext) -> None:
    """LiveKit's per-job entry: one phone call."""
    userdata: dict[str, Any] = ctx.proc.userdata
    settings: Settings = userdata.get("settings") or get_settings()
    store: Store = userdata.get("store") or Store.open(settings)
    await run_call(ctx, settings=settings, store=store, vad=userdata.get("vad") or load_vad())


async def run_call(ctx: JobContext, *, settings: Settings, store: Store, vad: Any) -> None:
    """Answer one call in ``ctx.room``; the record is closed whatever ends the call."""
    slug = tenant_from_metadata(ctx.job.metadata)
    if slug is None:
        logger.error("job has no tenant in its dispatch metadata; not answering", extra={"job_id": ctx.job.id})
        ctx.shutdown("no tenant")
        return
    repo = TenantRepository()
    with store.sessions() as db:
        tenant = repo.get_by_slug(db, slug)
        if tenant is None:
            logger.error("unknown tenant in dispatch metadata", extra={"tenant": slug})
            ctx.shutdown("unknown tenant")
            return
        config = repo.active_config(db, tenant)
        tenant_id, version = tenant.id, tenant.active_config_version

    await ctx.connect(auto_subscribe=AutoSubscribe.AUDIO_ONLY)
    caller = await ctx.wait_for_participant(kind=rtc.ParticipantKind.PARTICIPANT_KIND_SIP)

    async def hang_up() -> None:
        # Deleting the room ends the SIP leg; the caller hears the line end after the fallback.
        await ctx.delete_room()

    engine = default_engine()
    voice_call = assemble_call(
        store=store,
        config=config,
        tenant_id=tenant_id,
        config_version=version,
        raw_cli=caller.attributes.get(SIP_CALLER_ATTRIBUTE),
        engine=engine,
        clock=system_clock,
        telephony=LiveKitTelephony(ctx.api.sip, room_name=ctx.room.name, participant_identity=caller.identity),
        model=build_llm(settings),
        hang_up=hang_up,
    )
    tts = build_tts(settings)
    session: AgentSession[None] = AgentSession(
        stt=build_stt(settings),
        tts=tts,
        vad=vad,
        turn_handling={"interruption": {"enabled": True, "min_duration": 0.5}},
        conn_options=SessionConnectOptions(
            stt_conn_options=PROVIDER_CONNECT, llm_conn_options=PROVIDER_CONNECT, tts_conn_options=PROVIDER_CONNECT
        ),
    )
    async def wind_up() -> None:
        await voice_call.wind_up()

    ctx.add_shutdown_callback(wind_up)
    observe_session(session, stt="deepgram", llm="openai", tts=settings.tts_provider)
    await prepare_fallback(voice_call, tts)
    logger.info("answering call", extra={"tenant": slug, "call_id": voice_call.call.call_id})
    await session.start(agent=voice_call.agent, room=ctx.room, record=False)


def build_server(settings: Settings) -> AgentServer:
    """The worker, registered for explicit dispatch under the configured agent name."""
    assert settings.livekit_api_key is not None and settings.livekit_api_secret is not None
    server = AgentServer(
        ws_url=settings.livekit_url,
        api_key=settings.livekit_api_key.get_secret_value(),
        api_secret=settings.livekit_api_secret.get_secret_value(),
        setup_fnc=prewarm,
        prometheus_port=settings.metrics_port,
    )
    server.rtc_session(entrypoint, agent_name=settings.livekit_agent_name)
    return server
