"""Provider failures mid-call: the caller hears the fallback, the call record is saved, and
other calls carry on."""

from __future__ import annotations

import asyncio

import pytest
from livekit.agents import APIConnectionError, APITimeoutError
from sqlalchemy import select

from receptionist.core.agent import FALLBACK_LINE
from receptionist.store.models import Call, Summary
from receptionist.voice.fakes import RecordingLLM, ScriptedUtterance

GIVE_DETAILS = [
    ScriptedUtterance("I need to report my son is off sick today", 600),
    ScriptedUtterance("my name is Sarah Jones", 4500),
]


def saved(harness, call_id: str) -> tuple[str, str | None, bool, bool]:  # type: ignore[no-untyped-def]
    with harness.store.sessions() as session:
        call = session.get(Call, call_id)
        assert call is not None
        has_summary = session.scalar(select(Summary.id).where(Summary.call_id == call_id)) is not None
        return call.status, call.outcome, call.ended_at is not None, has_summary


@pytest.mark.parametrize(
    "error", [APIConnectionError("model unreachable", retryable=False), APITimeoutError("model timed out", retryable=False)]
)
async def test_llm_failure_says_the_fallback_then_takes_a_message_offline(harness, error: Exception) -> None:  # type: ignore[no-untyped-def]
    model = RecordingLLM(fail=error)
    voice_call, tts, _speaker = await harness.run(GIVE_DETAILS, model=model)
    spoken = " ".join(tts.spoken)
    assert " ".join(FALLBACK_LINE.split()[:4]) in spoken
    assert [role for role, _ in voice_call.failover.failures] == ["llm"]
    assert voice_call.agent.brain == "offline"
    assert voice_call.call.state.name == "Sarah Jones", "the offline brain went on taking the message"
    assert harness.hang_ups == []
    assert saved(harness, voice_call.call.call_id) == ("completed", "message", True, True)


async def test_stt_disconnect_says_the_fallback_hangs_up_and_saves(harness) -> None:  # type: ignore[no-untyped-def]
    script = [ScriptedUtterance("I need to report my son is off sick today", 600), ScriptedUtterance("and also", 6000)]
    voice_call, tts, _speaker = await harness.run(script, stt_fail_at_ms=4000)
    assert FALLBACK_LINE.split(".")[0] in " ".join(tts.spoken)
    assert [role for role, _ in voice_call.failover.failures][:1] == ["stt"]
    assert harness.hang_ups == ["hang_up"]
    status, outcome, ended, has_summary = saved(harness, voice_call.call.call_id)
    assert (status, ended, has_summary) == ("failed", True, True)
    assert outcome is not None


async def test_tts_failure_plays_the_prerendered_fallback_and_saves(harness) -> None:  # type: ignore[no-untyped-def]
    script = [ScriptedUtterance("what time does school finish", 600)]
    voice_call, _tts, speaker = await harness.run(script, tts_fail_on="3:15")
    assert [role for role, _ in voice_call.failover.failures][:1] == ["tts"]
    fallback_frames = len(voice_call.failover.fallback_audio)
    assert fallback_frames > 0 and speaker.frames >= fallback_frames
    assert harness.hang_ups == ["hang_up"]
    assert saved(harness, voice_call.call.call_id)[0] == "failed"


async def test_a_failing_call_does_not_disturb_another(harness) -> None:  # type: ignore[no-untyped-def]
    failing, healthy = await asyncio.gather(
        harness.run(GIVE_DETAILS, model=RecordingLLM(fail=APIConnectionError("down", retryable=False))),
        harness.run(GIVE_DETAILS),
    )
    assert failing[0].failover.failed and not healthy[0].failover.failed
    assert healthy[0].call.state.name == "Sarah Jones"
    assert saved(harness, healthy[0].call.call_id)[:3] == ("completed", "message", True)
    assert saved(harness, failing[0].call.call_id)[:3] == ("completed", "message", True)
