"""Tenant configuration: the demo tenants load, and bad input names the field and problem."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from receptionist.core.config import (
    DEMO_TENANTS,
    TenantConfigError,
    demo_config_text,
    load_tenant_config,
    parse_tenant_config,
)
from receptionist.core.hours import describe_week, open_state


def _demo(name: str = "school") -> dict[str, Any]:
    data = yaml.safe_load(demo_config_text(name))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("name", DEMO_TENANTS)
def test_demo_tenants_load_and_are_distinct(name: str) -> None:
    cfg = load_tenant_config(name)
    assert cfg.slug == name
    assert cfg.faqs and cfg.departments and cfg.safeguarding.leads
    for contact in [*cfg.safeguarding.leads, *cfg.safeguarding.deputies]:
        # Ofcom drama ranges only: never a real person's number in demo data.
        assert contact.phone.startswith(("+447700900", "+441632960", "+442079460"))


def test_demo_tenants_have_their_sector_specifics() -> None:
    school = load_tenant_config("school")
    assert school.safeguarding.deputies and "Designated Safeguarding Lead" in school.safeguarding.leads[0].name
    assert any("clearing" in f.question.lower() for f in load_tenant_config("university").faqs)
    council_keys = {d.key for d in load_tenant_config("council").departments}
    assert {"housing", "council_tax"} <= council_keys
    assert load_tenant_config("business").business_hours.weekly["sun"]


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    node: Any = data
    *parents, last = path.split(".")
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is _DELETE:
        del node[last]
    elif last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value


_DELETE = object()

BAD_CASES: list[tuple[str, Any, str, str]] = [
    ("slug", "Oak Field", "slug", "pattern"),
    ("sector", "hospital", "sector", "school"),
    ("recording.mode", "maybe", "recording.mode", "notice"),
    ("recording.notice", _DELETE, "recording.notice", "Field required"),
    ("departments.0.transfer_number", "01632 960101", "departments.0.transfer_number", "E.164"),
    ("departments.0.hours", {"mon": ["17:00-09:00"]}, "departments.0.hours", "ends before it starts"),
    ("business_hours.weekly.fri", ["8.30 till 4"], "business_hours.weekly", "08:30-16:30"),
    ("business_hours.weekly.funday", [], "business_hours.weekly", "unknown day"),
    ("business_hours.closures", [{"start": "2026-12-24", "end": "2026-12-01"}], "business_hours.closures.0", "end is before start"),
    ("safeguarding.include_disclosure_in", ["sms"], "safeguarding.include_disclosure_in", "never sent by sms"),
    ("safeguarding.leads", [], "safeguarding.leads", "at least 1"),
    ("safeguarding.leads.0.email", "not-an-email", "safeguarding.leads.0.email", "pattern"),
    ("retention.recording", 0, "retention.recording", "greater than or equal"),
    ("integrations.0.settings", {"api_key": "sk-123"}, "integrations.0.settings", "looks like a secret"),
    ("minimisation.crm_fields", ["name", "health"], "minimisation.crm_fields", "unknown field"),
    ("languages", ["cy"], "(top level)", "must include en"),
    ("greting", "typo", "greting", "Extra inputs"),
]


@pytest.mark.parametrize(("path", "value", "where", "problem"), BAD_CASES)
def test_bad_config_names_field_and_problem(path: str, value: Any, where: str, problem: str) -> None:
    data = copy.deepcopy(_demo("school"))
    _set(data, path, value)
    with pytest.raises(TenantConfigError) as info:
        parse_tenant_config(data, "test.yaml")
    text = str(info.value)
    matching = [line for line in info.value.problems if line.startswith(where)]
    assert matching, text
    assert any(problem in line for line in matching), text


def test_error_never_echoes_the_bad_value() -> None:
    data = _demo("school")
    data["safeguarding"]["leads"][0]["phone"] = "07700 900 999 call Jane"
    with pytest.raises(TenantConfigError) as info:
        parse_tenant_config(data)
    assert "Jane" not in str(info.value) and "900 999" not in str(info.value)


def test_load_reports_missing_file_and_bad_yaml(tmp_path: Path) -> None:
    with pytest.raises(TenantConfigError, match="not a demo tenant"):
        load_tenant_config(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("slug: [unclosed\n", encoding="utf-8")
    with pytest.raises(TenantConfigError, match="not valid YAML"):
        load_tenant_config(bad)


@pytest.mark.parametrize(
    ("when", "is_open"),
    [
        (datetime(2026, 11, 23, 9, 0, tzinfo=UTC), True),  # Monday 09:00 GMT
        (datetime(2026, 11, 23, 8, 0, tzinfo=UTC), False),  # before opening
        (datetime(2026, 11, 22, 12, 0, tzinfo=UTC), False),  # Sunday
        (datetime(2026, 12, 22, 10, 0, tzinfo=UTC), False),  # Christmas closure
        (datetime(2026, 7, 1, 7, 30, tzinfo=UTC), True),  # 08:30 BST
        (datetime(2026, 7, 1, 15, 45, tzinfo=UTC), False),  # 16:45 BST
    ],
)
def test_school_open_state_in_london_time(when: datetime, is_open: bool) -> None:
    hours = load_tenant_config("school").business_hours
    state = open_state(hours.weekly, hours.closures, when)
    assert state.open is is_open
    if not is_open:
        assert state.next_open


def test_describe_week_groups_days() -> None:
    text = describe_week({"mon": ["09:00-17:00"], "tue": ["09:00-17:00"], "sat": ["10:00-12:00"]})
    assert text == "Monday to Tuesday 09:00 to 17:00; Saturday 10:00 to 12:00"
