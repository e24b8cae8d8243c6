"""Web read-path benchmark: call list and escalation queue on PostgreSQL under concurrent load.

Seeds a PostgreSQL schema with N calls (default 10,000; ``--calls 100000`` for the issue's
size) spread over two tenants, ~3% of them escalated, then starts the real app under
uvicorn in separate worker processes and drives it from a local asyncio load generator
(a minimal HTTP/1.1 keep-alive client on uvloop, over 127.0.0.1) with C concurrent
clients (default 50), each sending requests back to back (or pausing ``--think-ms``
between them). Reported: requests, throughput and latency percentiles per endpoint, and
the CPU the server, the load generator and (when local) PostgreSQL each spent per request.

Personal columns are filled with random bytes of ciphertext size: the list endpoints
select label columns only and never decrypt, so real ciphertext would not change the cost.

Usage: ``python -m benchmarks.bench_web [--calls N] [--clients C] [--seconds S]
[--think-ms T] [--workers W] [--pg-url URL] [--keep]``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, text

from receptionist.core.config import load_tenant_config
from receptionist.core.tenants import TenantRepository
from receptionist.store.base import new_id
from receptionist.store.calls import new_reference
from receptionist.store.db import make_engine, make_session_factory, upgrade
from receptionist.store.models import Call, Escalation, User
from receptionist.web.accounts import AccountService
from receptionist.web.credentials import Credentials
from receptionist.web.roles import permissions_for

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SECRET = "bench-session-secret-0123456789abcdef0123"  # noqa: S105 - throwaway benchmark database
ENDPOINTS = {
    "call list": "/api/v1/calls?limit=50",
    "call list, page 2+": None,  # filled with a cursor from page 1
    "escalation queue": "/api/v1/escalations?view=open&limit=50",
}
TARGET_P99_MS = 100.0


def seed(engine: Engine, n_calls: int) -> dict[str, str]:
    """Two tenants, N calls over the last 90 days, escalations on ~3%; returns API tokens."""
    sessions = make_session_factory(engine)
    rng = random.Random(7)
    with sessions() as s, s.begin():
        tenants = [TenantRepository().import_config(s, load_tenant_config(slug), "bench") for slug in ("school", "college")]
        tenant_ids = [t.id for t in tenants]
    now = datetime.now(UTC)
    batch: list[dict[str, Any]] = []
    escalations: list[dict[str, Any]] = []
    outcomes = ["answered", "message", "transferred", "ended"]
    reasons = ["attendance", "admissions", "fees", "transport", "complaint", "general"]
    with engine.begin() as conn:
        for i in range(n_calls):
            started = now - timedelta(seconds=rng.randint(0, 90 * 86400))
            call_id = new_id()
            escalated = rng.random() < 0.03
            outcome = rng.choice(outcomes)
            batch.append({
                "id": call_id, "tenant_id": tenant_ids[i % 2], "reference": new_reference() + f"{i % 10}",
                "transport": "voice", "status": "completed", "started_at": started,
                "ended_at": started + timedelta(minutes=3), "config_version": 1,
                "caller_number_hash": uuid.uuid4().hex * 2, "caller_number_enc": os.urandom(48),
                "caller_name_enc": os.urandom(40), "reason_enc": os.urandom(60),
                "outcome": outcome, "reason_category": rng.choice(reasons), "escalated": escalated,
                "transferred_to": "office" if outcome == "transferred" else None,
                "masked_categories": [], "recording_consent": True, "recording_objection": False,
                "transfer_requested": False, "restricted": False,
            })
            if escalated:
                escalations.append({
                    "id": new_id(), "tenant_id": tenant_ids[i % 2], "call_id": call_id,
                    "case_code": uuid.uuid4().hex[:10].upper(), "subtype": "physical_abuse",
                    "status": rng.choice(["new", "acknowledged", "closed"]), "raised_at": started,
                    "ack_due_at": started + timedelta(minutes=5), "caller_words_enc": os.urandom(80),
                })
            if len(batch) >= 5000:
                conn.execute(insert(Call), batch)
                batch.clear()
        if batch:
            conn.execute(insert(Call), batch)
        if escalations:
            conn.execute(insert(Escalation), escalations)
        # Only our own tables: a database-wide ANALYZE would lock other schemas on a shared server.
        conn.execute(text("ANALYZE calls"))
        conn.execute(text("ANALYZE escalations"))
    accounts = AccountService(Credentials(SECRET))
    tokens: dict[str, str] = {}
    with sessions() as s, s.begin():
        for role in ("staff", "safeguarding_lead"):
            made = accounts.create_user(s, email=f"{role}@bench.example", role=role, tenant_slug="school",
                                        password="bench password long enough", actor="bench")  # noqa: S106
            user = s.get(User, made.user.id)
            assert user is not None
            tokens[role] = accounts.issue_token(s, user, name="bench", scopes=sorted(permissions_for(role)))
    return tokens


def app_factory() -> Any:
    """Uvicorn ``--factory`` entry: the real app on the benchmark database (read from env)."""
    from pydantic import SecretStr

    from receptionist.settings import Settings
    from receptionist.store.service import Store
    from receptionist.web.app import create_app

    url = os.environ["BENCH_WEB_DB_URL"]
    schema = os.environ["BENCH_WEB_SCHEMA"]
    settings = Settings(environment="test", session_secret=SecretStr(SECRET),
                        data_dir=os.environ["BENCH_WEB_DATA_DIR"])  # type: ignore[arg-type]
    store = Store.__new__(Store)
    engine = make_engine(url, connect_args={"options": f"-csearch_path={schema}"}, pool_size=20, max_overflow=10)
    from receptionist.store.keys_local import LocalKeyProvider

    Store.__init__(store, engine, LocalKeyProvider(os.urandom(32)))
    return create_app(settings, store)


class _Http11:
    """A minimal HTTP/1.1 keep-alive GET client over one asyncio stream (loopback only).

    The load generator shares the two cores with the server, so it is kept lean: no client
    library, one connection per simulated user, and the full response (status line, headers
    and ``Content-Length`` body) is read before the clock stops.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, headers: bytes) -> tuple[int, bytes]:
        if self._reader is None or self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._reader, self._writer
        writer.write(b"GET " + path.encode() + b" HTTP/1.1\r\nHost: " + self.host.encode() + b"\r\n" + headers + b"\r\n")
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        length, close = None, False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
        if length is None:
            raise RuntimeError("response without Content-Length")
        body = await reader.readexactly(length)
        if close:
            await self.close()
        return status, body

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(OSError):
                await self._writer.wait_closed()
        self._reader = self._writer = None


