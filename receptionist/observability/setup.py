"""One call that turns on logs, traces and (for headless processes) a metrics port.

Each command's composition root calls :func:`configure_observability` once, after settings
are read: ``serve`` leaves the exporter to the app's ``/metrics``; ``worker`` and
``dispatch`` pass ``metrics_server=True`` so Prometheus can scrape them on
``RECEPTIONIST_METRICS_PORT``.
"""

from __future__ import annotations

from receptionist.observability.endpoint import start_metrics_server
from receptionist.observability.logging import configure_logging
from receptionist.observability.tracing import configure_tracing
from receptionist.settings import Settings


def configure_observability(settings: Settings, *, metrics_server: bool = False) -> None:
    """Install the privacy-safe log handler, optional tracing, and optionally a metrics port."""
    configure_logging(settings)
    configure_tracing(settings)
    if metrics_server and settings.metrics_port:
        start_metrics_server(settings.metrics_port)
