"""``/metrics`` serves the process registry and, when installed, the database gauges."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client import REGISTRY
from sqlalchemy import Engine

from receptionist.observability import metrics as m
from receptionist.observability.endpoint import exporter_registry, install_database_metrics, router


async def _get(app: FastAPI) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        return await client.get("/metrics")


async def test_metrics_page_lists_product_metrics() -> None:
    app = FastAPI()
    app.include_router(router)
    m.escalation_raised("endpoint-test", "abuse")
    response = await _get(app)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert 'receptionist_escalations_raised_total{subtype="abuse",tenant="endpoint-test"}' in response.text
    assert "receptionist_database_up" not in response.text


async def test_database_gauges_added_when_installed(sqlite_engine: Engine) -> None:
    app = FastAPI()
    app.include_router(router)
    install_database_metrics(app, sqlite_engine)
    response = await _get(app)
    assert "receptionist_database_up 1.0" in response.text


async def test_web_app_store_is_found_without_installing(sqlite_engine: Engine) -> None:
    from types import SimpleNamespace

    from receptionist.observability.metrics import router as exported

    app = FastAPI()
    app.include_router(exported)
    app.state.web = SimpleNamespace(store=SimpleNamespace(engine=sqlite_engine))
    response = await _get(app)
    assert "receptionist_database_up 1.0" in response.text


def test_worker_exporter_sums_call_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """LiveKit runs each call in its own process; the exporter must see all of them."""
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    child = (
        "from receptionist.observability import metrics as m\n"
        "m.call_started('school', 'voice'); m.turn_recorded('school', 'voice'); m.turn_recorded('school', 'voice')\n"
        "m.provider_latency('stt_final', 'deepgram', 0.2)\n"
    )
    for _ in range(2):
        subprocess.run([sys.executable, "-c", child], env=env, check=True, timeout=60)
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    registry = exporter_registry()
    assert registry.get_sample_value("receptionist_turns_total", {"tenant": "school", "channel": "voice"}) == 4.0
    assert registry.get_sample_value(
        "receptionist_provider_latency_seconds_count", {"provider": "deepgram", "subtype": "stt_final"}
    ) == 2.0


def test_exporter_uses_the_process_registry_without_multiprocess(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    assert exporter_registry() is REGISTRY


def test_standalone_exporter_serves_metrics(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the dispatcher starts on RECEPTIONIST_METRICS_PORT."""
    import socket

    from receptionist.observability.setup import configure_observability
    from receptionist.settings import Settings

    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = logging.getLogger()
    saved = list(root.handlers)
    try:
        configure_observability(Settings(metrics_port=port, _env_file=None), metrics_server=True)  # type: ignore[call-arg]
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved:
            root.addHandler(handler)
    m.outbox_attempt("crm", "delivered")
    body = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    assert 'receptionist_outbox_deliveries_total{channel="crm",outcome="delivered"}' in body
