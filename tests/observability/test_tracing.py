"""Spans keep allow-listed, label-safe attributes only; tracing off is a no-op."""

from __future__ import annotations

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from receptionist.observability.tracing import PrivacySpanExporter, clean_attributes, configure_tracing
from receptionist.settings import Settings

CALL_ID = "0f3a9c1e2b4d5a6f7e8d9c0b1a2f3e4d"


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        ({"receptionist.tenant": "school"}, {"receptionist.tenant": "school"}),
        ({"receptionist.tenant": "Jane Smith"}, {"receptionist.tenant": "other"}),
        ({"receptionist.call_id": CALL_ID}, {"receptionist.call_id": CALL_ID}),
        ({"receptionist.call_id": "+447700900123"}, {"receptionist.call_id": "other"}),
        ({"lk.pii.user_transcript": "he hits me"}, {}),
        ({"lk.user_input": "my name is Jane"}, {}),
        ({"gen_ai.input.messages": "[...]"}, {}),
        ({"gen_ai.request.model": "gpt-4.1-mini"}, {"gen_ai.request.model": "gpt-4.1-mini"}),
        ({"gen_ai.usage.input_tokens": 120}, {"gen_ai.usage.input_tokens": 120}),
        ({"http.route": "/calls/{call_id}", "http.status_code": 200}, {"http.route": "/calls/{call_id}", "http.status_code": 200}),
        ({"http.route": "/lookup/07700900123"}, {}),
        ({"receptionist.count": [1, 2]}, {}),
        (None, {}),
    ],
)
def test_clean_attributes(attributes: dict[str, object] | None, expected: dict[str, object]) -> None:
    assert clean_attributes(attributes) == expected


def test_exported_span_has_no_content_events_or_status_text() -> None:
    memory = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(PrivacySpanExporter(memory)))
    tracer = provider.get_tracer("test")
    with tracer.start_as_current_span("llm_node") as s:
        s.set_attribute("lk.pii.chat_ctx", "caller said Jane Smith 07700900123")
        s.set_attribute("receptionist.tenant", "school")
        s.add_event("user_input", {"text": "Jane Smith"})
        s.set_status(StatusCode.ERROR, "failed for Jane Smith")
    (span,) = memory.get_finished_spans()
    assert dict(span.attributes or {}) == {"receptionist.tenant": "school"}
    assert [e.name for e in span.events] == ["user_input"]
    assert not span.events[0].attributes
    assert span.status.status_code is StatusCode.ERROR and not span.status.description


def test_tracing_off_installs_nothing() -> None:
    before = trace.get_tracer_provider()
    assert configure_tracing(Settings(tracing_enabled=False)) is None
    assert trace.get_tracer_provider() is before
