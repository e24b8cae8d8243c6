"""The product's Prometheus metrics and the one-line calls that record them.

Metrics live in prometheus_client's default registry, so a process that also runs LiveKit
Agents exports LiveKit's worker metrics (job count, CPU load) beside ours on the same page.
Code records through the functions below rather than touching the metric objects, so that
every label value goes through :func:`~receptionist.observability.labels.safe_label` and a
caller's name or number can never become a time series. Label names are drawn only from
``tenant`` (slug), ``subtype``, ``channel``, ``provider``, ``outcome`` and ``data_class``.

``router`` (re-exported from :mod:`~receptionist.observability.endpoint`) serves ``/metrics``;
the web app includes it by this module's name.
"""

from __future__ import annotations

from typing import Literal

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram

from receptionist.observability.endpoint import router as router
from receptionist.observability.labels import NAMESPACE, safe_label, safe_labels

ProviderStage = Literal["stt_final", "llm_ttft", "tts_ttfb"]

# Seconds; voice latencies live between 50 ms and a few seconds.
_LATENCY_BUCKETS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0)
# Safeguarding acknowledgement windows are minutes (1 and 5 by default), so the buckets
# straddle them and the deputy escalation that follows a missed window.
_ACK_BUCKETS = (15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 14400.0, 86400.0)


class Metrics:
    """Every metric the product exports, bound to one registry.

    One instance, :data:`METRICS`, lives in the default registry for the whole process;
    tests may build their own on a fresh :class:`CollectorRegistry`.
    """

    def __init__(self, registry: CollectorRegistry) -> None:
        ns = NAMESPACE
        # LiveKit runs each call in its own process; with PROMETHEUS_MULTIPROC_DIR set the
        # exporter sums this gauge over the live job processes.
        self.calls_in_progress = Gauge(
            "calls_in_progress", "Calls being handled now", ["tenant", "channel"], namespace=ns, registry=registry,
            multiprocess_mode="livesum",
        )
        self.calls = Counter(
            "calls", "Calls finished, by outcome", ["tenant", "channel", "outcome"], namespace=ns, registry=registry
        )
        self.turns = Counter(
            "turns", "Utterances stored (caller and receptionist)", ["tenant", "channel"], namespace=ns, registry=registry
        )
        self.escalations_raised = Counter(
            "escalations_raised", "Safeguarding escalations raised", ["tenant", "subtype"], namespace=ns, registry=registry
        )
        self.escalations_acknowledged = Counter(
            "escalations_acknowledged",
            "Safeguarding escalations acknowledged by a lead",
            ["tenant", "subtype", "channel"],
            namespace=ns,
            registry=registry,
        )
        self.time_to_acknowledge = Histogram(
            "escalation_time_to_acknowledge_seconds",
            "From an escalation being raised to a lead acknowledging it",
            ["tenant", "subtype"],
            buckets=_ACK_BUCKETS,
            namespace=ns,
            registry=registry,
        )
        self.outbox_deliveries = Counter(
            "outbox_deliveries",
            "Outbox delivery attempts, by outcome (delivered, retry, dead)",
            ["channel", "outcome"],
            namespace=ns,
            registry=registry,
        )
        self.dead_letters = Counter(
            "outbox_dead_letters", "Outbox messages given up on after their last attempt", ["channel"],
            namespace=ns, registry=registry,
        )
        self.provider_latency = Histogram(
            "provider_latency_seconds",
            "Provider latency: STT final transcript, LLM time to first token, TTS first byte",
            ["provider", "subtype"],
            buckets=_LATENCY_BUCKETS,
            namespace=ns,
            registry=registry,
        )
        self.provider_errors = Counter(
            "provider_errors", "Provider failures that fell back", ["provider", "subtype"], namespace=ns, registry=registry
        )
        self.retention_deletions = Counter(
            "retention_deletions",
            "Items crypto-shredded, by data class and rule outcome",
            ["tenant", "data_class", "outcome"],
            namespace=ns,
            registry=registry,
        )


METRICS = Metrics(REGISTRY)


def call_started(tenant: str, channel: str, metrics: Metrics = METRICS) -> None:
    """A call was answered on ``channel`` (voice, console, simulate, web)."""
    metrics.calls_in_progress.labels(**safe_labels(tenant=tenant, channel=channel)).inc()


def call_ended(tenant: str, channel: str, outcome: str, metrics: Metrics = METRICS) -> None:
    """A call finished with ``outcome`` (answered, message, transferred, ended, failed)."""
    labels = safe_labels(tenant=tenant, channel=channel)
    metrics.calls_in_progress.labels(**labels).dec()
    metrics.calls.labels(outcome=safe_label(outcome), **labels).inc()


def turn_recorded(tenant: str, channel: str, metrics: Metrics = METRICS) -> None:
    """One utterance was stored."""
    metrics.turns.labels(**safe_labels(tenant=tenant, channel=channel)).inc()


def escalation_raised(tenant: str, subtype: str, metrics: Metrics = METRICS) -> None:
    """A safeguarding escalation was written (while the caller is still on the line)."""
    metrics.escalations_raised.labels(**safe_labels(tenant=tenant, subtype=subtype)).inc()


def escalation_acknowledged(
    tenant: str, subtype: str, channel: str, seconds: float, metrics: Metrics = METRICS
) -> None:
    """A lead acknowledged an escalation ``seconds`` after it was raised, through ``channel``."""
    metrics.escalations_acknowledged.labels(**safe_labels(tenant=tenant, subtype=subtype, channel=channel)).inc()
    metrics.time_to_acknowledge.labels(**safe_labels(tenant=tenant, subtype=subtype)).observe(max(0.0, seconds))


def outbox_attempt(channel: str, outcome: str, metrics: Metrics = METRICS) -> None:
    """The dispatcher tried a message: ``outcome`` is delivered, retry or dead."""
    labels = safe_labels(channel=channel)
    metrics.outbox_deliveries.labels(outcome=safe_label(outcome), **labels).inc()
    if outcome == "dead":
        metrics.dead_letters.labels(**labels).inc()


def provider_latency(stage: ProviderStage, provider: str, seconds: float, metrics: Metrics = METRICS) -> None:
    """How long a provider took: ``stt_final``, ``llm_ttft`` or ``tts_ttfb``."""
    metrics.provider_latency.labels(**safe_labels(provider=provider, subtype=stage)).observe(max(0.0, seconds))


def provider_error(stage: ProviderStage, provider: str = "unknown", metrics: Metrics = METRICS) -> None:
    """A provider failed mid-call and the call fell back (``stage`` names the role that failed)."""
    metrics.provider_errors.labels(**safe_labels(provider=provider, subtype=stage)).inc()


def retention_deleted(
    tenant: str, data_class: str, count: int = 1, outcome: str = "shredded", metrics: Metrics = METRICS
) -> None:
    """The retention sweeper (or an erasure request) shredded ``count`` items of ``data_class``."""
    if count > 0:
        labels = safe_labels(tenant=tenant, data_class=data_class, outcome=outcome)
        metrics.retention_deletions.labels(**labels).inc(count)
