"""Every dev call script, through ``run_script`` exactly as ``simulate`` runs it, checked against ``expect``.

The scripts run with the real privacy engine. Where a check fails only because the engine
itself does not detect something in the caller's words (confirmed here by scanning those
words directly), the case is marked xfail naming the engine gap; any other failure is a
call-flow bug and fails the test. A second run with a fake detector that does find those
things shows the flow then meets every expectation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from receptionist.core.config import load_tenant_config
from receptionist.core.expect import Check, check_record
from receptionist.core.prompts import load_prompt
from receptionist.core.runtime import Brain, complete
from receptionist.core.script import CallScript, load_script, read_result, run_script
from receptionist.core.summary import LlmSummariser
from receptionist.privacy.engine import PrivacyEngine, default_engine
from receptionist.store.service import Store

from .conftest import OPEN  # type: ignore[import-not-found]
from .fake_llm import ScriptedLLM  # type: ignore[import-not-found]

ENGINE_DEPENDENT = ("safeguarding", "escalated", "masked_categories", "stored_must_not_contain")
SCRIPTS = sorted((Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev" / "calls").glob("*.yaml"))


def _engine_misses(script: CallScript, check: Check, engine: PrivacyEngine) -> bool:
    scans = [engine.scan(turn) for turn in script.turns]
    expect = script.expect
    if check.name in ("safeguarding", "escalated"):
        return not any(s.safeguarding == expect.get("safeguarding") for s in scans)
    if check.name == "masked_categories":
        found = {c for s in scans for c in s.categories}
        return not set(expect.get("masked_categories") or []) <= found
    if check.name.startswith("stored_must_not_contain"):
        index = int(check.name.split("[")[1].rstrip("]"))
        phrase = expect["stored_must_not_contain"][index].lower()
        return any(phrase in s.redacted.lower() for s in scans)
    return False


async def _run(store: Store, script: CallScript, brain: Brain, engine: PrivacyEngine) -> list[Check]:
    call_id = await run_script(store, script, brain, engine=engine, clock=lambda: OPEN)
    published = [d.transfer_number for d in load_tenant_config(script.tenant).departments]
    record = read_result(store, call_id)
    return check_record(record, script.expect, caller_number=script.caller_number, published_numbers=published)


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
async def test_dev_script_with_real_engine(eval_dir: Path, path: Path, store: Store, offline: Brain) -> None:
    script = load_script(path)
    engine = default_engine()
    failed = [c for c in await _run(store, script, offline, engine) if not c.passed]
    flow_bugs = [c for c in failed if not (c.name.startswith(ENGINE_DEPENDENT) and _engine_misses(script, c, engine))]
    assert not flow_bugs, [f"{c.name} {c.detail}" for c in flow_bugs]
    if failed:
        pytest.xfail("privacy engine does not yet detect: " + ", ".join(c.name for c in failed))


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
async def test_dev_script_flow_meets_every_expectation(
    eval_dir: Path, path: Path, store: Store, offline: Brain, fake_engine: PrivacyEngine
) -> None:
    script = load_script(path)
    failed = [c for c in await _run(store, script, offline, fake_engine) if not c.passed]
    assert not failed, [f"{c.name} {c.detail}" for c in failed]


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.stem)
async def test_dev_script_code_decisions_hold_with_the_llm_brain(
    eval_dir: Path, path: Path, store: Store, fake_engine: PrivacyEngine
) -> None:
    # A model that says nothing useful (and returns no summary) changes none of the decisions
    # code makes: consent, captured details, escalation, masking, transfer request, summary.
    model = ScriptedLLM([], default="")
    brain = Brain(model, LlmSummariser(lambda s, u: complete(model, s, u), fake_engine, load_prompt("summary")))
    script = load_script(path)
    failed = [c for c in await _run(store, script, brain, fake_engine) if not c.passed]
    assert not failed, [f"{c.name} {c.detail}" for c in failed]
    for turn in script.expect.get("stored_must_not_contain") or []:
        assert all(turn.lower() not in seen.lower() for seen in model.seen)
