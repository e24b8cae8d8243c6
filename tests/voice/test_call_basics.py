"""The worker's Agent on a live (fake-provider) session: what the caller hears first."""

from __future__ import annotations

import pytest

from receptionist.core.phrases import opening
from receptionist.recording.recorder import RecorderState
from receptionist.voice.fakes import ScriptedUtterance


def said(tts) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(tts.spoken).split())


@pytest.mark.parametrize("first_words", ["what time does school finish"])
async def test_notice_is_spoken_first_and_recording_follows_consent(harness, first_words: str) -> None:  # type: ignore[no-untyped-def]
    voice_call, tts, speaker = await harness.run([ScriptedUtterance(first_words, 800)])
    expected_opening = " ".join(opening(harness.config).split())
    assert said(tts).startswith(expected_opening)
    assert harness.config.recording.notice in expected_opening
    assert voice_call.recorder.transitions[0] == (RecorderState.RECORDING, "consent")
    assert speaker.frames > 0
    assert voice_call.call.state.caller_turns, "the caller's turn reached the call core"


@pytest.mark.parametrize("objection", ["please don't record this call", "I do not want to be recorded"])
async def test_objection_stops_recording_for_good(harness, objection: str) -> None:  # type: ignore[no-untyped-def]
    script = [ScriptedUtterance(objection, 600), ScriptedUtterance("my name is Sarah Jones", 3500)]
    voice_call, _tts, _speaker = await harness.run(script)
    transitions = voice_call.recorder.transitions
    assert (RecorderState.STOPPED, "objection") in transitions
    stopped_at = transitions.index((RecorderState.STOPPED, "objection"))
    assert all(state is not RecorderState.RECORDING for state, _ in transitions[stopped_at:])
    assert voice_call.call.call.recording_objection is True
