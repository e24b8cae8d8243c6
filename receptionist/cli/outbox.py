"""``receptionist outbox list|retry``: see the queue and put dead letters back."""

from __future__ import annotations

import argparse
from typing import Any

from receptionist.cli.common import add_db_option
from receptionist.cli.store_open import CommandFailedError, cli_actor, guarded, open_database
from receptionist.outbox.service import STATUSES, OutboxError, list_messages, retry_dead
from receptionist.store.db import session_scope


def register(subparsers: Any) -> None:
    """Add ``outbox list`` and ``outbox retry ID``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("outbox", help="inspect and retry outgoing messages")
    sub = parser.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="messages, newest first (no payloads)")
    ls.add_argument("--status", choices=STATUSES, default=None)
    ls.add_argument("--limit", type=int, default=50)
    add_db_option(ls)
    ls.set_defaults(func=run_list)
    retry = sub.add_parser("retry", help="requeue a dead-lettered message")
    retry.add_argument("id", help="outbox message id")
    add_db_option(retry)
    retry.set_defaults(func=run_retry)


@guarded
def run_list(args: argparse.Namespace) -> int:
    """One line per message: id, status, kind, target, attempts, next attempt, last error."""
    engine, sessions = open_database(args.db)
    try:
        with session_scope(sessions) as session:
            rows = list_messages(session, status=args.status, limit=args.limit)
    finally:
        engine.dispose()
    for r in rows:
        print(
            f"{r.id}\t{r.status}\t{r.kind}\t{r.target}\t{r.attempts}/{r.max_attempts}\t"
            f"{r.next_attempt_at.isoformat(timespec='seconds')}\t{r.last_error or ''}"
        )
    print(f"{len(rows)} message(s)")
    return 0


@guarded
def run_retry(args: argparse.Namespace) -> int:
    """Requeue one dead letter (audited)."""
    engine, sessions = open_database(args.db)
    try:
        with session_scope(sessions) as session:
            retry_dead(session, message_id=args.id, actor=cli_actor())
    except OutboxError as exc:
        raise CommandFailedError(str(exc)) from None
    finally:
        engine.dispose()
    print(f"requeued {args.id}")
    return 0
