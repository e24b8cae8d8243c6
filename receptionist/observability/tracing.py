"""Optional OpenTelemetry traces, filtered to an allow-list before anything is exported.

Tracing is off unless ``RECEPTIONIST_TRACING_ENABLED`` is set (or a test passes an
exporter). Off means OpenTelemetry's API hands out no-op tracers and nothing is recorded.

On, every span goes through :class:`PrivacySpanExporter` on its way out. LiveKit Agents
traces through the same global provider and attaches transcripts, prompts and tool
arguments as attributes; LiveKit's own filter is a deny-list of the names it knows. Ours
keeps only the attribute keys on :data:`ALLOWED_ATTRIBUTES`, passes string values through
:func:`~receptionist.observability.labels.safe_label`, drops event attributes and status
descriptions, so a new attribute name in a library upgrade is dropped, not leaked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import Event, ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    SimpleSpanProcessor,
    SpanExporter,
    SpanExportResult,
)
from opentelemetry.trace import Span, Status

from receptionist.observability.labels import safe_label
from receptionist.settings import Settings

TRACER_NAME = "receptionist"

ALLOWED_ATTRIBUTES: frozenset[str] = frozenset(
    {
        "receptionist.tenant", "receptionist.channel", "receptionist.subtype", "receptionist.provider",
        "receptionist.outcome", "receptionist.call_id", "receptionist.escalation_id", "receptionist.outbox_id",
        "receptionist.data_class", "receptionist.attempt", "receptionist.count",
        "http.method", "http.request.method", "http.route", "http.status_code", "http.response.status_code",
        "lk.agent_name", "lk.job_id", "lk.speech_id", "lk.interrupted", "lk.retry_count",
        "gen_ai.request.model", "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens",
        "error.type",
    }
)
_HEX_ID = re.compile(r"^[0-9a-f]{32}$")
_LIVEKIT_ID = re.compile(r"^[A-Z]{2,4}_[A-Za-z0-9]{6,24}$")  # SPEECH_..., AJ_... ids LiveKit mints

_provider: TracerProvider | None = None


def _clean_value(key: str, value: Any) -> Any | None:
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        if key.endswith("_id") and (_HEX_ID.match(value) or _LIVEKIT_ID.match(value)):
            return value
        if key == "http.route":  # a route template is code: /calls/{call_id}
            return value if re.fullmatch(r"/[A-Za-z_/{}.-]{0,120}", value) else None
        if key in ("gen_ai.request.model", "error.type"):
            return value if re.fullmatch(r"[A-Za-z0-9_.:-]{1,64}", value) else None
        return safe_label(value)
    return None


def clean_attributes(attributes: Any) -> dict[str, Any]:
    """Only allowed keys, with values that cannot identify anyone."""
    cleaned: dict[str, Any] = {}
    for key, value in dict(attributes or {}).items():
        if key in ALLOWED_ATTRIBUTES:
            kept = _clean_value(key, value)
            if kept is not None:
                cleaned[key] = kept
    return cleaned


def clean_span(span: ReadableSpan) -> ReadableSpan:
    """A copy of ``span`` with attributes filtered, event attributes and status text dropped."""
    return ReadableSpan(
        name=span.name,
        context=span.context,
        parent=span.parent,
        resource=span.resource,
        attributes=clean_attributes(span.attributes),
        events=[Event(e.name, {}, e.timestamp) for e in span.events],
        links=span.links,
        kind=span.kind,
        status=Status(span.status.status_code),
        start_time=span.start_time,
        end_time=span.end_time,
        instrumentation_scope=span.instrumentation_scope,
    )


class PrivacySpanExporter(SpanExporter):
    """Wraps a real exporter (OTLP, in-memory) and hands it only cleaned spans."""

    def __init__(self, inner: SpanExporter) -> None:
        self._inner = inner

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        """Clean every span, then export through the wrapped exporter."""
        return self._inner.export([clean_span(s) for s in spans])

    def shutdown(self) -> None:
        """Shut the wrapped exporter down."""
        self._inner.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        """Flush the wrapped exporter."""
        return self._inner.force_flush(timeout_millis)


def configure_tracing(settings: Settings, exporter: SpanExporter | None = None) -> TracerProvider | None:
    """Install the global tracer provider if tracing is on; ``None`` (no-op) otherwise.

    ``exporter`` (tests) is attached with a synchronous processor; otherwise spans go to
    OTLP/HTTP at ``settings.otlp_endpoint`` (or the standard ``OTEL_EXPORTER_OTLP_*``
    variables) in batches. A second call adds the exporter to the provider already
    installed, because OpenTelemetry allows the global provider to be set only once.
    """
    global _provider
    if exporter is None and not settings.tracing_enabled:
        return None
    if _provider is None:
        _provider = TracerProvider(resource=Resource.create({"service.name": settings.service_name}))
        trace.set_tracer_provider(_provider)
        _share_with_livekit(_provider)
    if exporter is not None:
        _provider.add_span_processor(SimpleSpanProcessor(PrivacySpanExporter(exporter)))
    else:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        endpoint = f"{settings.otlp_endpoint.rstrip('/')}/v1/traces" if settings.otlp_endpoint else None
        _provider.add_span_processor(BatchSpanProcessor(PrivacySpanExporter(OTLPSpanExporter(endpoint=endpoint))))
    return _provider


def _share_with_livekit(provider: TracerProvider) -> None:
    # LiveKit Agents keeps its own tracer handle; point it at our (filtered) provider.
    try:
        from livekit.agents.telemetry import set_tracer_provider
    except ImportError:  # the API image may be built without the voice extras
        return
    set_tracer_provider(provider)


@contextmanager
def span(name: str, **attributes: str | int | float | bool) -> Iterator[Span]:
    """A span named ``name`` with ``receptionist.<key>`` attributes; no-op when tracing is off."""
    tracer = trace.get_tracer(TRACER_NAME)
    with tracer.start_as_current_span(name) as current:
        for key, value in attributes.items():
            current.set_attribute(f"receptionist.{key}", value)
        yield current
