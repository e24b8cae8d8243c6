"""deploy/Dockerfile and its entry point, checked without a Docker engine."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
DOCKERFILE = (DEPLOY / "Dockerfile").read_text()


def _instructions() -> list[tuple[str, str]]:
    joined = re.sub(r"\\\n", " ", DOCKERFILE)
    out = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


INSTRUCTIONS = _instructions()


def test_multi_stage_with_pinned_base() -> None:
    base = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", DOCKERFILE, re.M)
    assert base is not None
    # A full patch version (or a digest), never a floating tag.
    assert re.fullmatch(r"python:3\.11\.\d+-slim-bookworm(@sha256:[0-9a-f]{64})?", base.group(1))
    froms = [rest for word, rest in INSTRUCTIONS if word == "FROM"]
    assert len(froms) >= 2 and all(f.startswith("${PYTHON_IMAGE}") for f in froms)


def test_runs_as_non_root() -> None:
    users = [rest for word, rest in INSTRUCTIONS if word == "USER"]
    assert users and users[-1].split(":")[0] not in ("0", "root")


def test_entry_point_is_the_cli_through_tini() -> None:
    (entry,) = [rest for word, rest in INSTRUCTIONS if word == "ENTRYPOINT"]
    assert entry == '["tini", "--", "docker-entrypoint.sh"]'
    assert "exec receptionist \"$@\"" in (DEPLOY / "docker-entrypoint.sh").read_text()


def test_no_secret_is_baked_in() -> None:
    for word, rest in INSTRUCTIONS:
        if word in ("ENV", "ARG"):
            assert not re.search(r"SECRET|PASSWORD|TOKEN|API_KEY", rest), rest


def test_build_context_is_restricted() -> None:
    ignore = (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines()
    assert ignore[1:2] == ["*"] or "*" in ignore
    for word, rest in INSTRUCTIONS:
        if word == "COPY" and "--from" not in rest:
            source = rest.split()[-2] if not rest.startswith("--chmod") else rest.split()[1]
            assert f"!{source}" in ignore or f"!{source}/**" in ignore or source in ("pyproject.toml",), source


@pytest.fixture
def fake_cli(tmp_path: Path) -> Path:
    """A stand-in ``receptionist`` that prints its arguments and the variables it was given."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "receptionist"
    fake.write_text('#!/bin/sh\necho "args=$*"\nenv | grep "^RECEPTIONIST_" | sort\n')
    fake.chmod(0o755)
    return bin_dir


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
@pytest.mark.parametrize(
    ("files", "plain", "args", "expected", "absent"),
    [
        ({"SESSION_SECRET": "s" * 40}, {}, ["serve"], ["args=serve", "RECEPTIONIST_SESSION_SECRET=" + "s" * 40],
         ["RECEPTIONIST_SESSION_SECRET_FILE"]),
        ({"DATABASE_URL": "postgresql+psycopg://u:p@db/r", "VAULT_TOKEN": "hvs.x"}, {"RECEPTIONIST_PORT": "8000"},
         ["retention", "run"], ["args=retention run", "RECEPTIONIST_DATABASE_URL=postgresql+psycopg://u:p@db/r",
                                "RECEPTIONIST_VAULT_TOKEN=hvs.x", "RECEPTIONIST_PORT=8000"], []),
        ({}, {}, ["worker"], ["args=worker"], []),
    ],
)
def test_entrypoint_turns_secret_files_into_settings(
    tmp_path: Path, fake_cli: Path, files: dict[str, str], plain: dict[str, str], args: list[str],
    expected: list[str], absent: list[str],
) -> None:
    env = {"PATH": f"{fake_cli}:/usr/bin:/bin", **plain}
    for name, value in files.items():
        path = tmp_path / name.lower()
        path.write_text(value)
        env[f"RECEPTIONIST_{name}_FILE"] = str(path)
    result = subprocess.run(["sh", str(DEPLOY / "docker-entrypoint.sh"), *args], env=env,
                            capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    for line in expected:
        assert line in lines
    for name in absent:
        assert not any(line.startswith(name + "=") for line in lines)


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_entrypoint_starts_the_metrics_directory_empty(tmp_path: Path, fake_cli: Path) -> None:
    shared = tmp_path / "prometheus"
    shared.mkdir()
    (shared / "counter_4242.db").write_bytes(b"stale")
    env = {"PATH": f"{fake_cli}:/usr/bin:/bin", "PROMETHEUS_MULTIPROC_DIR": str(shared)}
    subprocess.run(["sh", str(DEPLOY / "docker-entrypoint.sh"), "worker"], env=env, check=True,
                   capture_output=True)
    assert shared.is_dir() and not list(shared.iterdir())


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_entrypoint_refuses_a_missing_secret_file_without_printing_it(tmp_path: Path, fake_cli: Path) -> None:
    env = {"PATH": f"{fake_cli}:/usr/bin:/bin", "RECEPTIONIST_SESSION_SECRET_FILE": str(tmp_path / "nope")}
    result = subprocess.run(["sh", str(DEPLOY / "docker-entrypoint.sh"), "serve"], env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 64
    assert "RECEPTIONIST_SESSION_SECRET_FILE" in result.stderr
    assert "args=" not in result.stdout
    assert os.environ.get("RECEPTIONIST_SESSION_SECRET") is None
