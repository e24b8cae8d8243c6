"""The ``receptionist`` command line.

Each command group lives in its own module under ``receptionist.cli`` and exposes
``register(subparsers)``; it sets ``func`` on its parser, a callable taking the parsed
arguments and returning an exit status. Adding a command means adding a module and
naming it in ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMAND_MODULES: tuple[str, ...] = (
    "serve",
    "users",
    "scan",
    "evaluate",
    "tenant",
    "simulate",
    "calls",
    "console",
    "db",
    "keys",
    "audit",
    "retention",
    "rights",
    "telephony",
    "worker",
    "dispatch",
    "outbox",
    "escalations",
)


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every command group registered."""
    parser = argparse.ArgumentParser(
        prog="receptionist",
        description="AI voice receptionist with privacy controls built in.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"receptionist.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    status = func(args)
    return int(status or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
