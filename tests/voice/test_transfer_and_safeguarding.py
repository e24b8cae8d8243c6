"""Transfers and safeguarding on a live (fake-provider) call."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from receptionist.recording.recorder import RecorderState
from receptionist.store.models import Call, Escalation, OutboxMessage
from receptionist.telephony.transfer import FakeTelephony
from receptionist.voice.call import VoiceCall
from receptionist.voice.fakes import ScriptedUtterance
from receptionist.voice.receptionist import TRANSFER_FAILED_LINE

ASK_FOR_OFFICE = [
    ScriptedUtterance("can I speak to someone in the school office please", 600),
    ScriptedUtterance("my name is Sarah Jones", 5000),
]


@pytest.mark.parametrize(("fail_with", "transferred"), [(None, True), ("busy", False)])
async def test_transfer_dials_the_department_with_recording_already_stopped(harness, fail_with: str | None, transferred: bool) -> None:  # type: ignore[no-untyped-def]
    telephony = FakeTelephony(fail_with=fail_with, observe=lambda: harness.last_call.recorder.state)
    voice_call, tts, _speaker = await harness.run(ASK_FOR_OFFICE, telephony=telephony)
    office = harness.config.department("office")
    assert telephony.transfers == [office.transfer_number]
    assert telephony.observed == [RecorderState.STOPPED]
    assert ("stopped", "transfer") in [(s.value, r) for s, r in voice_call.recorder.transitions]
    spoken = " ".join(tts.spoken)
    with harness.store.sessions() as session:
        call = session.get(Call, voice_call.call.call_id)
        assert call is not None
        if transferred:
            assert (call.outcome, call.transferred_to) == ("transferred", "office")
            assert TRANSFER_FAILED_LINE not in spoken
        else:
            assert call.outcome != "transferred" and call.transferred_to is None
            assert "nobody is free" in spoken
            assert call.status == "completed"


@pytest.mark.parametrize(
    ("disclosure", "subtype"),
    [("my dad hits me and I am scared to go home", "child_abuse"), ("my friend said she wants to kill herself", "self_harm_suicide")],
)
async def test_safeguarding_escalation_is_raised_while_the_call_is_live(harness, disclosure: str, subtype: str) -> None:  # type: ignore[no-untyped-def]
    seen_live: list[tuple[str, int, str]] = []

    async def check_while_live(voice_call: VoiceCall) -> None:
        assert not voice_call.wound_up, "the session is still running"
        with harness.store.sessions() as session:
            rows = session.scalars(select(Escalation).where(Escalation.call_id == voice_call.call.call_id)).all()
            outbox = session.scalars(select(OutboxMessage).where(OutboxMessage.call_id == voice_call.call.call_id)).all()
            seen_live.extend((row.subtype, len(outbox), row.status) for row in rows)

    await harness.run([ScriptedUtterance(disclosure, 600)], during=check_while_live)
    assert len(seen_live) == 1
    found_subtype, outbox_rows, status = seen_live[0]
    assert (found_subtype, status) == (subtype, "new")
    assert outbox_rows >= 1

