"""The offline brain: a deterministic receptionist for when no language model is configured.

It is rule- and retrieval-based: it answers only from the tenant's FAQs, asks for the
next missing intake slot, routes requests for a person, and handles the moments that
matter (a disclosure, an objection, card details, an injection attempt, abuse) with
fixed, reviewed wording. It acts only through :class:`CallActions`, like the LLM brain.
"""

from __future__ import annotations

import re

from receptionist.core.actions import CallActions, TransferResult
from receptionist.core.intake import reason_from
from receptionist.core.knowledge import best_faq
from receptionist.core.phone import is_affirmative, spoken_e164
from receptionist.core.phrases import (
    bilingual,
    goodbye,
    readback,
    safeguarding_response,
    slot_question,
)
from receptionist.core.safety import says_unsafe
from receptionist.core.session import CallSession, Heard

ABUSE_LIMIT = 2
# While one of these is unanswered, a bare "ok" acknowledges what was said; it isn't a goodbye.
_OPEN_QUESTIONS = ("reason", "name", "callback_number", "consent")
MAX_TRANSFER_ASKS = 2


class OfflineBrain:
    """Chooses the receptionist's next line from the call state; never calls a network service."""

    name = "offline"

    def reply(self, call: CallSession, heard: Heard) -> str:
        """The receptionist's response to the caller turn just processed by ``call.hear``."""
        actions = CallActions(call)
        state, cues = call.state, heard.cues
        if cues.abuse and (state.abuse_strikes >= ABUSE_LIMIT or state.prank):
            actions.end_call(abusive=True)
            return (
                "I'm going to end the call here. If you do have an enquiry for "
                f"{call.config.name}, please call back. Goodbye."
            )
        if cues.abuse:
            return "I do want to help, but I can't carry on if the language continues. " + self._next(call)
        if heard.decision.scan.safeguarding:
            return self._safeguarding(call, heard)
        if state.asked == "safe_now":
            return self._after_safeguarding(call, actions)

        said: list[str] = []
        if _GREETING_ONLY.match(heard.redacted):
            said.append("Hello.")  # greeted back, then the question, rather than a bare "what's it about?"
        if heard.changes.name and state.name:
            said.append(bilingual(state, call.config, "thanks", f"Thanks, {state.name.split()[0]}."))
        if cues.objection and state.asked == "consent":
            state.asked = None
            said.append("No problem, this call won't be recorded.")
        elif cues.objection:
            said.append("Of course. I've stopped the recording, and nothing more of this call will be recorded.")
        if cues.injection:
            state.asked = None
            said.append(
                "I'm sorry, I can't share anything about other callers, or about how I'm set up. "
                "I can help with your own enquiry, though."
                if state.injection_attempts <= 1
                else "As I said, that's not something I can help with."
            )
        elif heard.decision.payment:
            what = "bank" if "bank_details" in heard.decision.scan.categories else "card"
            state.payment_warnings += 1
            said.append(
                f"For your security, please don't read out any more {what} details. I haven't kept them, "
                "and someone will call you back with a secure way to pay."
                if state.payment_warnings == 1
                else f"Please stop there: I can't take {what} details on this call, and I haven't kept them."
            )
        if heard.changes.callback_number and state.readback_done and state.callback_number:
            said.append(f"Thanks, I've changed the number to {spoken_e164(state.callback_number)}.")
        elif cues.prank:
            said.append(
                f"I'm afraid that's not something {call.config.name} can help with. "
                "If you have a genuine enquiry, I'm happy to help."
            )

        if state.transfer_topic_needed and not (cues.injection or cues.abuse):
            state.asked = "reason"
            said.append("Of course. What's it about, so I can put you through to the right team?")
            return " ".join(said)
        if state.pending_transfer is not None:
            transfer = self._transfer(call, actions)
            if transfer is not None:
                return " ".join([*said, transfer])
        elif (
            (cues.goodbye and not (cues.acknowledgement and state.asked in _OPEN_QUESTIONS))
            or (cues.ends_call and cues.short)
            or (state.asked == "anything_else" and cues.negative)
        ) and not cues.injection:
            return self._finish(call, actions, said)
        elif not (cues.injection or cues.prank or cues.objection or heard.decision.payment) and (
            cues.question or heard.changes.reason
        ):
            answer = self._answer(call, actions, heard)
            if answer is not None:
                said.append(answer)
                state.reason_answered = state.reason_answered or heard.changes.reason
            elif cues.question:
                said.append(
                    "I'm sorry, I don't have that information, and I'd rather not guess. "
                    "I can take a message so the right person gets back to you."
                )
                self._unanswered_becomes_reason(call, actions, heard)
        nxt = self._next(call, acknowledged=bool(said))
        if nxt.startswith("Thanks,") and said and said[0].startswith(("Thanks,", "Diolch")):
            said.pop(0)  # the read-back thanks them already
        said.append(nxt)
        return " ".join(s for s in said if s)

    @staticmethod
    def _unanswered_becomes_reason(call: CallSession, actions: CallActions, heard: Heard) -> None:
        # The first question was answered in full; this one wasn't, so it's what the message is about.
        state = call.state
        if not state.reason_answered or heard.changes.reason or heard.decision.scan.findings:
            return
        question = reason_from(heard.redacted, heard.cues, heard.changes.name)
        if question is not None:
            actions.record_details(reason=question)
            state.reason_answered = False
            state.reason_turn = len(state.caller_turns) - 1

    def _answer(self, call: CallSession, actions: CallActions, heard: Heard) -> str | None:
        """An FAQ answer, or for "when are you open" questions the configured hours and closures."""
        if heard.cues.hours and heard.cues.question:
            faq = best_faq(call.config.faqs, heard.redacted)
            # "When are you open?" matches any FAQ about hours (the library's, the pool's); only
            # one that matches the rest of the question too is the answer, else the tenant's hours.
            topic = best_faq(call.config.faqs, _HOURS_WORDS.sub(" ", heard.redacted))
            about_hours = faq is not None and any(w in " ".join(faq.faq.keywords) for w in ("open", "hours", "close", "shut"))
            if faq is not None and about_hours and topic is not None and topic.faq == faq.faq:
                return actions.lookup_faq(heard.redacted)
            return actions.opening_hours(heard.department)
        return actions.lookup_faq(heard.redacted)

    def _next(self, call: CallSession, *, acknowledged: bool = False) -> str:
        state = call.state
        slot = state.missing()
        if slot is None:
            if not state.readback_done:
                state.readback_done = True
                state.asked = "anything_else"
                return readback(state, call.config) + " " + slot_question(state, call.config, "anything_else")
            state.asked = "anything_else"
            return slot_question(state, call.config, "anything_else")
        repeated = state.asked == slot
        state.asked = slot
        if repeated:
            # Asking again: a short thanks for what they did say, unless something was just said to
            # them, and the short form of the question (the tenant's may be long).
            again = bilingual(state, call.config, slot, _SHORT[slot]) if slot in _SHORT else slot_question(state, call.config, slot)
            return ("" if acknowledged else "Thank you. ") + again
        if slot == "name" and state.reason_answered:
            return "If you'd like someone to call you back about it, " + _lower(slot_question(state, call.config, slot))
        return slot_question(state, call.config, slot)

    def _safeguarding(self, call: CallSession, heard: Heard) -> str:
        state = call.state
        subtype = heard.decision.scan.safeguarding or "adult_at_risk"
        state.asked = "safe_now"
        state.safety_asked = True
        if subtype == "immediate_danger":
            state.safeguarding_transfer_offered = True
        return safeguarding_response(call.config, subtype)

    def _after_safeguarding(self, call: CallSession, actions: CallActions) -> str:
        state = call.state
        text = state.caller_turns[-1].redacted if state.caller_turns else ""
        state.asked = None
        if state.safeguarding_transfer_offered and is_affirmative(text) and not says_unsafe(text):
            result = actions.transfer_to_safeguarding_lead()
            if result.status == "transferred":
                return "I'm putting you through to our safeguarding lead now. Please stay on the line."
        if says_unsafe(text):
            state.unsafe_now = True
            if not state.safeguarding_transfer_offered and call.config.safeguarding.leads:
                state.safeguarding_transfer_offered = True
                state.asked = "safe_now"
                return (
                    "I'm sorry you're going through this. If you're in danger right now, please call 999; "
                    "that's the quickest way to get help. I can also put you through to our safeguarding "
                    "lead now. Would you like me to do that?"
                )
            return "Please call 999 if you're in danger right now. " + self._next(call)
        lead_line = "Thank you. Someone from our safeguarding team will be in touch as soon as they can."
        if call.state.name is None or call.state.callback_number is None:
            return f"{lead_line} {self._next(call)}"
        return f"{lead_line} If you're ever in immediate danger, call 999. " + self._next(call)

    def _transfer(self, call: CallSession, actions: CallActions) -> str | None:
        state = call.state
        key = state.pending_transfer
        dept = call.config.department(key) if key else None
        if dept is None:
            state.pending_transfer = None
            return None
        opening = actions.department_open(dept.key)
        if not opening.open:
            # Say so at once rather than collect details "in case we get cut off".
            state.pending_transfer = None
            when = f" They're next open {opening.next_open}." if opening.next_open else ""
            return f"{dept.name} is closed right now.{when} I'll take a message and they'll call you back. " + self._next(
                call, acknowledged=True
            )
        # A receptionist takes a name and what it's about before putting someone through.
        if state.transfer_asks < MAX_TRANSFER_ASKS and (state.name is None or state.reason is None):
            state.transfer_asks += 1
            if state.name is None:
                state.asked = "name"
                return f"I can put you through to {dept.name}. Before I do, can I take your name in case we get cut off?"
            state.asked = "reason"
            return f"And can I ask what it's about, so I can let {dept.name} know?"
        result: TransferResult = actions.transfer()
        if result.status == "transferred":
            return f"I'm putting you through to {result.department_name} now. The recording stops here."
        if result.status == "closed":
            return f"{result.department_name} has just closed. I'll take a message and they'll call you back. " + self._next(call)
        if result.status == "failed":
            return "I'm sorry, nobody's answering at the moment. Let me take a message instead. " + self._next(call)
        state.pending_transfer = None
        return None

    def _finish(self, call: CallSession, actions: CallActions, said: list[str]) -> str:
        state = call.state
        if not state.readback_done and _has_message(call):
            state.readback_done = True
            if said and said[0].startswith("Thanks,"):
                said.pop(0)  # the read-back thanks them already
            said.append(readback(state, call.config))
        state.readback_done = True
        actions.end_call()
        said.append(goodbye(state, call.config))
        return " ".join(said)

    def closing(self, call: CallSession) -> str | None:
        """The last line when the caller hangs up mid-call: the read-back if it wasn't given."""
        state = call.state
        if state.ended or state.prank or state.abuse_strikes:
            return None
        if not state.readback_done and _has_message(call):
            state.readback_done = True
            return readback(state, call.config) + " " + goodbye(state, call.config)
        return None


def _has_message(call: CallSession) -> bool:
    """Is there anything to pass on? Not for a question answered in full with no name left."""
    state = call.state
    if state.prank:
        return False
    if state.reason_answered and state.name is None and not state.escalated:
        return False
    return bool(state.reason or state.name or state.escalated)


_GREETING_ONLY = re.compile(
    r"^\W*((hi|hello|hiya|hey|morning|afternoon|evening|good (morning|afternoon|evening))( there)?\W*)+$", re.I
)
_HOURS_WORDS = re.compile(r"\b(open|opening|opens|close|closing|closes|closed|shut|hours|times?)\b", re.I)
# Short forms for asking again; the number question stays whole (it explains a withheld number).
_SHORT = {
    "reason": "What can I help you with?",
    "name": "Could I take your name?",
}


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]
