"""``receptionist simulate SCRIPT.yaml``: play a scripted call and print the stored record as JSON."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import datetime
from typing import Any

from receptionist.cli.common import add_db_option
from receptionist.core.config import TenantConfigError
from receptionist.core.hours import Clock, fixed_clock, system_clock
from receptionist.core.runtime import brain_from_settings
from receptionist.core.script import ScriptError, load_script, read_result, run_script
from receptionist.core.tenants import TenantNotFoundError
from receptionist.privacy.engine import default_engine
from receptionist.settings import get_settings
from receptionist.store.crypto import KeyUnavailableError
from receptionist.store.db import SchemaNotCurrentError
from receptionist.store.service import Store


def add_clock_option(parser: argparse.ArgumentParser) -> None:
    """``--now`` pins the clock (ISO 8601 with offset) so opening hours are reproducible."""
    parser.add_argument("--now", metavar="ISO", default=None, help="pretend it is this time, e.g. 2026-11-23T10:00+00:00")


def clock_from(value: str | None) -> Clock:
    """The clock for ``--now`` (the real clock when absent)."""
    if value is None:
        return system_clock
    at = datetime.fromisoformat(value)
    if at.tzinfo is None:
        raise ValueError("--now needs a timezone offset, e.g. +00:00")
    return fixed_clock(at)


def register(subparsers: Any) -> None:
    """Add ``simulate``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("simulate", help="run a scripted call and print it as JSON")
    parser.add_argument("script", help="YAML file with tenant, caller_number and turns")
    parser.add_argument("--transfer-fails", action="store_true", help="simulate a transfer nobody answers")
    add_clock_option(parser)
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the script; exit 1 with a clear message on bad input (nothing is stored then)."""
    try:
        script = load_script(args.script)
        clock = clock_from(args.now)
    except (ScriptError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    settings = get_settings()
    engine = default_engine()
    try:
        store = Store.open(settings, args.db)
    except (KeyUnavailableError, SchemaNotCurrentError) as exc:
        # Fail closed with one clear line (wrong directory for the key file, unmigrated database).
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        brain = brain_from_settings(settings, engine)
        call_id = asyncio.run(
            run_script(store, script, brain, engine=engine, clock=clock, transfer_succeeds=not args.transfer_fails)
        )
        print(json.dumps(read_result(store, call_id), ensure_ascii=False))
    except (TenantConfigError, TenantNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0
