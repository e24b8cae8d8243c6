"""Kubernetes manifests: schema-valid offline, and the fields that matter for operations.

Schemas come from the ``kubernetes-validate`` package (bundled JSON schemas, strict mode:
unknown fields fail), so this runs without a cluster or network. The structural checks
below pin the decisions the schema cannot: probes, drain time, autoscaling targets,
schedule, non-root.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"


def load_k8s() -> list[tuple[str, dict[str, Any]]]:
    """Every Kubernetes document in deploy/k8s as (file name, document)."""
    docs: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(K8S.glob("*.yaml")):
        docs.extend((path.name, doc) for doc in yaml.safe_load_all(path.read_text()) if doc)
    return docs


def by_kind_name(docs: list[tuple[str, dict[str, Any]]], kind: str, name: str) -> dict[str, Any]:
    """The one document of ``kind`` called ``name``."""
    found = [d for _, d in docs if d.get("kind") == kind and d["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind}/{name}, found {len(found)}"
    return found[0]


@pytest.fixture(scope="module")
def k8s_docs() -> list[tuple[str, dict[str, Any]]]:
    return load_k8s()


K8S_VERSIONS = ["1.29.0", "1.33.0"]
DOCS = load_k8s()
RESOURCE_DOCS = [(f, d) for f, d in DOCS if d["kind"] != "Kustomization"]


@pytest.mark.parametrize("version", K8S_VERSIONS)
@pytest.mark.parametrize(("filename", "doc"), RESOURCE_DOCS, ids=[f"{f}:{d['kind']}/{d['metadata']['name']}" for f, d in RESOURCE_DOCS])
def test_manifest_is_schema_valid(filename: str, doc: dict[str, Any], version: str) -> None:
    kubernetes_validate.validate(doc, version, strict=True)


@pytest.mark.parametrize(
    ("mutate", "what"),
    [
        (lambda d: d["spec"]["template"]["spec"]["containers"][0].update(livenessProbes={}), "unknown field"),
        (lambda d: d["spec"].update(replicas="two"), "wrong type"),
        (lambda d: d["spec"]["template"]["spec"].pop("containers"), "missing required"),
    ],
)
def test_validator_rejects_broken_manifest(k8s_docs: list[tuple[str, dict[str, Any]]], mutate: Any, what: str) -> None:
    broken = copy.deepcopy(by_kind_name(k8s_docs, "Deployment", "receptionist-api"))
    mutate(broken)
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, K8S_VERSIONS[-1], strict=True)


def test_kustomization_lists_every_manifest(k8s_docs: list[tuple[str, dict[str, Any]]]) -> None:
    (kustomization,) = [d for _, d in k8s_docs if d["kind"] == "Kustomization"]
    files = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(kustomization["resources"]) == files


def _pod_specs(docs: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    specs = []
    for _, d in docs:
        if d["kind"] in ("Deployment", "Job"):
            specs.append((d["metadata"]["name"], d["spec"]["template"]["spec"]))
        elif d["kind"] == "CronJob":
            specs.append((d["metadata"]["name"], d["spec"]["jobTemplate"]["spec"]["template"]["spec"]))
    return specs


POD_SPECS = _pod_specs(DOCS)


@pytest.mark.parametrize(("name", "spec"), POD_SPECS, ids=[n for n, _ in POD_SPECS])
def test_pods_run_non_root_without_privileges(name: str, spec: dict[str, Any]) -> None:
    pod = spec["securityContext"]
    assert pod["runAsNonRoot"] is True and pod["runAsUser"] != 0
    assert pod["seccompProfile"]["type"] == "RuntimeDefault"
    assert spec["automountServiceAccountToken"] is False
    for container in spec["containers"]:
        sc = container["securityContext"]
        assert sc["allowPrivilegeEscalation"] is False
        assert sc["readOnlyRootFilesystem"] is True
        assert sc["capabilities"]["drop"] == ["ALL"]
        assert "memory" in container["resources"]["limits"]


@pytest.mark.parametrize(("name", "spec"), POD_SPECS, ids=[n for n, _ in POD_SPECS])
def test_secrets_only_by_reference(name: str, spec: dict[str, Any]) -> None:
    for container in spec["containers"]:
        refs = {next(iter(r)) : next(iter(r.values()))["name"] for r in container["envFrom"]}
        assert refs == {"configMapRef": "receptionist-config", "secretRef": "receptionist-secrets"}
        for env in container.get("env", []):
            assert "SECRET" not in env["name"] and "TOKEN" not in env["name"] and "KEY" not in env["name"]


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("receptionist-api", ["serve"]),
        ("receptionist-worker", ["worker"]),
        ("receptionist-dispatcher", ["dispatch"]),
        ("receptionist-migrate", ["db", "upgrade"]),
        ("receptionist-retention", ["retention", "run"]),
    ],
)
def test_each_role_runs_its_command(name: str, args: list[str]) -> None:
    specs = dict(POD_SPECS)
    assert specs[name]["containers"][0]["args"] == args


@pytest.mark.parametrize(
    ("name", "liveness", "readiness"),
    [
        ("receptionist-api", "/healthz", "/readyz"),
        ("receptionist-worker", "/", "/"),
        ("receptionist-dispatcher", "/metrics", "/metrics"),
    ],
)
def test_long_running_roles_have_probes(name: str, liveness: str, readiness: str) -> None:
    container = dict(POD_SPECS)[name]["containers"][0]
    assert container["livenessProbe"]["httpGet"]["path"] == liveness
    assert container["readinessProbe"]["httpGet"]["path"] == readiness
    ports = {p["name"] for p in container["ports"]}
    assert container["livenessProbe"]["httpGet"]["port"] in ports


def test_worker_drains_calls_before_being_killed(k8s_docs: list[tuple[str, dict[str, Any]]]) -> None:
    worker = by_kind_name(k8s_docs, "Deployment", "receptionist-worker")
    spec = worker["spec"]["template"]["spec"]
    # LiveKit Agents drains for up to an hour by default; the pod must be allowed that long.
    assert spec["terminationGracePeriodSeconds"] >= 3600
    assert worker["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    # LiveKit's sizing: 4 cores per worker.
    assert spec["containers"][0]["resources"]["requests"]["cpu"] == "4"


def test_worker_autoscaler_follows_livekit_guidance(k8s_docs: list[tuple[str, dict[str, Any]]]) -> None:
    hpa = by_kind_name(k8s_docs, "HorizontalPodAutoscaler", "receptionist-worker")
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "receptionist-worker"}
    (metric,) = hpa["spec"]["metrics"]
    assert metric["resource"]["name"] == "cpu"
    # Workers refuse new calls at load 0.7; scale out at 0.5 so there is room before that.
    assert metric["resource"]["target"] == {"type": "Utilization", "averageUtilization": 50}
    assert hpa["spec"]["minReplicas"] >= 2
    assert hpa["spec"]["behavior"]["scaleDown"]["policies"] == [{"type": "Pods", "value": 1, "periodSeconds": 300}]


def test_retention_cronjob(k8s_docs: list[tuple[str, dict[str, Any]]]) -> None:
    cron = by_kind_name(k8s_docs, "CronJob", "receptionist-retention")
    fields = cron["spec"]["schedule"].split()
    assert len(fields) == 5 and fields[1:] == ["*", "*", "*", "*"] and 0 <= int(fields[0]) <= 59
    assert cron["spec"]["concurrencyPolicy"] == "Forbid"
    assert cron["spec"]["timeZone"] == "Europe/London"


def test_migration_job_runs_once(k8s_docs: list[tuple[str, dict[str, Any]]]) -> None:
    job = by_kind_name(k8s_docs, "Job", "receptionist-migrate")
    assert job["spec"]["template"]["spec"]["restartPolicy"] == "Never"
    assert job["spec"]["backoffLimit"] <= 3


def test_configmap_is_production_with_residency(k8s_docs: list[tuple[str, dict[str, Any]]]) -> None:
    data = by_kind_name(k8s_docs, "ConfigMap", "receptionist-config")["data"]
    assert data["RECEPTIONIST_ENVIRONMENT"] == "production"
    assert data["RECEPTIONIST_KEY_PROVIDER"] == "vault"
    assert ".eu." in data["RECEPTIONIST_DEEPGRAM_BASE_URL"]
    assert data["RECEPTIONIST_TWILIO_REGION"] == "ie1"
    for key in data:
        assert not any(word in key for word in ("SECRET", "PASSWORD", "TOKEN", "API_KEY")), key
