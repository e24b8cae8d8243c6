"""``receptionist dispatch``: deliver outbox messages (and escalate overdue cases) from the CLI."""

from __future__ import annotations

import argparse
import asyncio
import signal
from typing import Any

from receptionist.cli.common import add_db_option
from receptionist.cli.store_open import guarded, open_store
from receptionist.observability.setup import configure_observability
from receptionist.outbox.wiring import build_dispatcher
from receptionist.settings import get_settings


def register(subparsers: Any) -> None:
    """Add ``dispatch [--once]``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("dispatch", help="deliver queued outbox messages")
    parser.add_argument("--once", action="store_true", help="check overdue cases, deliver one batch, then exit")
    parser.add_argument("--worker-id", default=None, help="name of this dispatcher (default: random)")
    add_db_option(parser)
    parser.set_defaults(func=run)


@guarded
def run(args: argparse.Namespace) -> int:
    """Run until interrupted, or one round with ``--once`` (exit 1 if anything was dead-lettered)."""
    configure_observability(get_settings(), metrics_server=not args.once)
    store = open_store(args.db)
    worker = build_dispatcher(get_settings(), store, worker_id=args.worker_id)
    try:
        if args.once:
            return asyncio.run(_once(worker))
        asyncio.run(_forever(worker))
        return 0
    finally:
        store.close()


async def _once(worker: Any) -> int:
    escalated = await asyncio.to_thread(worker.check_overdue_once)
    report = await worker.dispatcher.run_once()
    print(
        f"claimed {report.claimed}: delivered {report.delivered}, retrying {report.retrying}, "
        f"dead {report.dead}, suppressed {report.suppressed}; overdue cases escalated {escalated}"
    )
    for reason, count in sorted(report.errors.items()):
        print(f"  {count} x {reason}")
    return 1 if report.dead else 0


async def _forever(worker: Any) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(f"dispatcher {worker.dispatcher.worker_id} running; Ctrl-C to stop")
    await worker.run_forever(stop)
