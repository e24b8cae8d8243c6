"""One call that turns on logs, traces and (for headless processes) a metrics port.

Each command's composition root calls :func:`configure_observability` once, after settings
are read: ``serve`` leaves the exporter to the app's ``/metrics``; ``dispatch`` passes
``metrics_server=True`` so Prometheus can scrape it on ``RECEPTIONIST_METRICS_PORT`` (the
voice worker uses LiveKit's own exporter on that port, which sums its call processes).

Logging is taken over in production, or whenever ``RECEPTIONIST_LOG_FORMAT`` is set: one
root handler with the privacy filters, JSON by default. A development console keeps
Python's and uvicorn's usual human-oriented output, so ``make run`` reads as before.
"""

from __future__ import annotations

from receptionist.observability.endpoint import start_metrics_server
from receptionist.observability.logging import configure_logging
from receptionist.observability.tracing import configure_tracing
from receptionist.settings import Settings


def takes_over_logging(settings: Settings) -> bool:
    """True when :func:`configure_observability` installs our handler (production, or a format set)."""
    return settings.environment == "production" or settings.log_format is not None


def configure_observability(settings: Settings, *, metrics_server: bool = False) -> bool:
    """Install the privacy-safe log handler, optional tracing, and optionally a metrics port.

    Returns whether logging was taken over, so a server can tell uvicorn to keep its own
    handlers out (they would print client addresses and query strings unfiltered).
    """
    took_over = takes_over_logging(settings)
    if took_over:
        configure_logging(settings)
    configure_tracing(settings)
    if metrics_server and settings.metrics_port:
        start_metrics_server(settings.metrics_port)
    return took_over
