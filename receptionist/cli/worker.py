"""``receptionist worker``: run the LiveKit voice worker that answers phone calls."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from typing import Any

from receptionist.settings import Settings, get_settings
from receptionist.voice.providers import missing_for_worker


def register(subparsers: Any) -> None:
    """Add ``worker``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "worker", help="answer phone calls: the LiveKit Agents voice worker (needs LiveKit, Deepgram, OpenAI keys)"
    )
    parser.add_argument("--check", action="store_true", help="only check the configuration, then exit")
    parser.add_argument("--dev", action="store_true", help="development mode (verbose, no load threshold)")
    parser.set_defaults(func=run_worker)


def run_worker(args: argparse.Namespace, *, settings: Settings | None = None) -> int:
    """Refuse clearly (exit 2) when anything is missing; otherwise run until interrupted."""
    settings = settings or get_settings()
    missing = missing_for_worker(settings)
    if missing:
        print("receptionist worker cannot answer phone calls yet. Missing settings:", file=sys.stderr)
        for item in missing:
            print(f"  {item.name}: {item.why}", file=sys.stderr)
        print(
            "Set them in the environment or .env (see docs/telephony.md). Without keys, try "
            "`receptionist console` for a typed call on the offline defaults.",
            file=sys.stderr,
        )
        return 2
    if args.check:
        print(f"ok: worker would register as '{settings.livekit_agent_name}' at {settings.livekit_url}")
        return 0
    from receptionist.voice.worker import build_server

    server = build_server(settings)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is the normal way to stop it
        asyncio.run(server.run(devmode=args.dev))
    return 0
