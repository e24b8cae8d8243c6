"""deploy/compose.yaml: the single-host stack parses, wires every role, and keeps secrets out.

The file is validated offline against the Compose Specification's JSON schema (bundled in
the ``check-jsonschema`` package). ``docker compose config`` runs too when the docker client
has the compose plugin; without it that one test is skipped, the rest still run.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
APP_SERVICES = ("migrate", "api", "worker", "dispatcher", "retention")
ENV_FOR_CONFIG = {
    "LIVEKIT_KEYS": "APIxxxx: yyyy",
    "LIVEKIT_API_KEY": "APIxxxx",
    "LIVEKIT_API_SECRET": "yyyy",
}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert isinstance(data, dict)
    return data


def _compose_schema() -> dict[str, Any]:
    from importlib.resources import files

    text = (files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json").read_text()
    schema = json.loads(text)
    assert isinstance(schema, dict)
    return schema


def test_compose_file_matches_the_compose_specification(compose: dict[str, Any]) -> None:
    schema = _compose_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(compose)]
    assert not errors, errors


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("services", "api", "stop_grace_periodz"), "1m"),
        (("services", "worker", "restart"), {"policy": "always"}),
        (("secrets", "session_secret", "filez"), "./x"),
    ],
)
def test_schema_check_catches_mistakes(compose: dict[str, Any], path: tuple[str, ...], value: object) -> None:
    broken = copy.deepcopy(compose)
    node = broken
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    schema = _compose_schema()
    assert list(jsonschema.validators.validator_for(schema)(schema).iter_errors(broken))


def _command(service: dict[str, Any]) -> str:
    parts = [*service.get("entrypoint", []), *service.get("command", [])]
    return " ".join(parts)


def test_every_part_of_the_stack_is_there(compose: dict[str, Any]) -> None:
    assert {"postgres", "redis", "livekit", "sip", *APP_SERVICES} <= set(compose["services"])


@pytest.mark.parametrize(
    ("service", "expected"),
    [
        ("migrate", "db upgrade"),
        ("api", "serve"),
        ("worker", "worker"),
        ("dispatcher", "dispatch"),
        ("retention", "retention run"),
    ],
)
def test_each_role_runs_its_command(compose: dict[str, Any], service: str, expected: str) -> None:
    assert expected in _command(compose["services"][service])


@pytest.mark.parametrize("service", APP_SERVICES)
def test_app_services_run_production_settings_from_secret_files(compose: dict[str, Any], service: str) -> None:
    svc = compose["services"][service]
    env = svc["environment"]
    assert env["RECEPTIONIST_ENVIRONMENT"] == "production"
    assert env["RECEPTIONIST_KEY_PROVIDER"] == "vault"
    for name in ("DATABASE_URL", "SESSION_SECRET", "VAULT_TOKEN"):
        assert f"RECEPTIONIST_{name}" not in env
        secret_path = env[f"RECEPTIONIST_{name}_FILE"]
        assert secret_path.startswith("/run/secrets/")
        assert Path(secret_path).name in svc["secrets"]
    assert svc["read_only"] is True and svc["cap_drop"] == ["ALL"]


def test_no_secret_value_is_written_in_the_file(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        for key, value in (svc.get("environment") or {}).items():
            if re.search(r"SECRET|PASSWORD|TOKEN|KEYS?$", key) and not key.endswith("_FILE"):
                # Only interpolation from the operator's environment is allowed.
                assert str(value).startswith("${"), f"{name}.{key} has an inline value"
    for secret in compose["secrets"].values():
        assert set(secret) == {"file"} and secret["file"].startswith("./secrets/")


def test_operator_secret_files_are_git_ignored() -> None:
    ignored = (DEPLOY / ".gitignore").read_text().splitlines()
    assert {"secrets/", "receptionist.env", ".env"} <= set(ignored)


def test_livekit_and_sip_use_files_from_deploy_livekit(compose: dict[str, Any]) -> None:
    if not list((DEPLOY / "livekit").glob("*.yaml")):
        pytest.skip("deploy/livekit/ has no configuration yet (owned by the voice part)")
    for service in ("livekit", "sip"):
        mounts = compose["services"][service]["volumes"]
        sources = [m.split(":")[0] for m in mounts]
        assert all(s.startswith("./livekit/") for s in sources)
        for source in sources:
            assert (DEPLOY / source).is_file(), f"{source} is missing from deploy/livekit/"


def test_worker_gets_time_to_drain_calls(compose: dict[str, Any]) -> None:
    worker = compose["services"]["worker"]
    assert worker["stop_grace_period"] == "10m"
    assert worker["init"] is True


def test_services_wait_for_migrations(compose: dict[str, Any]) -> None:
    for service in ("api", "worker", "dispatcher", "retention"):
        deps = compose["services"][service]["depends_on"]
        assert deps["migrate"] == {"condition": "service_completed_successfully"}
        assert deps["postgres"] == {"condition": "service_healthy"}


def _compose_cli() -> list[str] | None:
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def test_docker_compose_config_accepts_the_file() -> None:
    cli = _compose_cli()
    if cli is None:
        pytest.skip("no docker compose client on this machine")
    env = {**os.environ, **ENV_FOR_CONFIG}
    result = subprocess.run(
        [*cli, "-f", str(DEPLOY / "compose.yaml"), "config", "--quiet"],
        capture_output=True, text=True, env=env, check=False, timeout=60,
    )
    assert result.returncode == 0, result.stderr
