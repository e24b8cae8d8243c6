"""Cold transfer of the caller to a person, by SIP REFER through LiveKit.

:class:`Telephony` is the port; :class:`LiveKitTelephony` calls LiveKit's
``TransferSIPParticipant`` (LiveKit sends a SIP REFER to Twilio, which connects the
caller to the number and drops our leg); :class:`FakeTelephony` is the offline fake.

:class:`CallTransfer` is what the call flow uses. It stops the recording *before* the
REFER, so nothing of the handover or the human conversation is ever captured, and it
reports a failed transfer (busy, no answer, trunk refused) instead of raising, so the
receptionist can carry on and take a message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from google.protobuf.duration_pb2 import Duration
from livekit.protocol.sip import (
    SIPTransferReason,
    SIPTransferStatus,
    TransferSIPParticipantRequest,
    TransferSIPParticipantResponse,
)

from receptionist.core.ports import RecordingControl

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TransferOutcome:
    """Whether the caller was handed over; ``reason`` is a status label, never a number."""

    ok: bool
    reason: str = "transferred"


class Telephony(Protocol):
    """Hands a caller on the line to another phone number."""

    async def transfer(self, *, to_e164: str) -> TransferOutcome:
        """Cold-transfer the current caller to ``to_e164``."""
        ...


class SipTransferApi(Protocol):
    """The one ``livekit.api`` SIP call we use (``LiveKitAPI().sip`` provides it)."""

    async def transfer_sip_participant(
        self, transfer: TransferSIPParticipantRequest, *, timeout: float | None = None
    ) -> TransferSIPParticipantResponse:
        """Transfer a SIP participant (SIP REFER)."""
        ...


class LiveKitTelephony:
    """SIP REFER via ``livekit.api`` for the SIP participant of one room."""

    def __init__(
        self, sip: SipTransferApi, *, room_name: str, participant_identity: str, ringing_timeout_s: int = 25
    ) -> None:
        self._sip = sip
        self._room = room_name
        self._identity = participant_identity
        self._ringing_timeout_s = ringing_timeout_s

    async def transfer(self, *, to_e164: str) -> TransferOutcome:
        """Ask LiveKit to REFER the caller; failures come back as an outcome, not an exception."""
        request = TransferSIPParticipantRequest(
            room_name=self._room,
            participant_identity=self._identity,
            transfer_to=f"tel:{to_e164}",
            play_dialtone=False,
            ringing_timeout=Duration(seconds=self._ringing_timeout_s),
        )
        try:
            response = await self._sip.transfer_sip_participant(request)
        except Exception as exc:  # any API/network failure means the caller is still with us
            logger.warning("sip transfer failed", extra={"error": type(exc).__name__})
            return TransferOutcome(False, type(exc).__name__)
        if response.status == SIPTransferStatus.STS_TRANSFER_FAILED:
            return TransferOutcome(False, _reason_label(response.reason))
        return TransferOutcome(True)


def _reason_label(reason: int) -> str:
    """LiveKit's transfer-failure reason as a lower-case label (busy, no answer, ...)."""
    try:
        return SIPTransferReason.Name(reason).removeprefix("STR_").lower() if reason else "failed"
    except ValueError:
        return "failed"


@dataclass
class FakeTelephony:
    """Offline fake. ``fail_with`` makes every transfer fail with that reason (e.g. ``busy``);
    ``observe`` is called at the moment of transfer and its result kept in ``observed``."""

    fail_with: str | None = None
    observe: Callable[[], object] | None = None
    transfers: list[str] = field(default_factory=list)
    observed: list[object] = field(default_factory=list)

    async def transfer(self, *, to_e164: str) -> TransferOutcome:
        """Record the request and answer as configured."""
        self.transfers.append(to_e164)
        if self.observe is not None:
            self.observed.append(self.observe())
        if self.fail_with is not None:
            return TransferOutcome(False, self.fail_with)
        return TransferOutcome(True)


class CallTransfer:
    """The call flow's transfer action: stop recording, then REFER; never raises for a failed handover."""

    def __init__(self, telephony: Telephony, recording: RecordingControl) -> None:
        self._telephony = telephony
        self._recording = recording

    async def transfer(self, *, to_e164: str, department: str) -> TransferOutcome:
        """Put the caller through to ``to_e164``; on failure the caller stays with the receptionist."""
        self._recording.stop("transfer")
        outcome = await self._telephony.transfer(to_e164=to_e164)
        logger.info(
            "transfer %s", "completed" if outcome.ok else "failed",
            extra={"department": department, "reason": outcome.reason},
        )
        return outcome
