"""``receptionist worker``: run the LiveKit voice worker that answers phone calls."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from typing import Any

from receptionist.observability.setup import configure_observability
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

    configure_observability(settings)
    server = build_server(settings)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is the normal way to stop it
        asyncio.run(run_until_signalled(server, devmode=args.dev))
    return 0


async def run_until_signalled(server: Any, *, devmode: bool) -> None:
    """Run the worker until SIGTERM or SIGINT, then drain: take no new calls, finish those in progress.

    Kubernetes sends SIGTERM and then waits ``terminationGracePeriodSeconds`` (an hour, in
    deploy/k8s/worker.yaml) before killing the pod; without this handler the process would
    die at once and cut every call. LiveKit's own CLI does the same; we run the server directly.
    """
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    running = asyncio.create_task(server.run(devmode=devmode))
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if not running.done():
        if not devmode:
            await server.drain()
        await server.aclose()
    await running