async def load(host: str, port: int, paths: dict[str, str], token_for: dict[str, str], clients: int,
               seconds: float, think_ms: float = 0.0) -> dict[str, list[float]]:
    """C clients, one keep-alive connection each, cycling through the endpoints for ``seconds``
    and pausing ``think_ms`` between requests (0 = back to back, the worst case); latencies in
    ms, measured from sending the request to having read the whole response."""
    results: dict[str, list[float]] = {name: [] for name in paths}
    errors: dict[str, int] = {name: 0 for name in paths}
    names = list(paths)
    headers = {name: f"Authorization: Bearer {token_for[name]}\r\n".encode() for name in paths}
    deadline = time.perf_counter() + seconds

    async def client(k: int) -> None:
        conn = _Http11(host, port)
        i = k
        if think_ms:
            # Users do not all click in the same millisecond: spread the first requests over
            # one think time, as a steady stream of users would be.
            await asyncio.sleep(random.Random(k).uniform(0, think_ms / 1000))
        try:
            while time.perf_counter() < deadline:
                name = names[i % len(names)]
                i += 1
                t0 = time.perf_counter()
                status, _ = await conn.get(paths[name], headers[name])
                elapsed = (time.perf_counter() - t0) * 1000
                if status == 200:
                    results[name].append(elapsed)
                else:
                    errors[name] += 1
                if think_ms:
                    await asyncio.sleep(think_ms / 1000)
        finally:
            await conn.close()

    await asyncio.gather(*(client(k) for k in range(clients)))
    if any(errors.values()):
        print(f"errors: {errors}", file=sys.stderr)
    return results


