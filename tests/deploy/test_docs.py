"""docs/deploy.md and the deployment files name only settings the app has, and the checklist
says what the app really enforces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from receptionist.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
FILES = [
    ROOT / "docs" / "deploy.md",
    ROOT / "deploy" / "compose.yaml",
    ROOT / "deploy" / "Dockerfile",
    ROOT / "deploy" / "k8s" / "configmap.yaml",
]
FIELDS = {name.upper() for name in Settings.model_fields}
GOOD = {
    "environment": "production",
    "session_secret": "x" * 40,
    "key_provider": "vault",
    "database_url": "postgresql+psycopg://u@db/r",
}


def _names(path: Path) -> set[str]:
    found = set(re.findall(r"RECEPTIONIST_([A-Z0-9_]+)", path.read_text()))
    # RECEPTIONIST_X_FILE is the entry point's file form of RECEPTIONIST_X.
    return {n.removesuffix("_FILE") for n in found if not n.startswith("TEST_")}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_setting_named_exists(path: Path) -> None:
    unknown = _names(path) - FIELDS
    assert not unknown, f"{path.name} names settings the app does not have: {sorted(unknown)}"


@pytest.mark.parametrize(
    ("override", "named"),
    [
        ({"session_secret": "change-me"}, "RECEPTIONIST_SESSION_SECRET"),
        ({"session_secret": "short"}, "RECEPTIONIST_SESSION_SECRET"),
        ({"key_provider": "local"}, "RECEPTIONIST_KEY_PROVIDER"),
        ({"database_url": "sqlite:///x.db"}, "RECEPTIONIST_DATABASE_URL"),
        ({"database_url": None}, "RECEPTIONIST_DATABASE_URL"),
    ],
)
def test_checklist_rules_marked_enforced_are_enforced(override: dict[str, object], named: str) -> None:
    with pytest.raises(ValidationError, match=named):
        Settings(**{**GOOD, **override}, _env_file=None)  # type: ignore[arg-type]
    enforced_rows = [line for line in (ROOT / "docs" / "deploy.md").read_text().splitlines()
                     if line.startswith("|") and "yes: refuses to start" in line]
    assert any(named in row for row in enforced_rows)


def test_good_production_settings_are_accepted() -> None:
    assert Settings(**GOOD, _env_file=None).environment == "production"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "topic",
    ["api.eu.deepgram.com", "eu.api.openai.com", "ie1", "region pinning", "Shredded stays shredded",
     "Sub-processor list", "mip_opt_out", "store=false"],
)
def test_deploy_doc_covers(topic: str) -> None:
    assert topic in (ROOT / "docs" / "deploy.md").read_text()


def test_scale_doc_exists_with_the_1000_call_sizing() -> None:
    text = (ROOT / "docs" / "scale.md").read_text()
    assert "1,000 concurrent calls" in text
