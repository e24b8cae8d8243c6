"""``receptionist rights``: subject access, erasure, rectification and restriction by phone number."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from receptionist.cli.common import add_db_option
from receptionist.cli.store_open import CommandFailedError, cli_actor, guarded, open_store
from receptionist.store.db import session_scope
from receptionist.store.hashing import InvalidNumberError
from receptionist.store.rights import RightsService
from receptionist.store.rotation import TenantNotFoundError, find_tenant
from receptionist.store.service import Store
from receptionist.store.subject_access import write_package


def register(subparsers: Any) -> None:
    """Add ``rights export|erase|rectify|restrict``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("rights", help="data-subject requests")
    sub = parser.add_subparsers(dest="rights_command", metavar="ACTION", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--number", required=True, help="the data subject's phone number, e.g. +447700900123")
        p.add_argument("--tenant", default=None, help="limit to one tenant (slug or id)")
        add_db_option(p)

    exp = sub.add_parser("export", help="subject-access package (JSON + CSV)")
    common(exp)
    exp.add_argument("--out", required=True, help="output directory")
    exp.set_defaults(func=run_export)

    era = sub.add_parser("erase", help="erase every call from the number unless held")
    common(era)
    era.set_defaults(func=run_erase)

    rec = sub.add_parser("rectify", help="correct the caller's name and/or callback number")
    common(rec)
    rec.add_argument("--name", default=None)
    rec.add_argument("--new-number", default=None)
    rec.set_defaults(func=run_rectify)

    res = sub.add_parser("restrict", help="keep but exclude from processing and integration exports")
    common(res)
    res.add_argument("--lift", action="store_true", help="lift an earlier restriction")
    res.set_defaults(func=run_restrict)


def _run(args: argparse.Namespace, action: Any) -> Any:
    store: Store = open_store(args.db)
    try:
        with session_scope(store.sessions) as session:
            tenant_id = find_tenant(session, args.tenant).id if args.tenant else None
            return action(RightsService(store), session, tenant_id)
    except (InvalidNumberError, TenantNotFoundError, ValueError) as exc:
        raise CommandFailedError(str(exc)) from None
    finally:
        store.close()


@guarded
def run_export(args: argparse.Namespace) -> int:
    """Write the package; print where and how much (no personal data on the terminal)."""
    package = _run(args, lambda svc, s, t: svc.export(s, number=args.number, tenant_id=t, actor=cli_actor()))
    paths = write_package(package, Path(args.out))
    print(
        f"request {package.request_id}: {len(package.calls)} call(s), {len(package.withheld)} withheld item(s); "
        f"due {package.due_at}; wrote {', '.join(p.name for p in paths)} to {args.out}"
    )
    return 0


@guarded
def run_erase(args: argparse.Namespace) -> int:
    """Erase and report what was kept and why."""
    result = _run(args, lambda svc, s, t: svc.erase(s, number=args.number, tenant_id=t, actor=cli_actor()))
    print(f"request {result.request_id}: {len(result.erased)} call(s) erased, {len(result.kept)} kept")
    for call_id, why in sorted(result.kept.items()):
        print(f"kept\t{call_id}\t{why}")
    return 0


@guarded
def run_rectify(args: argparse.Namespace) -> int:
    """Apply the correction to every matching call."""
    changed = _run(
        args,
        lambda svc, s, t: svc.rectify(
            s, number=args.number, tenant_id=t, actor=cli_actor(), name=args.name, new_number=args.new_number
        ),
    )
    print(f"rectified {changed} call(s)")
    return 0


@guarded
def run_restrict(args: argparse.Namespace) -> int:
    """Set or lift the restriction flag."""
    count = _run(
        args, lambda svc, s, t: svc.restrict(s, number=args.number, tenant_id=t, actor=cli_actor(), lift=args.lift)
    )
    print(f"{'lifted restriction on' if args.lift else 'restricted'} {count} call(s)")
    return 0
