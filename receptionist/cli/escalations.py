"""``receptionist escalations list|ack|check-overdue``: the safeguarding queue from a terminal."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from receptionist.cli.common import add_db_option
from receptionist.cli.store_open import CommandFailedError, cli_actor, guarded, open_database, open_store
from receptionist.escalations.service import (
    EscalationError,
    acknowledge,
    active_config,
    check_overdue,
    is_overdue,
)
from receptionist.store.db import session_scope
from receptionist.store.models import Escalation


def register(subparsers: Any) -> None:
    """Add ``escalations list``, ``escalations ack ID`` and ``escalations check-overdue``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("escalations", help="safeguarding cases")
    sub = parser.add_subparsers(dest="escalations_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="cases (labels and times only; never the disclosure)")
    ls.add_argument("--open", action="store_true", help="only cases not yet closed")
    add_db_option(ls)
    ls.set_defaults(func=run_list)
    ack = sub.add_parser("ack", help="acknowledge a case by id or case code")
    ack.add_argument("case", help="escalation id or case code")
    add_db_option(ack)
    ack.set_defaults(func=run_ack)
    overdue = sub.add_parser("check-overdue", help="send unacknowledged cases past their window to deputies")
    add_db_option(overdue)
    overdue.set_defaults(func=run_check_overdue)


@guarded
def run_list(args: argparse.Namespace) -> int:
    """One line per case: code, status (OVERDUE when late), subtype, raised, due, id."""
    engine, sessions = open_database(args.db)
    now = datetime.now(UTC)
    try:
        with session_scope(sessions) as session:
            query = select(Escalation).order_by(Escalation.raised_at.desc())
            if args.open:
                query = query.where(Escalation.status != "closed")
            rows = session.scalars(query).all()
            for e in rows:
                status = "OVERDUE" if is_overdue(e, now) else e.status
                due = e.ack_due_at.isoformat(timespec="seconds") if e.ack_due_at else "-"
                print(f"SG-{e.case_code}\t{status}\t{e.subtype}\t{e.raised_at.isoformat(timespec='seconds')}\t{due}\t{e.id}")
    finally:
        engine.dispose()
    print(f"{len(rows)} case(s)")
    return 0


@guarded
def run_ack(args: argparse.Namespace) -> int:
    """Acknowledge as the CLI user (audited)."""
    engine, sessions = open_database(args.db)
    code = args.case.upper().removeprefix("SG-")
    try:
        with session_scope(sessions) as session:
            e = session.scalars(
                select(Escalation).where((Escalation.id == args.case) | (Escalation.case_code == code))
            ).first()
            if e is None:
                raise CommandFailedError(f"no case {args.case}")
            acknowledge(session, escalation_id=e.id, actor=cli_actor(), now=datetime.now(UTC), via="cli")
            label = f"SG-{e.case_code}"
    except EscalationError as exc:
        raise CommandFailedError(str(exc)) from None
    finally:
        engine.dispose()
    print(f"acknowledged {label}")
    return 0


@guarded
def run_check_overdue(args: argparse.Namespace) -> int:
    """Queue deputy notifications for overdue cases; ``receptionist dispatch`` sends them."""
    store = open_store(args.db)
    try:
        with session_scope(store.sessions) as session:
            cases = check_overdue(session, store, now=datetime.now(UTC), config_for=active_config)
            codes = [f"SG-{e.case_code}" for e in cases]
    finally:
        store.close()
    print(f"escalated {len(codes)} overdue case(s) to deputies" + (f": {', '.join(codes)}" if codes else ""))
    return 0
