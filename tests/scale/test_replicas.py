"""Two API processes and two dispatchers on one PostgreSQL: stateless and safe to replicate.

Everything runs as separate OS processes sharing nothing but the database (and the key
material every replica is configured with):

- two ``receptionist serve`` processes answer the same token-authenticated reads with the
  same data, and a write made through one is seen at once through the other;
- two dispatcher processes (the product's ``Dispatcher`` with a file-writing deliverer)
  drain 300 outbox messages together: every message is delivered exactly once, and both
  dispatchers took part.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import textwrap
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, text

from receptionist.store.db import make_engine, session_scope, upgrade

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

POSTGRES_URL = os.environ.get("RECEPTIONIST_TEST_POSTGRES_URL")
MESSAGES = 300
CLI = str(Path(sys.executable).with_name("receptionist"))

DISPATCHER_SCRIPT = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from receptionist.outbox.dispatcher import Dispatcher
    from receptionist.settings import Settings
    from receptionist.store.service import Store

    name, log_path, stop_path = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])

    class FileDeliverer:
        # Appends each delivered idempotency key to this process's log.
        async def deliver(self, delivery):
            with log_path.open("a") as log:
                log.write(delivery.idempotency_key + "\\n")
            await asyncio.sleep(0.002)

    async def main():
        store = Store.open(Settings(), migrate_embedded=False)
        dispatcher = Dispatcher(store, {"crm": FileDeliverer()}, worker_id=name, batch_size=10,
                                concurrency=4, poll_interval=0.05)
        stop = asyncio.Event()

        async def watch():
            while not stop_path.exists():
                await asyncio.sleep(0.05)
            stop.set()

        watcher = asyncio.create_task(watch())
        await dispatcher.run_forever(stop)
        watcher.cancel()
        store.close()

    asyncio.run(main())
    """
)


@pytest.fixture
def shared_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Settings every replica shares: one PostgreSQL schema, one master key, one session secret."""
    if not POSTGRES_URL:
        pytest.skip("needs RECEPTIONIST_TEST_POSTGRES_URL")
    schema = f"replicas_{uuid.uuid4().hex[:10]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{POSTGRES_URL}{'&' if '?' in POSTGRES_URL else '?'}options=-csearch_path%3D{schema}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTIONIST_")}
    env.update(
        RECEPTIONIST_DATABASE_URL=url,
        RECEPTIONIST_KEY_PROVIDER="local",
        RECEPTIONIST_MASTER_KEY_PATH=str(tmp_path / "master.key"),
        RECEPTIONIST_DATA_DIR=str(tmp_path / "data"),
        RECEPTIONIST_SESSION_SECRET=secrets.token_urlsafe(40),
        RECEPTIONIST_LOG_FORMAT="json",
    )
    try:
        yield env
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _seed(env: dict[str, str]) -> tuple[str, list[str]]:
    """A demo tenant, a staff API token, four calls awaiting a callback and the outbox backlog."""
    from receptionist.core.tenants import TenantRepository
    from receptionist.outbox.service import enqueue
    from receptionist.settings import Settings
    from receptionist.store.calls import CallRepository
    from receptionist.store.models import ApiToken, User
    from receptionist.store.service import Store

    settings = Settings(
        database_url=env["RECEPTIONIST_DATABASE_URL"], key_provider="local",
        master_key_path=Path(env["RECEPTIONIST_MASTER_KEY_PATH"]),
    )
    store = Store.open(settings, migrate_embedded=False)
    token = "rcp_" + secrets.token_urlsafe(32)
    try:
        with session_scope(store.sessions) as session:
            repo = TenantRepository()
            repo.ensure_demo_tenants(session)
            tenant = repo.get_by_slug(session, "school")
            assert tenant is not None
            user = User(tenant_id=tenant.id, email="staff@example.org", role="staff", password_hash="x")
            session.add(user)
            session.flush()
            session.add(ApiToken(user_id=user.id, token_hash=hashlib.sha256(token.encode()).hexdigest(),
                                 name="replica-test", scopes=["calls:read", "calls:callback"]))
            calls = CallRepository(store)
            call_ids = []
            for _ in range(4):
                call = calls.open_call(session, tenant_id=tenant.id, transport="simulate", caller_number=None,
                                       config_version=1)
                call.status, call.outcome = "completed", "message"
                session.flush()
                call_ids.append(call.id)
            for i in range(MESSAGES):
                enqueue(session, store, tenant_id=tenant.id, kind="crm", target="default",
                        idempotency_key=f"replica-{i}", payload={"n": i}, call_id=call_ids[i % 4])
    finally:
        store.close()
    return token, call_ids


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_ready(port: int, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "serve exited"
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise AssertionError("serve did not become ready")


def test_two_apis_and_two_dispatchers_share_one_database(shared_env: dict[str, str], tmp_path: Path) -> None:
    token, call_ids = _seed(shared_env)
    ports = [_free_port(), _free_port()]
    script = tmp_path / "dispatcher.py"
    script.write_text(DISPATCHER_SCRIPT)
    stop = tmp_path / "stop"
    logs = [tmp_path / "dispatcher-a.log", tmp_path / "dispatcher-b.log"]
    procs: list[subprocess.Popen[str]] = []
    try:
        for port in ports:
            procs.append(subprocess.Popen([CLI, "serve", "--port", str(port), "--no-dispatcher"], env=shared_env,
                                          cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
        for name, log in zip(("dispatcher-a", "dispatcher-b"), logs, strict=True):
            procs.append(subprocess.Popen([sys.executable, str(script), name, str(log), str(stop)], env=shared_env,
                                          cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
        for port, proc in zip(ports, procs[:2], strict=True):
            _wait_ready(port, proc)

        headers = {"Authorization": f"Bearer {token}"}
        bases = [f"http://127.0.0.1:{p}" for p in ports]

        def pending(base: str) -> list[str]:
            r = httpx.get(f"{base}/api/v1/calls", params={"callback_pending": "true"}, headers=headers, timeout=10)
            assert r.status_code == 200, r.text
            return sorted(item["id"] for item in r.json()["items"])

        # The same answer from either replica, under concurrent load.
        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(pending, bases * 10))
        assert all(a == sorted(call_ids) for a in answers)

        # A write through A is visible through B straight away.
        done = httpx.post(f"{bases[0]}/api/v1/calls/{call_ids[0]}/callback-done", headers=headers, timeout=10)
        assert done.status_code == 200, done.text
        assert pending(bases[1]) == sorted(call_ids[1:])

        # Both dispatchers drain the backlog between them.
        engine = make_engine(shared_env["RECEPTIONIST_DATABASE_URL"])
        from receptionist.store.models import OutboxMessage

        deadline = time.monotonic() + 120
        delivered = 0
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                delivered = conn.scalar(select(func.count()).where(OutboxMessage.status == "delivered")) or 0
            if delivered == MESSAGES:
                break
            time.sleep(0.2)
        engine.dispose()
        assert delivered == MESSAGES
    finally:
        stop.touch()
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()

    per_dispatcher = [log.read_text().split() if log.exists() else [] for log in logs]
    counts = Counter(key for keys in per_dispatcher for key in keys)
    assert set(counts) == {f"replica-{i}" for i in range(MESSAGES)}
    assert max(counts.values()) == 1, [k for k, n in counts.items() if n > 1][:5]
    # Which dispatcher claims how much depends on start-up timing; what matters is exactly once.
    assert sum(len(keys) for keys in per_dispatcher) == MESSAGES
