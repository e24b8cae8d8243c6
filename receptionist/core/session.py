"""One call, from "hello" to hang-up, independent of how the caller reaches us.

:class:`CallSession` is the transport-agnostic call core. Every caller utterance goes
through :meth:`CallSession.hear`, which runs the privacy engine, applies the privacy
policy in code (consent, masking, card handling, escalation), fills the intake slots, and
persists the redacted turn before any brain sees it. Replies go through
:meth:`CallSession.say`. The voice worker, the console and the simulator all drive this
same object (through :class:`receptionist.core.agent.ReceptionistAgent`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import partial

from sqlalchemy.orm import Session

from receptionist.core.config import TenantConfig
from receptionist.core.cues import Cues, read_cues
from receptionist.core.hours import Clock
from receptionist.core.intake import IntakeChanges, capture
from receptionist.core.phone import to_e164
from receptionist.core.policy import TurnDecision, decide
from receptionist.core.ports import RecordingControl, RecordingLog, SimulatedTransferer, Transferer
from receptionist.core.routing import known_topic, route
from receptionist.core.state import CallerTurn, CallState
from receptionist.escalations.service import raise_escalation
from receptionist.observability import metrics
from receptionist.privacy.engine import PrivacyEngine
from receptionist.privacy.spoken import digit_runs
from receptionist.privacy.streaming import StreamingScanner
from receptionist.store.calls import CallRepository
from receptionist.store.models import Call
from receptionist.store.service import Store

PAYMENT_EXPECTED_TURNS = 2


class CallEndedError(RuntimeError):
    """The call has already ended; nothing more can be said on it."""


@dataclass(frozen=True, slots=True)
class Heard:
    """The result of processing one caller utterance."""

    decision: TurnDecision
    cues: Cues
    changes: IntakeChanges
    escalated: str | None
    department: str | None

    @property
    def redacted(self) -> str:
        """The utterance as stored and as any language model may see it."""
        return self.decision.redacted


class CallSession:
    """The call core for one call: privacy policy, slots, persistence and actions."""

    def __init__(
        self,
        *,
        store: Store,
        config: TenantConfig,
        tenant_id: str,
        config_version: int,
        caller_number: str | None,
        transport: str,
        engine: PrivacyEngine,
        clock: Clock,
        recorder: RecordingControl | None = None,
        transferer: Transferer | None = None,
    ) -> None:
        self.store = store
        self.config = config
        self.engine = engine
        self.clock = clock
        self.recorder: RecordingControl = recorder or RecordingLog()
        self.transferer: Transferer = transferer or SimulatedTransferer()
        self.calls = CallRepository(store)
        self._stream = StreamingScanner(engine)
        number = caller_number if caller_number and to_e164(caller_number.replace("+", "00", 1)) else None
        self.state = CallState(caller_number=number, consent_mode=config.recording.mode)
        # The caller ID is the default callback number, to be confirmed with the caller.
        self.state.callback_number = number
        # One session per call: each step commits, so a crash mid-call loses at most one turn.
        self._db: Session = store.sessions()
        self.call: Call = self.calls.open_call(
            self._db, tenant_id=tenant_id, transport=transport, caller_number=caller_number,
            config_version=config_version,
        )
        if number is not None:
            # Stored at once, so a call cut off before the confirmation still has a number to ring.
            self.calls.set_identity(self._db, self.call, callback_number=number)
        self._db.commit()
        metrics.call_started(config.slug, transport)
        self._counted_end = False
        # Per caller turn: our own processing of the utterance plus of the reply (benchmarks).
        self.overheads_ms: list[float] = []
        # The same in CPU time of this thread: on a busy shared machine, wall time mostly
        # measures waiting for a core, not our work.
        self.overheads_cpu_ms: list[float] = []
        self._open_turn = False

    @property
    def call_id(self) -> str:
        """The stored call's id."""
        return self.call.id

    # -- the opening -------------------------------------------------------------------

    def open(self) -> None:
        """Apply the consent mode before the first word: notice mode records, ask mode waits."""
        if self.state.consent_mode == "notice":
            self._set_consent(True)
            self.recorder.start()
            self.state.recording = "on"
        else:
            self.state.asked = "consent"
        self._commit()

    # -- caller turns ------------------------------------------------------------------

    def hear_partial(self, partial: str) -> str:
        """Voice path: an interim transcript. Pauses recording the moment card digits start.

        Returns the text that is safe to show or log (never an unredacted card prefix).
        Nothing is stored: only the final transcript, through :meth:`hear`, is.
        """
        update = self._stream.feed(partial)
        # After "I want to pay by card", the first spoken digits pause it too ("five four one three…").
        expecting = self.state.payment_expected > 0 and bool(digit_runs(partial))
        if (update.payment_in_progress or self.state.payment_context or expecting) and self.state.recording == "on":
            self.recorder.pause("payment")
            self.state.recording = "paused"
        return update.safe_text

    def hear(self, text: str) -> Heard:
        """Process one caller utterance: scan, decide, capture slots, escalate, persist."""
        if self.state.ended:
            raise CallEndedError("the call has ended")
        started, cpu = time.perf_counter(), time.thread_time()
        self._stream.reset()
        state = self.state
        scan = self.engine.scan(text)
        cues = read_cues(text, engine_intents=scan.intents)
        decision = decide(self.engine, scan, cues, state)

        self._apply_consent(cues)
        self._apply_recording(decision)
        state.payment_context = decision.payment
        # "I want to pay by card": the next couple of turns may be the number, read out in words.
        state.payment_expected = PAYMENT_EXPECTED_TURNS if cues.payment_intent else max(0, state.payment_expected - 1)
        state.welsh = state.welsh or cues.welsh
        state.injection_attempts += int(cues.injection)
        state.abuse_strikes += int(cues.abuse)
        state.prank = state.prank or cues.prank
        department = route(self.config, state, text, cues)

        changes = capture(state, text, decision, cues, known_topic=partial(known_topic, self.config))
        try:
            escalated = None
            if decision.escalate is not None:
                raise_escalation(
                    self._db, self.store, call=self.call, config=self.config, subtype=decision.escalate,
                    caller_words=text, now=self.clock(),
                )
                state.escalated, state.safeguarding, escalated = True, decision.escalate, decision.escalate
            elif decision.scan.safeguarding == "immediate_danger":
                state.safeguarding = "immediate_danger"

            self.calls.append_turn(
                self._db, self.call, speaker="caller", text_redacted=decision.redacted,
                findings=decision.findings, original_text=text,
            )
            self.calls.set_identity(
                self._db, self.call,
                name=state.name if changes.name else None,
                callback_number=state.callback_number if changes.callback_number and state.callback_number else None,
                reason=state.reason if changes.reason else None,
            )
            if state.callback_number is None or state.callback_declined:
                self._forget_callback_number()
            self.call.transfer_requested = state.transfer_requested
            self._commit()
            metrics.turn_recorded(self.config.slug, self.call.transport)
            if escalated is not None:
                metrics.escalation_raised(self.config.slug, escalated)
        except Exception:
            # Nothing half-written: the caller's turn and any escalation commit together or not at all.
            self._db.rollback()
            raise
        state.caller_turns.append(
            CallerTurn(
                redacted=decision.redacted, cues=cues, categories=tuple(decision.scan.categories),
                safeguarding=decision.scan.safeguarding, has_name=changes.name, has_number=changes.callback_number,
            )
        )
        self.overheads_ms.append((time.perf_counter() - started) * 1000)
        self.overheads_cpu_ms.append((time.thread_time() - cpu) * 1000)
        self._open_turn = True
        return Heard(decision, cues, changes, escalated, department)

    def _apply_consent(self, cues: Cues) -> None:
        state = self.state
        if cues.objection:
            # An objection at any point stops recording for good and is recorded on the call.
            state.recording_objection = True
            self._set_consent(False)
            self.call.recording_objection = True
        elif state.asked == "consent":
            # Ask mode: only a clear yes starts recording; silence or anything else means no.
            if cues.consent_yes and not cues.negative:
                self._set_consent(True)
                self.recorder.start()
                state.recording = "on"
            state.asked = None

    def _apply_recording(self, decision: TurnDecision) -> None:
        state = self.state
        if decision.stop_recording:
            self.recorder.stop("objection")
            state.recording = "stopped"
        elif decision.pause_recording:
            self.recorder.pause("payment")
            state.recording = "paused"
        elif decision.resume_recording:
            self.recorder.resume()
            state.recording = "on"

    def _forget_callback_number(self) -> None:
        # The caller said the caller ID isn't the number to use (or declined a callback):
        # the default stored at the start must not survive as if it had been given.
        self.call.callback_number_enc = None
        self.call.callback_number_hash = None

    def _set_consent(self, consent: bool) -> None:
        self.state.recording_consent = consent
        self.call.recording_consent = consent

    # -- receptionist turns ------------------------------------------------------------

    def say(self, text: str, *, screened: bool = False) -> str:
        """Persist what the receptionist says (redacted like any turn) and return the stored text.

        ``screened`` means the text was already built only from redacted caller text and
        tenant configuration (offline brain) or already redacted by the output guard, so a
        second scan would find nothing new.
        """
        started, cpu = time.perf_counter(), time.thread_time()
        redacted = text if screened else self.engine.scan(text).redacted
        self.calls.append_turn(
            self._db, self.call, speaker="receptionist", text_redacted=redacted, findings=(), original_text=None
        )
        metrics.turn_recorded(self.config.slug, self.call.transport)
        # Committed with the caller's next turn (or at wrap-up): one commit per exchange, and the
        # caller's words, which can carry a disclosure, are still committed the moment they arrive.
        if self._open_turn:
            self.overheads_ms[-1] += (time.perf_counter() - started) * 1000
            self.overheads_cpu_ms[-1] += (time.thread_time() - cpu) * 1000
            self._open_turn = False
        return redacted

    # -- persistence helpers used by actions and wrap-up ---------------------------------

    @property
    def db(self) -> Session:
        """The call's database session (each step commits)."""
        return self._db

    def _commit(self) -> None:
        self._db.add(self.call)
        self._db.commit()

    def commit(self) -> None:
        """Commit the call's pending changes."""
        self._commit()

    def close(self) -> None:
        """Commit anything pending and release the database session."""
        try:
            self._commit()
        finally:
            self._db.close()
            if not self._counted_end:  # close() may be called more than once
                self._counted_end = True
                metrics.call_ended(self.config.slug, self.call.transport, self.call.outcome or self.call.status)
