"""Metrics record what happened, under safe labels only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from receptionist.observability import metrics as m


@pytest.fixture
def fresh() -> tuple[CollectorRegistry, m.Metrics]:
    registry = CollectorRegistry()
    return registry, m.Metrics(registry)


def _value(registry: CollectorRegistry, name: str, labels: dict[str, str]) -> float | None:
    return registry.get_sample_value(name, labels)


CASES: list[tuple[str, Callable[[m.Metrics], None], str, dict[str, str], float]] = [
    ("call started", lambda x: m.call_started("school", "voice", metrics=x),
     "receptionist_calls_in_progress", {"tenant": "school", "channel": "voice"}, 1.0),
    ("call started then ended", lambda x: (m.call_started("school", "voice", metrics=x),
                                           m.call_ended("school", "voice", "message", metrics=x)),
     "receptionist_calls_in_progress", {"tenant": "school", "channel": "voice"}, 0.0),
    ("call outcome counted", lambda x: m.call_ended("school", "simulate", "transferred", metrics=x),
     "receptionist_calls_total", {"tenant": "school", "channel": "simulate", "outcome": "transferred"}, 1.0),
    ("two turns", lambda x: (m.turn_recorded("council", "voice", metrics=x), m.turn_recorded("council", "voice", metrics=x)),
     "receptionist_turns_total", {"tenant": "council", "channel": "voice"}, 2.0),
    ("escalation raised", lambda x: m.escalation_raised("school", "immediate_danger", metrics=x),
     "receptionist_escalations_raised_total", {"tenant": "school", "subtype": "immediate_danger"}, 1.0),
    ("escalation acknowledged", lambda x: m.escalation_acknowledged("school", "abuse", "sms", 42.0, metrics=x),
     "receptionist_escalations_acknowledged_total", {"tenant": "school", "subtype": "abuse", "channel": "sms"}, 1.0),
    ("time to ack summed", lambda x: m.escalation_acknowledged("school", "abuse", "web", 42.0, metrics=x),
     "receptionist_escalation_time_to_acknowledge_seconds_sum", {"tenant": "school", "subtype": "abuse"}, 42.0),
    ("ack within 60s bucket", lambda x: m.escalation_acknowledged("school", "abuse", "web", 59.0, metrics=x),
     "receptionist_escalation_time_to_acknowledge_seconds_bucket", {"tenant": "school", "subtype": "abuse", "le": "60.0"}, 1.0),
    ("ack outside 30s bucket", lambda x: m.escalation_acknowledged("school", "abuse", "web", 59.0, metrics=x),
     "receptionist_escalation_time_to_acknowledge_seconds_bucket", {"tenant": "school", "subtype": "abuse", "le": "30.0"}, 0.0),
    ("delivered", lambda x: m.outbox_attempt("escalation_sms", "delivered", metrics=x),
     "receptionist_outbox_deliveries_total", {"channel": "escalation_sms", "outcome": "delivered"}, 1.0),
    ("dead counts a dead letter", lambda x: m.outbox_attempt("crm", "dead", metrics=x),
     "receptionist_outbox_dead_letters_total", {"channel": "crm"}, 1.0),
    ("retry is no dead letter", lambda x: m.outbox_attempt("crm", "retry", metrics=x),
     "receptionist_outbox_dead_letters_total", {"channel": "crm"}, None),  # type: ignore[list-item]
    ("stt latency", lambda x: m.provider_latency("stt_final", "deepgram", 0.25, metrics=x),
     "receptionist_provider_latency_seconds_sum", {"provider": "deepgram", "subtype": "stt_final"}, 0.25),
    ("ttft count", lambda x: m.provider_latency("llm_ttft", "openai", 0.4, metrics=x),
     "receptionist_provider_latency_seconds_count", {"provider": "openai", "subtype": "llm_ttft"}, 1.0),
    ("negative latency clamps", lambda x: m.provider_latency("tts_ttfb", "openai", -1.0, metrics=x),
     "receptionist_provider_latency_seconds_sum", {"provider": "openai", "subtype": "tts_ttfb"}, 0.0),
    ("provider error", lambda x: m.provider_error("llm_ttft", "openai", metrics=x),
     "receptionist_provider_errors_total", {"provider": "openai", "subtype": "llm_ttft"}, 1.0),
    ("retention deletions", lambda x: m.retention_deleted("school", "recording", 3, metrics=x),
     "receptionist_retention_deletions_total", {"tenant": "school", "data_class": "recording", "outcome": "shredded"}, 3.0),
    ("zero deletions record nothing", lambda x: m.retention_deleted("school", "recording", 0, metrics=x),
     "receptionist_retention_deletions_total", {"tenant": "school", "data_class": "recording", "outcome": "shredded"}, None),  # type: ignore[list-item]
    ("personal tenant value folded", lambda x: m.call_started("Jane Smith", "voice", metrics=x),
     "receptionist_calls_in_progress", {"tenant": "other", "channel": "voice"}, 1.0),
]


@pytest.mark.parametrize(("what", "record", "name", "labels", "expected"), CASES, ids=[c[0] for c in CASES])
def test_metric_recorded(
    fresh: tuple[CollectorRegistry, m.Metrics],
    what: str,
    record: Callable[[m.Metrics], None],
    name: str,
    labels: dict[str, str],
    expected: float | None,
) -> None:
    registry, metrics = fresh
    record(metrics)
    assert _value(registry, name, labels) == expected


def test_no_personal_value_reaches_the_exposition(fresh: tuple[CollectorRegistry, m.Metrics]) -> None:
    registry, metrics = fresh
    m.call_started("+447700900123", "Jane Smith", metrics=metrics)
    m.escalation_raised("school", "he hits me", metrics=metrics)
    m.outbox_attempt("jane@example.org", "dead", metrics=metrics)
    text = generate_latest(registry).decode()
    for secret in ("447700900123", "Jane", "hits", "example.org"):
        assert secret not in text
