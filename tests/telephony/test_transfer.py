"""Cold transfer: recording stops before the REFER; failures come back as outcomes."""

from __future__ import annotations

import pytest
from livekit.protocol.sip import (
    SIPTransferReason,
    SIPTransferStatus,
    TransferSIPParticipantRequest,
    TransferSIPParticipantResponse,
)

from receptionist.recording.recorder import CallRecorder, RecorderState
from receptionist.recording.vault import MemoryRecordingVault
from receptionist.telephony.transfer import CallTransfer, FakeTelephony, LiveKitTelephony


@pytest.mark.parametrize(("fail_with", "ok"), [(None, True), ("busy", False), ("no_answer", False)])
async def test_recording_is_stopped_before_the_transfer(fail_with: str | None, ok: bool) -> None:
    recorder = CallRecorder(MemoryRecordingVault())
    recorder.start()
    telephony = FakeTelephony(fail_with=fail_with, observe=lambda: recorder.state)
    outcome = await CallTransfer(telephony, recorder).transfer(to_e164="+447700900101", department="office")
    assert outcome.ok is ok
    assert telephony.transfers == ["+447700900101"]
    assert telephony.observed == [RecorderState.STOPPED]
    recorder.start()  # a failed transfer does not restart recording
    assert recorder.state is RecorderState.STOPPED


class FakeSipTransfer:
    def __init__(self, response: TransferSIPParticipantResponse | None = None, error: Exception | None = None) -> None:
        self.response, self.error = response, error
        self.requests: list[TransferSIPParticipantRequest] = []

    async def transfer_sip_participant(
        self, transfer: TransferSIPParticipantRequest, *, timeout: float | None = None
    ) -> TransferSIPParticipantResponse:
        self.requests.append(transfer)
        if self.error:
            raise self.error
        assert self.response is not None
        return self.response


@pytest.mark.parametrize(
    ("response", "error", "ok", "reason"),
    [
        (TransferSIPParticipantResponse(status=SIPTransferStatus.STS_TRANSFER_SUCCESSFUL), None, True, "transferred"),
        (
            TransferSIPParticipantResponse(
                status=SIPTransferStatus.STS_TRANSFER_FAILED, reason=SIPTransferReason.STR_RINGING_TIMEOUT
            ),
            None,
            False,
            "ringing_timeout",
        ),
        (TransferSIPParticipantResponse(status=SIPTransferStatus.STS_TRANSFER_FAILED), None, False, "failed"),
        (None, TimeoutError(), False, "TimeoutError"),
    ],
)
async def test_livekit_telephony(
    response: TransferSIPParticipantResponse | None, error: Exception | None, ok: bool, reason: str
) -> None:
    sip = FakeSipTransfer(response, error)
    outcome = await LiveKitTelephony(sip, room_name="call-1", participant_identity="sip_caller").transfer(
        to_e164="+447700900101"
    )
    assert (outcome.ok, outcome.reason) == (ok, reason)
    [request] = sip.requests
    assert (request.room_name, request.participant_identity, request.transfer_to) == (
        "call-1", "sip_caller", "tel:+447700900101",
    )
