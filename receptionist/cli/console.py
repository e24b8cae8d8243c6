"""``receptionist console``: a call in the terminal, with you typing as the caller.

Runs on the embedded defaults with nothing configured: the demo tenants are imported into
the embedded database on first use, and with no OpenAI key the offline brain answers.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from typing import Any, TextIO

from receptionist.cli.common import add_db_option
from receptionist.cli.simulate import add_clock_option, clock_from
from receptionist.core.config import TenantConfigError
from receptionist.core.runtime import TextCall, brain_from_settings, new_call
from receptionist.core.tenants import TenantNotFoundError
from receptionist.privacy.engine import default_engine
from receptionist.settings import get_settings
from receptionist.store.crypto import KeyUnavailableError
from receptionist.store.db import SchemaNotCurrentError
from receptionist.store.service import Store

QUIT = frozenset({"/quit", "/exit", "/hangup"})


def register(subparsers: Any) -> None:
    """Add ``console``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("console", help="talk to the receptionist by typing")
    parser.add_argument("--tenant", default="school", help="demo tenant name, tenant slug or tenant YAML path")
    parser.add_argument("--caller-number", default=None, help="caller ID in E.164 (default: withheld)")
    add_clock_option(parser)
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run one interactive call; the call is stored like any other."""
    settings = get_settings()
    try:
        store = Store.open(settings, args.db)
    except (KeyUnavailableError, SchemaNotCurrentError) as exc:
        # Fail closed with one clear line (wrong directory for the key file, unmigrated database).
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        return asyncio.run(converse(store, args, read_line=input, out=sys.stdout, settings_brain=settings))
    except (TenantConfigError, TenantNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()


async def converse(
    store: Store, args: argparse.Namespace, *, read_line: Callable[[str], str], out: TextIO, settings_brain: Any
) -> int:
    """The conversation loop; ``read_line`` is ``input`` in a terminal and a list in tests."""
    engine = default_engine()
    brain = brain_from_settings(settings_brain, engine)
    call = new_call(
        store, args.tenant, caller_number=args.caller_number, transport="console", actor="cli:console",
        engine=engine, clock=clock_from(args.now),
    )
    text_call = TextCall(call, brain)
    mode = "offline brain" if brain.model is None else "LLM brain"
    print(f"[{call.config.name}: call {call.call.reference}, {mode}. Type {'/quit'} to hang up.]", file=out)
    for line in await text_call.start():
        print(f"Receptionist: {line}", file=out)
    try:
        while not text_call.ended:
            try:
                said = await asyncio.to_thread(read_line, "You: ")
            except (EOFError, KeyboardInterrupt):
                break
            if said.strip().lower() in QUIT:
                break
            if not said.strip():
                continue
            for line in await text_call.send(said):
                print(f"Receptionist: {line}", file=out)
    finally:
        before = len(text_call.agent.replies)
        await text_call.hang_up()
        for line in text_call.agent.replies[before:]:
            print(f"Receptionist: {line}", file=out)
    print(f"[call ended and saved: {call.call.reference}, id {call.call_id}]", file=out)
    return 0
