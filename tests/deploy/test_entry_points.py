"""Every container entry point starts with production settings against PostgreSQL and exits cleanly.

Each command runs as a real subprocess of the ``receptionist`` console script, exactly as the
image's entry point runs it: ``RECEPTIONIST_ENVIRONMENT=production``, keys from Vault (a fake
transit engine on loopback), a fresh PostgreSQL schema. Short-lived commands must exit 0;
``serve`` must become ready and then shut down gracefully on SIGTERM. No secret from the
environment may appear in what a command prints.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from receptionist.cli import build_parser

pytestmark = pytest.mark.postgres
# The console script the image's entry point execs, from the same environment as the tests.
CLI = [str(Path(sys.executable).with_name("receptionist"))]
TIMEOUT = 90


def _registered(*words: str) -> bool:
    """Whether ``receptionist <words...>`` exists in this build."""
    parser = build_parser()
    for word in words:
        sub = next((a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"), None)
        choices = getattr(sub, "choices", None) or {}
        if word not in choices:
            return False
        parser = choices[word]
    return True


def _run(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False)


def _assert_no_secrets(env: dict[str, str], *outputs: str) -> None:
    for name in ("RECEPTIONIST_VAULT_TOKEN", "RECEPTIONIST_SESSION_SECRET"):
        for out in outputs:
            assert env[name] not in out, f"{name} leaked into output"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _upgrade(env: dict[str, str], cwd: Path) -> None:
    result = _run(env, cwd, "db", "upgrade")
    assert result.returncode == 0, result.stderr[-2000:]
    _assert_no_secrets(env, result.stdout, result.stderr)


@pytest.fixture(scope="module")
def upgraded(production_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The production environment after `receptionist db upgrade` (the migration Job) ran once."""
    if not _registered("db", "upgrade"):
        pytest.skip("`receptionist db upgrade` is not in this build yet")
    _upgrade(production_env, tmp_path_factory.mktemp("migrate"))
    return production_env


def test_db_upgrade_is_idempotent(upgraded: dict[str, str], tmp_path: Path) -> None:
    _upgrade(upgraded, tmp_path)


# One-shot commands: (argv, what must be registered). Modes that do one pass and exit.
ONE_SHOT = [
    (["retention", "run"], ("retention", "run")),
    (["dispatch", "--once"], ("dispatch",)),
    (["worker", "--check"], ("worker",)),
]
# What the voice worker needs configured; nothing is contacted by these tests but LiveKit's
# address, where nothing listens.
WORKER_KEYS = {
    "RECEPTIONIST_LIVEKIT_API_KEY": "APItest",
    "RECEPTIONIST_LIVEKIT_API_SECRET": "s" * 32,
    "RECEPTIONIST_DEEPGRAM_API_KEY": "dg-test",
    "RECEPTIONIST_OPENAI_API_KEY": "sk-test",
}


@pytest.mark.parametrize(("argv", "needs"), ONE_SHOT, ids=[" ".join(a) for a, _ in ONE_SHOT])
def test_one_shot_entry_point_exits_cleanly(
    upgraded: dict[str, str], tmp_path: Path, argv: list[str], needs: tuple[str, ...]
) -> None:
    if not _registered(*needs):
        pytest.skip(f"`receptionist {' '.join(needs)}` is not in this build yet")
    env = {**upgraded, **WORKER_KEYS, "RECEPTIONIST_LIVEKIT_URL": f"ws://127.0.0.1:{_free_port()}"}
    result = _run(env, tmp_path, *argv)
    assert result.returncode == 0, result.stderr[-2000:]
    _assert_no_secrets(env, result.stdout, result.stderr)


def test_worker_starts_and_stops_on_sigterm(upgraded: dict[str, str], tmp_path: Path) -> None:
    """The real worker process: it starts, tries to reach LiveKit, and drains and exits 0 on SIGTERM."""
    if not _registered("worker"):
        pytest.skip("`receptionist worker` is not in this build yet")
    with socket.socket() as probe:
        # In production mode LiveKit's health server takes the fixed port 8081.
        if probe.connect_ex(("127.0.0.1", 8081)) == 0:
            pytest.skip("port 8081 is taken on this machine (LiveKit's worker health port)")
    env = {**upgraded, **WORKER_KEYS, "RECEPTIONIST_LIVEKIT_URL": f"ws://127.0.0.1:{_free_port()}"}
    proc = subprocess.Popen([*CLI, "worker"], env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stderr.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    try:
        # Up means a prewarmed call process is ready (store opened against Vault and PostgreSQL):
        # a SIGTERM now is one a running worker gets from Kubernetes.
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline and proc.poll() is None and not any("process initialized" in x for x in lines):
            time.sleep(0.2)
        assert proc.poll() is None, "".join(lines)[-2000:]
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=120)
        reader.join(timeout=10)
    err = "".join(lines)
    # Graceful: SIGTERM is handled (a kill would give -15) and the worker exits 0. Whether the
    # drain step is logged depends on how far the LiveKit connection got (none answers here).
    assert "starting worker" in err
    assert proc.returncode == 0, err[-2000:]
    _assert_no_secrets(env, out, err)


def test_serve_becomes_ready_and_stops_on_sigterm(upgraded: dict[str, str], tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [*CLI, "serve", "--port", str(port), "--no-dispatcher"],
        env=upgraded, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + TIMEOUT
        ready = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                ready = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2)
                if ready.status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        assert ready is not None and ready.status_code == 200, proc.stderr.read() if proc.poll() is not None else ready
        assert ready.json()["checks"] == {"database": "ok", "migrations": "ok", "keys": "ok"}
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200
        metrics = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5)
        assert metrics.status_code == 200 and "receptionist_database_up 1.0" in metrics.text
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    # uvicorn shuts down gracefully on SIGTERM; serve then closes the store and exits 0.
    assert proc.returncode == 0, err[-2000:]
    assert "Application shutdown complete" in err
    _assert_no_secrets(upgraded, out, err)
    lines = [json.loads(line) for line in err.splitlines() if line.strip()]  # production logs: JSON lines only
    access = [line for line in lines if line.get("logger") == "uvicorn.access"]
    assert access and all(line["msg"].split()[1].startswith("/") for line in access)
    assert not any("127.0.0.1:" in line["msg"] for line in access)  # no client address


def test_production_refuses_the_local_key_provider(production_env: dict[str, str], tmp_path: Path) -> None:
    env = {**production_env, "RECEPTIONIST_KEY_PROVIDER": "local"}
    result = _run(env, tmp_path, "serve", "--port", str(_free_port()))
    assert result.returncode != 0
    assert "RECEPTIONIST_KEY_PROVIDER" in result.stderr
    _assert_no_secrets(env, result.stdout, result.stderr)
