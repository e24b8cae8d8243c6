"""Where Prometheus reads the metrics: ``/metrics`` on the API, a small exporter elsewhere.

The API serves ``/metrics`` through :data:`router`, which the web app includes. The voice
worker and the dispatcher have no web server of their own, so they call
:func:`start_metrics_server` on a separate port (``RECEPTIONIST_METRICS_PORT``). Gauges read
from the database are added per app by :func:`install_database_metrics`, so tests that build
many apps never share a collector bound to someone else's engine.
"""

from __future__ import annotations

import os

from fastapi import APIRouter, FastAPI, Request, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    generate_latest,
    multiprocess,
    start_http_server,
)
from sqlalchemy import Engine

from receptionist.observability.database_gauges import DatabaseGauges

router = APIRouter(tags=["operations"])

_EXTRA_STATE = "metrics_database_registry"


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request) -> Response:
    """Every metric of this process, plus the database gauges if the app installed them."""
    body = generate_latest(REGISTRY)
    extra = getattr(request.app.state, _EXTRA_STATE, None)
    if extra is None:
        extra = _discover_database_metrics(request.app)
    if isinstance(extra, CollectorRegistry):
        body += generate_latest(extra)
    return Response(content=body, media_type=CONTENT_TYPE_LATEST)


def install_database_metrics(app: FastAPI, engine: Engine) -> CollectorRegistry:
    """Have ``app``'s ``/metrics`` also report outbox depth and age and overdue escalations."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseGauges(engine))
    setattr(app.state, _EXTRA_STATE, registry)
    return registry


def _discover_database_metrics(app: FastAPI) -> CollectorRegistry | None:
    # The web app keeps its store on app.state.web; finding the engine there means the web
    # factory needs no call into this package to get the database gauges.
    engine = getattr(getattr(getattr(app.state, "web", None), "store", None), "engine", None)
    if not isinstance(engine, Engine):
        return None
    return install_database_metrics(app, engine)


def exporter_registry() -> CollectorRegistry:
    """The registry a standalone exporter serves.

    In the voice worker LiveKit runs every call in a child process, so its metrics live in
    other processes' memory. With ``PROMETHEUS_MULTIPROC_DIR`` set (the worker's manifests
    set it) each process writes its samples there and this registry aggregates them all.
    """
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return registry
    return REGISTRY


def start_metrics_server(port: int, host: str = "0.0.0.0") -> None:  # noqa: S104 - scraped from other pods
    """Serve this process's metrics on ``host:port`` in a daemon thread (worker, dispatcher)."""
    start_http_server(port, addr=host, registry=exporter_registry())
