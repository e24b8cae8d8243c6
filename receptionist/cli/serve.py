"""``receptionist serve``: the admin web app and API, with the outbox dispatcher alongside.

On the embedded default (no ``--db`` and no configured database) an empty SQLite file is
migrated and the demo tenants imported, so ``receptionist serve`` works on a fresh machine.
Any other database must already be migrated: the app refuses to start otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from typing import Any

from receptionist.cli.common import add_db_option
from receptionist.core.tenants import TenantRepository
from receptionist.observability.setup import configure_observability
from receptionist.outbox.wiring import build_dispatcher
from receptionist.settings import Settings, get_settings
from receptionist.store.db import SchemaNotCurrentError, session_scope
from receptionist.store.service import Store

log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    """Add ``serve``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("serve", help="run the admin web app and API")
    add_db_option(parser)
    parser.add_argument("--host", default=None, help="interface to listen on (default from settings)")
    parser.add_argument("--port", type=int, default=None, help="port (default from settings)")
    parser.add_argument("--no-dispatcher", action="store_true", help="do not run the outbox dispatcher here")
    parser.set_defaults(func=run)


def open_store(settings: Settings, db_url: str | None) -> Store:
    """The store; migrates and seeds demo tenants only for the embedded default database."""
    embedded = db_url is None and settings.database_url is None
    store = Store.open(settings, db_url, migrate_embedded=embedded)
    if embedded:
        with session_scope(store.sessions) as session:
            imported = TenantRepository().ensure_demo_tenants(session)
        if imported:
            print(f"imported demo tenants: {', '.join(imported)}", file=sys.stderr)
    return store


def run(args: argparse.Namespace) -> int:
    """Start uvicorn (and the dispatcher) until interrupted."""
    import uvicorn

    from receptionist.web.app import create_app

    settings = get_settings()
    ours = configure_observability(settings)
    try:
        store = open_store(settings, args.db)
    except SchemaNotCurrentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    app = create_app(settings, store)
    # The outbox worker (dispatcher + overdue-escalation check) shares the event loop with the
    # web app; it does its database work in threads.
    worker = None if args.no_dispatcher else build_dispatcher(settings, store)
    config = uvicorn.Config(app, host=args.host or settings.host, port=args.port or settings.port,
                            proxy_headers=True, server_header=False,
                            # Our handler filters client addresses and query strings; keep uvicorn's out.
                            log_config=None if ours else uvicorn.config.LOGGING_CONFIG)
    server = uvicorn.Server(config)

    async def main() -> None:
        task = asyncio.create_task(worker.run_forever()) if worker is not None else None
        try:
            await server.serve()
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    # uvicorn shuts down gracefully on SIGTERM and then re-raises the signal with the previous
    # handler in place; ours turns that into a normal exit, so the store closes and status is 0.
    signal.signal(signal.SIGTERM, _exit_after_graceful_shutdown)
    try:
        asyncio.run(main())
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
    finally:
        store.close()
    return 0


def _exit_after_graceful_shutdown(signum: int, frame: object) -> None:
    raise SystemExit(0)
