"""``receptionist retention``: the sweeper, early deletion and deletion certificates."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from receptionist.cli.common import add_db_option
from receptionist.cli.store_open import CommandFailedError, cli_actor, guarded, open_database
from receptionist.observability.setup import configure_observability
from receptionist.settings import get_settings
from receptionist.store.db import session_scope
from receptionist.store.deletion import HeldError, delete_now, deletion_certificate
from receptionist.store.retention import RetentionSweeper
from receptionist.store.shredding import SHREDDABLE_CLASSES


def register(subparsers: Any) -> None:
    """Add ``retention run|certificate|delete``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("retention", help="retention and deletion")
    sub = parser.add_subparsers(dest="retention_command", metavar="ACTION", required=True)

    run = sub.add_parser("run", help="shred everything past its retention period (holds respected)")
    run.add_argument("--dry-run", action="store_true", help="list what would go; change nothing")
    add_db_option(run)
    run.set_defaults(func=run_sweep)

    cert = sub.add_parser("certificate", help="export a deletion certificate (JSON)")
    cert.add_argument("--call", help="call id")
    cert.add_argument("--from", dest="start", type=date.fromisoformat, help="first day (YYYY-MM-DD)")
    cert.add_argument("--to", dest="end", type=date.fromisoformat, help="last day, inclusive (YYYY-MM-DD)")
    cert.add_argument("--out", type=Path, help="write to this file instead of stdout")
    add_db_option(cert)
    cert.set_defaults(func=run_certificate)

    rm = sub.add_parser("delete", help="delete one class of one call now (e.g. a recording on request)")
    rm.add_argument("--call", required=True, help="call id")
    rm.add_argument("--class", dest="data_class", required=True, choices=SHREDDABLE_CLASSES)
    rm.add_argument("--note", required=True, help="why (kept on the deletion record)")
    add_db_option(rm)
    rm.set_defaults(func=run_delete)


@guarded
def run_sweep(args: argparse.Namespace) -> int:
    """Run the sweep; one line per item in dry-run, a summary always. Exit 1 if any item failed."""
    configure_observability(get_settings())
    engine, sessions = open_database(args.db)
    try:
        report = RetentionSweeper(sessions).run(dry_run=args.dry_run, actor=cli_actor())
    finally:
        engine.dispose()
    for item in report.items:
        if args.dry_run or item.status != "shredded" or item.detail:
            detail = f"\t{item.detail}" if item.detail else ""
            print(f"{item.status}\t{item.call_id}\t{item.data_class}\t{item.rule}{detail}")
    verb = "would shred" if args.dry_run else "shredded"
    count = report.count("would_shred" if args.dry_run else "shredded")
    print(
        f"{verb} {count} item(s); {report.held} kept under hold; {report.count('error')} failed; "
        f"{report.audit_pruned} audit event(s) past retention pruned"
    )
    return 1 if report.count("error") else 0


@guarded
def run_certificate(args: argparse.Namespace) -> int:
    """Certificate for ``--call`` or ``--from``/``--to`` (whole days, UTC)."""
    if not args.call and not (args.start and args.end):
        raise CommandFailedError("give --call ID, or both --from DATE and --to DATE")
    start = datetime.combine(args.start, time.min, UTC) if args.start else None
    end = datetime.combine(args.end, time.min, UTC) + timedelta(days=1) if args.end else None
    engine, sessions = open_database(args.db)
    try:
        with session_scope(sessions) as session:
            cert = deletion_certificate(session, actor=cli_actor(), call_id=args.call, start=start, end=end)
    finally:
        engine.dispose()
    text = json.dumps(cert, indent=2) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"certificate with {cert['count']} record(s) written to {args.out}")
    else:
        print(text, end="")
    return 0


@guarded
def run_delete(args: argparse.Namespace) -> int:
    """Early deletion; refused (exit 1) while the call is under hold."""
    engine, sessions = open_database(args.db)
    try:
        with session_scope(sessions) as session:
            try:
                record = delete_now(
                    session, call_id=args.call, data_class=args.data_class, actor=cli_actor(), note=args.note
                )
            except (HeldError, LookupError) as exc:
                raise CommandFailedError(str(exc)) from None
            summary = None if record is None else (record.id, record.content_hash)
    finally:
        engine.dispose()
    if summary is None:
        print(f"nothing to delete: call {args.call} holds no live {args.data_class} data")
    else:
        print(f"deleted {args.data_class} of call {args.call}; deletion record {summary[0]} sha256 {summary[1]}")
    return 0
