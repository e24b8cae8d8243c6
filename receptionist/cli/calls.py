"""``receptionist calls show`` (an audited read of one stored call) and ``eval calls`` (scripted checks)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from receptionist.cli.common import add_db_option
from receptionist.cli.simulate import add_clock_option, clock_from
from receptionist.core.config import TenantConfigError, load_tenant_config
from receptionist.core.expect import check_record
from receptionist.core.record import call_record
from receptionist.core.runtime import brain_from_settings
from receptionist.core.script import ScriptError, load_script, read_result, run_script
from receptionist.core.tenants import TenantNotFoundError
from receptionist.privacy.engine import default_engine
from receptionist.settings import Settings, get_settings
from receptionist.store.calls import CallNotFoundError, CallRepository
from receptionist.store.crypto import KeyUnavailableError
from receptionist.store.db import SchemaNotCurrentError
from receptionist.store.service import Store


def register(subparsers: Any) -> None:
    """Add ``calls show``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("calls", help="read stored calls")
    sub = parser.add_subparsers(dest="calls_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="print one call, decrypted (the read is audited)")
    show.add_argument("call_id")
    show.add_argument("--json", action="store_true", help="print the simulate JSON object")
    show.add_argument("--reason", default="cli: calls show", help="why you are reading this call (audited)")
    show.add_argument("--actor", default="cli", help="who is reading (audited)")
    add_db_option(show)
    show.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    """Print the stored call; exit 1 if there is no such call."""
    try:
        store = Store.open(get_settings(), args.db)
    except (KeyUnavailableError, SchemaNotCurrentError) as exc:
        # Fail closed with one clear line (wrong directory for the key file, unmigrated database).
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        with store.sessions() as session, session.begin():
            record = call_record(session, CallRepository(store), args.call_id, actor=args.actor, reason=args.reason)
    except CallNotFoundError:
        print(f"error: no call with id {args.call_id}", file=sys.stderr)
        return 1
    finally:
        store.close()
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
        return 0
    print(f"call {record['call_id']} ({record['tenant']}), recording consent: {record['recording_consent']}")
    for turn in record["transcript"]:
        print(f"  {turn['speaker']:>12}: {turn['text']}")
    print(f"summary: {record['summary']}")
    return 0


def register_eval(targets: Any) -> None:
    """Add ``eval calls DIR_OR_FILES``."""
    parser: argparse.ArgumentParser = targets.add_parser("calls", help="run scripted calls and check their expect blocks")
    parser.add_argument("paths", nargs="+", help="script files or directories of *.yaml scripts")
    parser.add_argument("--verbose", "-v", action="store_true", help="print passing checks too")
    add_clock_option(parser)
    add_db_option(parser)
    parser.set_defaults(func=run_eval)


def _scripts(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        found.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return found


def run_eval(args: argparse.Namespace) -> int:
    """Run each script on a scratch database (unless --db) and print pass/fail per check."""
    with tempfile.TemporaryDirectory(prefix="receptionist-eval-") as scratch:
        base = get_settings()
        settings = base if args.db else Settings(**{**base.model_dump(), "data_dir": Path(scratch), "database_url": None, "master_key_path": None})
        return asyncio.run(_evaluate(args, settings))


async def _evaluate(args: argparse.Namespace, settings: Settings) -> int:
    engine = default_engine()
    store = Store.open(settings, args.db)
    brain = brain_from_settings(settings, engine)
    clock = clock_from(args.now)
    total = failed = 0
    try:
        for path in _scripts(args.paths):
            try:
                script = load_script(path)
                call_id = await run_script(store, script, brain, engine=engine, clock=clock)
                published = [d.transfer_number for d in load_tenant_config(script.tenant).departments]
            except (ScriptError, TenantConfigError, TenantNotFoundError) as exc:
                print(f"FAIL {path.name}: {exc}")
                total, failed = total + 1, failed + 1
                continue
            record = read_result(store, call_id, actor="system:eval", reason="eval calls")
            checks = check_record(record, script.expect, caller_number=script.caller_number, published_numbers=published)
            bad = [c for c in checks if not c.passed]
            total, failed = total + len(checks), failed + len(bad)
            print(f"{'FAIL' if bad else 'PASS'} {path.name} ({len(checks) - len(bad)}/{len(checks)} checks)")
            for check in checks:
                if not check.passed or args.verbose:
                    detail = f" ({check.detail})" if check.detail else ""
                    print(f"  {'ok  ' if check.passed else 'FAIL'} {check.name}{detail}")
    finally:
        store.close()
    print(f"{total - failed}/{total} checks passed")
    return 0 if failed == 0 else 1