def _run(coro: Any) -> Any:
    """Run the load generator on uvloop when it is installed (it is a dependency of the server)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    return uvloop.run(coro)


def _proc_cpu_seconds(wanted: Callable[[int, str, list[str]], bool]) -> float:
    """User+system CPU of the processes ``wanted(pid, command, stat fields)`` picks (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                head, _, rest = fh.read().rpartition(")")
        except OSError:
            continue
        fields = rest.split()
        if wanted(int(entry), head.partition("(")[2], fields):
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def server_cpu_seconds(pid: int) -> float:
    """User+system CPU of the uvicorn supervisor and its worker processes (fields[1]: parent pid)."""
    return _proc_cpu_seconds(lambda own, _command, fields: own == pid or int(fields[1]) == pid)


def postgres_cpu_seconds() -> float:
    """User+system CPU of the local PostgreSQL server's processes (0 if it is remote).

    Approximate: a backend that exits during the run takes its CPU with it, and anything else
    the server does meanwhile is counted too.
    """
    return _proc_cpu_seconds(lambda _own, command, _fields: command == "postgres")


def pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=15.0)
    # One API worker by default: on a 2-core host that also runs PostgreSQL and this load
    # generator, a second worker adds contention, not capacity (see docs/benchmarks.md).
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--think-ms", type=float, default=0.0,
                        help="pause per client between requests (0 = back to back)")
    parser.add_argument("--pg-url", default=os.environ.get("RECEPTIONIST_TEST_POSTGRES_URL", DEFAULT_PG))
    parser.add_argument("--keep", action="store_true", help="keep the benchmark schema afterwards")
    args = parser.parse_args()

    schema = f"bench_web_{uuid.uuid4().hex[:8]}"
    admin = make_engine(args.pg_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(args.pg_url, connect_args={"options": f"-csearch_path={schema}"})
    server: subprocess.Popen[bytes] | None = None
    try:
        upgrade(engine)
        t0 = time.perf_counter()
        tokens = seed(engine, args.calls)
        seed_s = time.perf_counter() - t0
        port = _free_port()
        with tempfile.TemporaryDirectory() as data_dir:
            env = {**os.environ, "BENCH_WEB_DB_URL": args.pg_url, "BENCH_WEB_SCHEMA": schema,
                   "BENCH_WEB_DATA_DIR": data_dir}
            server = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--factory", "benchmarks.bench_web:app_factory",
                 "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers),
                 "--no-access-log", "--log-level", "warning"],
                env=env,
            )
            base = f"http://127.0.0.1:{port}"
            _wait_ready(base)
            first = _get_json(base + ENDPOINTS["call list"], tokens["staff"])
            paths = {"call list": ENDPOINTS["call list"],
                     "call list, page 2+": f"/api/v1/calls?limit=50&cursor={first['next_cursor']}",
                     "escalation queue": ENDPOINTS["escalation queue"]}
            token_for = {"call list": tokens["staff"], "call list, page 2+": tokens["staff"],
                         "escalation queue": tokens["safeguarding_lead"]}
            # Warm-up, 3 s at full concurrency: imports, statement caches, and one pooled
            # database connection per concurrent request (opening 50 PostgreSQL connections at
            # once otherwise stalls the first requests for ~0.4 s, a start-up cost only).
            _run(load("127.0.0.1", port, paths, token_for, args.clients, 3.0))
            wall = time.perf_counter()
            cpu_before = server_cpu_seconds(server.pid)
            pg_before = postgres_cpu_seconds()
            gen_before = time.process_time()
            results = _run(load("127.0.0.1", port, paths, token_for, args.clients, args.seconds, args.think_ms))
            gen_used = time.process_time() - gen_before
            cpu_used = server_cpu_seconds(server.pid) - cpu_before
            pg_used = postgres_cpu_seconds() - pg_before
            wall = time.perf_counter() - wall
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=20)
        engine.dispose()
        if not args.keep:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    print(f"PostgreSQL, {args.calls:,} calls (seeded in {seed_s:.1f} s), {args.clients} concurrent clients, "
          f"{args.seconds:.0f} s, think time {args.think_ms:.0f} ms, {args.workers} uvicorn workers, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    total = sum(len(v) for v in results.values())
    per = 1000 / max(total, 1)
    print(f"CPU per request: server {per * cpu_used:.2f} ms (all workers), load generator "
          f"{per * gen_used:.2f} ms, PostgreSQL {per * pg_used:.2f} ms (local server, approximate); "
          f"total {per * (cpu_used + gen_used + pg_used):.2f} ms")
    print(f"{'endpoint':<22}{'requests':>10}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}  target")
    for name, values in results.items():
        p99 = pct(values, 0.99)
        print(f"{name:<22}{len(values):>10}{len(values) / wall:>9.0f}{statistics.median(values):>9.1f}"
              f"{pct(values, 0.95):>9.1f}{p99:>9.1f}{max(values):>9.1f}  "
              f"p99 <= {TARGET_P99_MS:.0f} ms: {'met' if p99 <= TARGET_P99_MS else 'NOT met'}")


def _wait_ready(base: str, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2):  # noqa: S310 - local server we started
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("the benchmark server did not start")


def _get_json(url: str, token: str) -> Any:
    import json

    req = urllib.request.Request(url, headers={"authorization": f"Bearer {token}"})  # noqa: S310
    with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 - local server we started
        return json.loads(resp.read())


if __name__ == "__main__":
    main()
