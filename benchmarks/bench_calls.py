"""Call-flow benchmark: simulated calls per second on the offline brain, and our per-turn overhead.

Two ways of running the same synthetic scripted calls (built-in, realistic, five tenants):

- ``agent``: through ``ReceptionistAgent`` in a LiveKit ``AgentSession`` in text mode, exactly
  as ``receptionist simulate`` runs a call (so LiveKit's own scheduling is included);
- ``core``: the call core and offline brain driven directly (no LiveKit), the floor.

Per-turn overhead is what our code adds to each caller turn: privacy scan, policy, slot
capture, escalation and persistence of the caller's turn and of the reply (encryption and
commit included) — everything except producing the reply itself. Target: p99 <= 5 ms on SQLite.

Default 30 calls per mode; ``--calls 300`` for the full run. Usage:
``python -m benchmarks.bench_calls [--calls N] [--backends sqlite,postgres] [--pg-url URL]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.databases import backend, pg_available
from receptionist.core.hours import system_clock
from receptionist.core.offline_brain import OfflineBrain
from receptionist.core.runtime import Brain, TextCall, new_call
from receptionist.core.summary import OfflineSummariser
from receptionist.core.wrapup import finish
from receptionist.privacy.engine import default_engine
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.service import Store

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"

SCRIPTS: list[tuple[str, str | None, list[str]]] = [
    ("college", "+447700900512", [
        "morning, i'm after information on the plumbing apprenticeship for my son",
        "he's finishing year eleven this summer",
        "i'm Sarah Jones, call me back on oh seven seven double oh, nine double oh, five one two",
        "no that's everything, thanks",
    ]),
    ("council", "+441632960123", [
        "what time does the central library shut on a Saturday",
        "can i speak to someone about my council tax bill",
        "it's Gareth Hughes",
        "yes this number's fine",
    ]),
    ("business", "+447700900601", [
        "i'd like to pay for my membership over the phone",
        "card number four five three nine, one four eight eight, oh three four three, six four six seven",
        "expiry zero nine twenty six",
        "Bethan Lloyd",
    ]),
    ("university", None, [
        "hi i've lost my student card and need a replacement",
        "it's Sian Roberts, no sorry, it's Siân Robertson",
        "call me on oh seven seven double oh, nine double oh, seven three three",
        "diolch, bye",
    ]),
    ("school", "+447700900318", [
        "i don't want this call recorded please",
        "it's about my son's dinner money balance",
        "Nadia Karim, his name's Adam, year four",
        "you can ring me on this number",
    ]),
]


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


Timings = tuple[list[float], list[float]]


async def _agent_call(store: Store, brain: Brain, script: tuple[str, str | None, list[str]]) -> Timings:
    tenant, number, turns = script
    call = new_call(store, tenant, caller_number=number, transport="simulate", actor="bench", clock=system_clock)
    text_call = TextCall(call, brain)
    await text_call.start()
    for turn in turns:
        if text_call.ended:
            break
        await text_call.send(turn)
    await text_call.hang_up()
    return call.overheads_ms, call.overheads_cpu_ms


async def _core_call(store: Store, script: tuple[str, str | None, list[str]]) -> Timings:
    tenant, number, turns = script
    call = new_call(store, tenant, caller_number=number, transport="simulate", actor="bench", clock=system_clock)
    brain = OfflineBrain()
    call.open()
    call.say("greeting")
    for turn in turns:
        if call.state.ended:
            break
        call.say(brain.reply(call, call.hear(turn)), screened=True)
    await finish(call)
    call.close()
    return call.overheads_ms, call.overheads_cpu_ms


async def run(name: str, store: Store, calls: int) -> list[dict[str, object]]:
    """Both modes on one backend; one result row each."""
    brain = Brain(None, OfflineSummariser())
    await _agent_call(store, brain, SCRIPTS[0])  # warm-up: tenant import, caches, LiveKit start-up
    rows = []
    for mode in ("agent", "core"):
        wall: list[float] = []
        cpu: list[float] = []
        started = time.perf_counter()
        for i in range(calls):
            script = SCRIPTS[i % len(SCRIPTS)]
            w, c = await (_agent_call(store, brain, script) if mode == "agent" else _core_call(store, script))
            wall += w
            cpu += c
        elapsed = time.perf_counter() - started
        rows.append({
            "backend": name, "mode": mode, "calls": calls, "calls_per_s": calls / elapsed, "turns": len(wall),
            "p50_ms": statistics.median(wall), "p99_ms": _percentile(wall, 0.99),
            "cpu_p50_ms": statistics.median(cpu), "cpu_p99_ms": _percentile(cpu, 0.99),
        })
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    """Run and print a table (one row per backend and mode)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_calls", description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=30, help="simulated calls per mode (full run: 300)")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--pg-url", default=os.environ.get("RECEPTIONIST_TEST_POSTGRES_URL") or DEFAULT_PG)
    args = parser.parse_args(argv)
    default_engine()  # build the privacy engine outside the timings
    rows: list[dict[str, object]] = []
    for name in args.backends.split(","):
        if name == "postgres" and not pg_available(args.pg_url):
            print("postgres: not reachable, skipped")
            continue
        with backend(name, args.pg_url) as engine, tempfile.TemporaryDirectory() as keys:
            store = Store(engine, LocalKeyProvider.from_file(Path(keys) / "master.key", create=True))
            rows += asyncio.run(run(name, store, args.calls))
    print(f"{'backend':<9}{'mode':<7}{'calls':>6}{'calls/s':>9}{'turns':>7}"
          f"{'wall p50':>10}{'wall p99':>10}{'cpu p50':>9}{'cpu p99':>9}  (per-turn overhead, ms)")
    for r in rows:
        print(f"{r['backend']!s:<9}{r['mode']!s:<7}{r['calls']!s:>6}{r['calls_per_s']:>9.1f}{r['turns']!s:>7}"
              f"{r['wall_p50_ms' if 'wall_p50_ms' in r else 'p50_ms']:>10.2f}{r['p99_ms']:>10.2f}"
              f"{r['cpu_p50_ms']:>9.2f}{r['cpu_p99_ms']:>9.2f}")
    print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall time includes waiting)")
    print("per-turn overhead = scan + policy + persistence of caller turn and reply; target p99 <= 5 ms on SQLite")


if __name__ == "__main__":
    main()
