"""The receptionist Agent as the voice worker runs it.

:class:`VoiceReceptionist` is the call core's :class:`ReceptionistAgent` with the voice
mixin's pipeline taps, plus two things only a phone line needs:

- **Transfers are awaited SIP REFERs.** The core's transfer action is synchronous, so the
  core is given a :class:`DeferredTransferer` that only notes where the caller should go.
  The transfer tools then carry the REFER out (recording already stopped by the core) and,
  if nobody answers, put the call back as it was so the receptionist takes a message.
- **Provider failures degrade, not drop.** If the language model fails, the agent
  switches to the offline brain for the rest of the call and takes a message. If speech
  recognition or synthesis fails, the fallback line is played and the call is wound up;
  in every case the call record is saved by :meth:`ReceptionistAgent.finish`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any

from livekit.agents import ModelSettings, function_tool, llm

from receptionist.core.actions import TransferResult
from receptionist.core.agent import ReceptionistAgent
from receptionist.core.offline_llm import OfflineLLM
from receptionist.core.session import CallSession
from receptionist.telephony.transfer import Telephony
from receptionist.voice.agent import VoiceAgentMixin

logger = logging.getLogger(__name__)

HangUp = Callable[[], Awaitable[None]]
TRANSFER_FAILED_LINE = "I'm sorry, nobody is free to take your call just now. Let me take a message and someone will call you back."


class DeferredTransferer:
    """The core's (synchronous) transferer for voice calls: records the request, dials nothing."""

    def __init__(self) -> None:
        self.requested: tuple[str, str] | None = None

    def transfer(self, number: str, *, department: str) -> bool:
        """Note where the caller should go; :class:`VoiceReceptionist` performs the REFER."""
        self.requested = (number, department)
        return True

    def take(self) -> tuple[str, str] | None:
        """The pending request, cleared."""
        requested, self.requested = self.requested, None
        return requested


def undo_transfer(call: CallSession) -> None:
    """A REFER failed: the caller is still with us, so the call is not transferred or ended.

    Recording stays stopped; the core stopped it before the attempt and stop is final.
    """
    state = call.state
    state.transferred_to, state.outcome, state.ended = None, None, False
    call.call.transferred_to = None
    call.call.outcome = None
    call.commit()


class VoiceReceptionist(VoiceAgentMixin, ReceptionistAgent):
    """The call core's Agent with recording taps, awaited SIP transfers and provider failover."""

    def __init__(
        self,
        call: CallSession,
        *,
        deferred: DeferredTransferer,
        telephony: Telephony,
        hang_up: HangUp | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(call, **kwargs)
        self._deferred = deferred
        self._telephony = telephony
        self._hang_up = hang_up
        self.transfer_outcomes: list[str] = []
        self._background: set[asyncio.Task[None]] = set()

    # -- transfers ----------------------------------------------------------------------

    async def _refer(self, number: str) -> bool:
        """The SIP REFER itself; on failure the call is put back as it was."""
        outcome = await self._telephony.transfer(to_e164=number)
        self.transfer_outcomes.append(outcome.reason)
        if not outcome.ok:
            undo_transfer(self.call)
        return outcome.ok

    async def _complete_transfer(self, result: TransferResult) -> TransferResult:
        request = self._deferred.take()
        if result.status != "transferred" or request is None:
            return result
        number, key = request
        if await self._refer(number):
            return result
        return TransferResult("failed", key, result.department_name, detail="no answer")

    async def llm_node(  # type: ignore[override]
        self, chat_ctx: llm.ChatContext, tools: list[llm.Tool], model_settings: ModelSettings
    ) -> AsyncIterator[llm.ChatChunk | str]:
        """The offline brain transfers from inside its reply: REFER once that reply has been heard."""
        async for chunk in super().llm_node(chat_ctx, tools, model_settings):
            yield chunk
        if self._deferred.requested is not None:
            self._spawn(self._refer_after_reply())

    async def _refer_after_reply(self) -> None:
        request = self._deferred.take()
        if request is None:
            return
        speech = self.session.current_speech
        if speech is not None:
            await speech.wait_for_playout()
        if not await self._refer(request[0]):
            self.session.say(self.call.say(TRANSFER_FAILED_LINE))

    @function_tool
    async def transfer_call(self, department: str) -> str:  # type: ignore[override]  # same tool, awaited REFER
        """Put the caller through to a department (only when they asked to speak to someone).

        Args:
            department: The department key.
        """
        result = await self._complete_transfer(self.actions.transfer(department))
        if result.status == "transferred":
            return f"Transferred to {result.department_name}. Say a short goodbye."
        if result.status == "closed":
            return f"{result.department_name} is closed (next open {result.next_open or 'later'}). Take a message."
        if result.status == "failed":
            return "Nobody answered. Take a message."
        return f"Not transferred: {result.detail}."

    @function_tool
    async def transfer_to_safeguarding_lead(self) -> str:  # type: ignore[override]  # same tool, awaited REFER
        """Put the caller through to the safeguarding lead (only after an immediate-danger disclosure)."""
        result = await self._complete_transfer(self.actions.transfer_to_safeguarding_lead())
        if result.status == "transferred":
            return "Transferred."
        if result.status == "failed":
            return "Nobody answered. Stay with the caller, keep them safe and take their details."
        return f"Not transferred: {result.detail}."

    async def transfer_now(self, department: str | None = None) -> TransferResult:
        """Transfer outside the LLM's tools (used by the offline brain's flow and by tests)."""
        return await self._complete_transfer(self.actions.transfer(department))

    # -- provider failures --------------------------------------------------------------

    def on_provider_failure(self, role: str) -> None:
        """Degrade: LLM → offline brain takes the message; STT/TTS → fallback line, then hang up."""
        self.provider_failed()
        if role == "llm":
            if self.brain != "offline":
                self.brain = "offline"
                self.update_options(llm=OfflineLLM(self._offline_reply))
            return
        if self._hang_up is None:
            return
        if role == "stt" and self.voice is not None:
            # The caller can still hear us; the TTS path already played the line itself.
            self.session.say(self.voice.failover.line, allow_interruptions=False)
        self._schedule_hang_up()

    def _schedule_hang_up(self) -> None:
        hang_up = self._hang_up
        assert hang_up is not None

        async def after_playout() -> None:
            with contextlib.suppress(RuntimeError):  # already closing
                await self.session.drain()
            await hang_up()

        self._spawn(after_playout())

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        # Keep a reference until done: the loop holds tasks only weakly.
        task = asyncio.get_running_loop().create_task(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
