"""The one LiveKit ``Agent`` that every transport runs: voice worker, console and simulator.

:class:`ReceptionistAgent` wraps a :class:`CallSession`. Every caller message passes
through ``CallSession.hear`` before any model sees it (in ``on_user_turn_completed`` for
voice, and in ``llm_node`` for every path), and the model is only ever given the redacted
text. The brain is whichever ``llm.LLM`` the agent is built with: a real model (OpenAI)
with the function tools below, or :class:`OfflineLLM` backed by the offline brain. Either
way, replies go through the output guard and are persisted by the call core.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterable, Callable
from typing import Any

from livekit.agents import Agent, function_tool, llm
from livekit.agents.voice.agent import ModelSettings

from receptionist.core.actions import CallActions
from receptionist.core.guard import guard_reply
from receptionist.core.offline_brain import OfflineBrain
from receptionist.core.offline_llm import OfflineLLM
from receptionist.core.phrases import goodbye, opening, readback
from receptionist.core.prompts import system_notes, system_prompt
from receptionist.core.session import CallSession, Heard
from receptionist.core.summary import Summariser
from receptionist.core.wrapup import finish

logger = logging.getLogger(__name__)
UNAVAILABLE = "[unavailable]"
FALLBACK_LINE = "Sorry, I'm having trouble on my side. Let me take a message and someone will call you back."


class ReceptionistAgent(Agent):
    """The receptionist for one call; the same class in voice, console and simulate."""

    def __init__(
        self,
        call: CallSession,
        *,
        model: llm.LLM[Any] | None = None,
        on_end: Callable[[], None] | None = None,
        **agent_options: Any,
    ) -> None:
        self.call = call
        self.actions = CallActions(call)
        self.brain = "llm" if model is not None else "offline"
        self.replies: list[str] = []
        self._offline = OfflineBrain()
        self._prompt = system_prompt(call.config)
        self._redacted: dict[str, str] = {}
        # Turns heard in on_user_turn_completed and not yet answered by llm_node.
        self._unanswered: dict[str, Heard] = {}
        self._heard: Heard | None = None
        self._fresh: Heard | None = None
        self._on_end = on_end
        self._failed = False
        super().__init__(instructions=self._prompt, llm=model or OfflineLLM(self._offline_reply), **agent_options)

    # -- lifecycle ----------------------------------------------------------------------

    async def on_enter(self) -> None:
        """Speak first: the greeting and the recording notice."""
        self.call.open()
        text = opening(self.call.config)
        self._record(text)
        self.session.say(text)

    async def on_user_turn_completed(self, turn_ctx: llm.ChatContext, new_message: llm.ChatMessage) -> None:
        """Voice path: redact (and escalate) as soon as the caller's turn is final.

        ``llm_node`` runs next and answers this same turn, so the result is kept for it.
        """
        heard = self._process(new_message)
        if heard is not None:
            self._unanswered[new_message.id] = heard

    async def finish(self, summariser: Summariser | None = None, *, status: str = "completed") -> None:
        """Hang-up: say the read-back if it was never given, then close the call record."""
        closing = self._closing_line()
        if closing:
            self._record(closing)
        await finish(self.call, summariser, status=status)

    def interim_transcript(self, partial: str) -> str:
        """Voice path: feed each interim STT result here (recording pauses as a card number starts)."""
        return self.call.hear_partial(partial)

    def provider_failed(self) -> str:
        """A provider failed mid-call: the caller hears the fallback and a message will be taken."""
        self._record(FALLBACK_LINE)
        return FALLBACK_LINE

    # -- the privacy boundary ------------------------------------------------------------

    def _process(self, message: llm.ChatMessage) -> Heard | None:
        if message.id in self._redacted or self.call.state.ended:
            return None
        try:
            heard = self.call.hear(message.text_content or "")
        except Exception as exc:
            # Database or engine failure: the caller gets the fallback, the model never gets the
            # raw words, and the log gets the error type only (messages can quote SQL parameters).
            logger.error("call flow failed on a caller turn", extra={"error_type": type(exc).__name__})
            self._redacted[message.id] = UNAVAILABLE
            message.content = [UNAVAILABLE]
            self._failed = True
            return None
        self._redacted[message.id] = heard.redacted
        # Edit the message in place too, so the session history never keeps the raw words.
        message.content = [heard.redacted]
        self._heard = heard
        return heard

    def _safe_context(self, chat_ctx: llm.ChatContext, heard: Heard | None) -> llm.ChatContext:
        items: list[llm.ChatItem] = []
        for item in chat_ctx.items:
            if item.type == "message" and item.role == "user":
                safe = self._redacted.get(item.id)
                if safe is None:
                    safe = self.call.engine.scan(item.text_content or "").redacted
                items.append(llm.ChatMessage(id=item.id, role="user", content=[safe]))
            else:
                items.append(item)
        if heard is not None and self.brain == "llm":
            for note in system_notes(self.call, heard):
                items.append(llm.ChatMessage(role="system", content=[note]))
        return llm.ChatContext(items)

    async def llm_node(
        self, chat_ctx: llm.ChatContext, tools: list[llm.Tool], model_settings: ModelSettings
    ) -> AsyncIterable[llm.ChatChunk | str]:
        """Process the newest caller message, ask the brain with redacted text only, guard and record."""
        last_user = next(
            (i for i in reversed(chat_ctx.items) if i.type == "message" and i.role == "user"), None
        )
        fresh: Heard | None = None
        if isinstance(last_user, llm.ChatMessage):
            fresh = self._unanswered.pop(last_user.id, None) or self._process(last_user)
        if self._failed:
            self._failed = False
            self._record(FALLBACK_LINE, screened=True)
            yield FALLBACK_LINE
            return
        if self.call.state.ended and fresh is None:
            return
        self._fresh = fresh
        parts: list[str] = []
        async for chunk in Agent.default.llm_node(self, self._safe_context(chat_ctx, fresh), tools, model_settings):
            if isinstance(chunk, str):
                parts.append(chunk)
            elif isinstance(chunk, llm.ChatChunk) and chunk.delta is not None:
                if chunk.delta.content:
                    parts.append(chunk.delta.content)
                if chunk.delta.tool_calls:
                    yield llm.ChatChunk(
                        id=chunk.id, delta=llm.ChoiceDelta(role="assistant", tool_calls=chunk.delta.tool_calls)
                    )
        text = "".join(parts).strip()
        if text:
            if self.brain == "llm":
                text = guard_reply(text, self.call, self._heard, self._prompt)
            # Offline replies are built from redacted text and configuration; LLM ones were just guarded.
            self._record(text, screened=True)
            yield text
        if self.call.state.ended and self._on_end is not None:
            self._on_end()

    def _offline_reply(self, chat_ctx: llm.ChatContext) -> str:
        heard, self._fresh = self._fresh, None
        if heard is None:
            return ""
        return self._offline.reply(self.call, heard)

    def _closing_line(self) -> str | None:
        if self.brain == "offline":
            return self._offline.closing(self.call)
        state = self.call.state
        if state.ended or state.readback_done or not (state.reason or state.name):
            return None
        state.readback_done = True
        return f"{readback(state, self.call.config)} {goodbye(state, self.call.config)}"

    def _record(self, text: str, *, screened: bool = False) -> None:
        self.replies.append(self.call.say(text, screened=screened))

    # -- tools (the only way the LLM brain acts) -----------------------------------------

    @function_tool
    async def lookup_faq(self, question: str) -> str:
        """Look up the organisation's published answer to the caller's question.

        Args:
            question: The caller's question in their own words.
        """
        answer = self.actions.lookup_faq(question)
        return answer or "NO ANSWER. Say you don't have that information and offer to take a message."

    @function_tool
    async def opening_hours(self, department: str | None = None) -> str:
        """Opening hours of the organisation or one department, and whether it is open now.

        Args:
            department: A department key, or empty for the whole organisation.
        """
        return self.actions.opening_hours(department)

    @function_tool
    async def record_details(
        self, name: str | None = None, callback_number: str | None = None, reason: str | None = None
    ) -> str:
        """Record the caller's name, callback number and/or reason for calling.

        Args:
            name: The caller's name as they gave it.
            callback_number: The number to call back, as digits.
            reason: What the call is about, in the caller's words.
        """
        return self.actions.record_details(name=name, callback_number=callback_number, reason=reason)

    @function_tool
    async def transfer_call(self, department: str) -> str:
        """Put the caller through to a department (only when they asked to speak to someone).

        Args:
            department: The department key.
        """
        result = self.actions.transfer(department)
        if result.status == "transferred":
            return f"Transferred to {result.department_name}. Say a short goodbye."
        if result.status == "closed":
            return f"{result.department_name} is closed (next open {result.next_open or 'later'}). Take a message."
        if result.status == "failed":
            return "Nobody answered. Take a message."
        return f"Not transferred: {result.detail}."

    @function_tool
    async def transfer_to_safeguarding_lead(self) -> str:
        """Put the caller through to the safeguarding lead (only after an immediate-danger disclosure)."""
        result = self.actions.transfer_to_safeguarding_lead()
        return "Transferred." if result.status == "transferred" else f"Not transferred: {result.detail}."

    @function_tool
    async def read_back(self) -> str:
        """The message that will be passed on, to read to the caller before ending."""
        self.call.state.readback_done = True
        return readback(self.call.state, self.call.config)

    @function_tool
    async def end_call(self, abusive: bool = False) -> str:
        """End the call after the read-back, or at once (abusive=true) for an abusive or hoax caller.

        Args:
            abusive: True only when ending because of abuse or a hoax.
        """
        return self.actions.end_call(abusive=abusive)
