"""Scripted calls: a YAML list of caller utterances played against the real call flow.

A script names a ``tenant`` (demo name or tenant YAML path), a ``caller_number`` (E.164 or
null) and ``turns``; other keys (``id``, ``expect``) are ignored here. The call is stored
exactly as a live call would be, and the result is read back from the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from receptionist.core.hours import Clock, system_clock
from receptionist.core.ports import SimulatedTransferer
from receptionist.core.record import call_record
from receptionist.core.runtime import Brain, TextCall, new_call
from receptionist.privacy.engine import PrivacyEngine
from receptionist.store.calls import CallRepository
from receptionist.store.service import Store

ACTOR = "system:simulate"


class ScriptError(ValueError):
    """A script that cannot be run; the message names the key and the problem."""


@dataclass(frozen=True, slots=True)
class CallScript:
    """A parsed script."""

    tenant: str
    caller_number: str | None
    turns: tuple[str, ...]
    source: str = "<script>"
    expect: dict[str, Any] = field(default_factory=dict)


def load_script(path: str | Path) -> CallScript:
    """Parse and check a script file."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError:
        raise ScriptError(f"{path.name}: cannot read the file") from None
    except yaml.YAMLError:
        raise ScriptError(f"{path.name}: not valid YAML") from None
    return parse_script(data, path.name, base=path.parent)


def parse_script(data: object, source: str = "<script>", *, base: Path | None = None) -> CallScript:
    """Validate script data: ``tenant`` (str), ``caller_number`` (str or null), ``turns`` (list of str)."""
    if not isinstance(data, dict):
        raise ScriptError(f"{source}: must be a mapping with tenant, caller_number and turns")
    tenant = data.get("tenant")
    if not isinstance(tenant, str) or not tenant:
        raise ScriptError(f"{source}: tenant: required, a demo tenant name or a tenant YAML path")
    if tenant.endswith((".yaml", ".yml")) and base is not None and not Path(tenant).is_absolute():
        candidate = base / tenant
        tenant = str(candidate) if candidate.exists() else tenant
    number = data.get("caller_number")
    if number is not None and not isinstance(number, str):
        raise ScriptError(f"{source}: caller_number: must be an E.164 string or null")
    turns = data.get("turns")
    if not isinstance(turns, list) or not all(isinstance(t, str) for t in turns):
        raise ScriptError(f"{source}: turns: must be a list of caller utterances (strings)")
    expect = data.get("expect") if isinstance(data.get("expect"), dict) else {}
    return CallScript(tenant, number or None, tuple(turns), source, dict(expect or {}))


async def run_script(
    store: Store,
    script: CallScript,
    brain: Brain,
    *,
    engine: PrivacyEngine | None = None,
    clock: Clock = system_clock,
    transfer_succeeds: bool = True,
) -> str:
    """Play ``script`` as a call and return the stored call's id."""
    call = new_call(
        store, script.tenant, caller_number=script.caller_number, transport="simulate", actor=ACTOR,
        engine=engine, clock=clock, transferer=SimulatedTransferer(succeed=transfer_succeeds),
    )
    text_call = TextCall(call, brain)
    try:
        await text_call.start()
        for turn in script.turns:
            if text_call.ended:
                break
            await text_call.send(turn)
    finally:
        await text_call.hang_up()
    return call.call_id


def read_result(store: Store, call_id: str, *, actor: str = ACTOR, reason: str = "simulate output") -> dict[str, Any]:
    """The stored call in the contract's JSON shape (audited read)."""
    with store.sessions() as session, session.begin():
        return call_record(session, CallRepository(store), call_id, actor=actor, reason=reason)
