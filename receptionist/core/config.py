"""Tenant configuration: one client organisation's settings, validated once.

A tenant is described by a YAML file (see ``receptionist/tenants/*.yaml`` for the five
demo tenants). The field names here are the contract every other part of the product
reads. Validation is strict (unknown keys are refused, so a typo never silently loses a
setting) and :class:`TenantConfigError` names each bad field and the problem without
echoing the value, because values may be phone numbers or e-mail addresses.
"""

from __future__ import annotations

import re
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from receptionist.core.hours import DAYS, parse_window

E164 = re.compile(r"^\+[1-9]\d{7,14}$")
ENV_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
SECRET_WORDS = ("secret", "token", "password", "api_key", "apikey", "private_key")
DEMO_TENANTS: tuple[str, ...] = ("school", "college", "university", "council", "business")
CRM_FIELDS: tuple[str, ...] = (
    "call_reference",
    "name",
    "callback_number",
    "reason",
    "reason_category",
    "summary",
    "department",
    "outcome",
    "started_at",
)


Channel = Literal["sms", "email", "webhook"]
Language = Literal["en", "cy"]


def _default_channels() -> list[Channel]:
    return ["sms", "email"]


def _default_languages() -> list[Language]:
    return ["en"]


class TenantConfigError(ValueError):
    """A tenant configuration that cannot be used; ``problems`` lists ``field: problem`` lines."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"invalid tenant config {source}:\n  " + "\n  ".join(problems))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _check_e164(value: str) -> str:
    if not E164.match(value):
        raise ValueError("must be an E.164 phone number such as +441632960000")
    return value


class Recording(_Model):
    """What the caller is told about recording, and whether consent is assumed or asked."""

    notice: str = Field(min_length=1)
    mode: Literal["notice", "ask"] = "notice"


class Intake(_Model):
    """The questions asked to capture who is calling and why."""

    name: str = "Can I take your name, please?"
    callback_number: str = "What is the best number to call you back on?"
    reason: str = "And what is the call about?"


class Faq(_Model):
    """One question the receptionist may answer, word for word, from the tenant's own text."""

    question: str = Field(min_length=1)
    answer: str = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)


def _check_week(value: dict[str, list[str]]) -> dict[str, list[str]]:
    unknown = sorted(set(value) - set(DAYS))
    if unknown:
        raise ValueError(f"unknown day(s) {unknown}; use {list(DAYS)}")
    for day, windows in value.items():
        for window in windows:
            parse_window(window, where=day)
    return {day: list(value.get(day, [])) for day in DAYS}


class Department(_Model):
    """A team callers can be put through to; ``hours`` falls back to the tenant's business hours."""

    key: str = Field(pattern=r"^[a-z0-9_-]+$")
    name: str = Field(min_length=1)
    description: str = ""
    transfer_number: str
    hours: dict[str, list[str]] | None = None
    keywords: list[str] = Field(default_factory=list)

    _e164 = field_validator("transfer_number")(_check_e164)

    @field_validator("hours")
    @classmethod
    def _hours(cls, value: dict[str, list[str]] | None) -> dict[str, list[str]] | None:
        return None if value is None else _check_week(value)


class Closure(_Model):
    """A holiday closure, inclusive of both dates."""

    start: date
    end: date
    name: str = "Closure"

    @model_validator(mode="after")
    def _ordered(self) -> Closure:
        if self.end < self.start:
            raise ValueError("end is before start")
        return self


class BusinessHours(_Model):
    """Opening hours in local time, closures, and what happens when closed."""

    timezone: Literal["Europe/London"] = "Europe/London"
    weekly: dict[str, list[str]]
    closures: list[Closure] = Field(default_factory=list)
    after_hours: Literal["take_message"] = "take_message"

    _week = field_validator("weekly")(_check_week)


class Contact(_Model):
    """A safeguarding lead or deputy."""

    name: str = Field(min_length=1)
    phone: str
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

    _e164 = field_validator("phone")(_check_e164)


class Safeguarding(_Model):
    """Who is told about a disclosure, how, and how fast they must acknowledge it."""

    leads: list[Contact] = Field(min_length=1)
    deputies: list[Contact] = Field(default_factory=list)
    channels: list[Channel] = Field(default_factory=_default_channels)
    webhook_url: str | None = None
    include_disclosure_in: list[str] = Field(default_factory=list)
    ack_window_minutes: int = Field(default=5, ge=1, le=1440)
    immediate_danger_ack_window_minutes: int = Field(default=1, ge=1, le=60)

    @field_validator("include_disclosure_in")
    @classmethod
    def _never_sms(cls, value: list[str]) -> list[str]:
        # SMS leaves our control (lock screens, carriers), so the caller's words never go by SMS.
        if "sms" in value:
            raise ValueError("disclosures are never sent by sms; allowed: email, webhook")
        bad = sorted(set(value) - {"email", "webhook"})
        if bad:
            raise ValueError(f"unknown channel(s) {bad}; allowed: email, webhook")
        return value

    @model_validator(mode="after")
    def _webhook_needs_url(self) -> Safeguarding:
        if "webhook" in self.channels and not self.webhook_url:
            raise ValueError("webhook_url is required when channels include webhook")
        return self


class Retention(_Model):
    """Days each data class is kept before it is shredded (unless a hold applies)."""

    recording: int = Field(default=90, ge=1, le=3650)
    transcript: int = Field(default=365, ge=1, le=3650)
    call_metadata: int = Field(default=365, ge=1, le=3650)
    summary: int = Field(default=730, ge=1, le=3650)
    escalation: int = Field(default=2555, ge=1, le=9125)
    audit: int = Field(default=2555, ge=1, le=9125)


class Integration(_Model):
    """An outbound integration; secrets are named by environment variable, never written inline."""

    name: str = Field(pattern=r"^[a-z0-9_-]+$")
    type: Literal["webhook", "hubspot", "salesforce", "sis_rest", "sis_csv"]
    settings: dict[str, Any] = Field(default_factory=dict)
    field_map: dict[str, str] = Field(default_factory=dict)

    @field_validator("settings")
    @classmethod
    def _no_inline_secrets(cls, value: dict[str, Any]) -> dict[str, Any]:
        for key, item in value.items():
            secretish = any(word in key.lower() for word in SECRET_WORDS)
            if secretish and not key.endswith("_env"):
                raise ValueError(f"{key!r} looks like a secret: name its environment variable as {key}_env")
            if key.endswith("_env") and not (isinstance(item, str) and ENV_NAME.match(item)):
                raise ValueError(f"{key!r} must be an environment variable name such as CRM_TOKEN")
        return value


class Minimisation(_Model):
    """Which fields may leave the building for the CRM. Special-category data never may."""

    crm_fields: list[str] = Field(default_factory=lambda: ["name", "callback_number", "reason", "outcome"])

    @field_validator("crm_fields")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        bad = sorted(set(value) - set(CRM_FIELDS))
        if bad:
            raise ValueError(f"unknown field(s) {bad}; allowed: {list(CRM_FIELDS)}")
        return value


class TenantConfig(_Model):
    """Everything the call flow needs to answer the phone for one organisation."""

    slug: str = Field(pattern=r"^[a-z0-9-]+$", max_length=64)
    name: str = Field(min_length=1, max_length=200)
    sector: Literal["school", "college", "university", "council", "gp", "business"]
    languages: list[Language] = Field(default_factory=_default_languages)
    greeting: str = Field(min_length=1)
    greeting_cy: str | None = None
    recording: Recording
    intake: Intake = Field(default_factory=Intake)
    faqs: list[Faq] = Field(default_factory=list)
    departments: list[Department] = Field(default_factory=list)
    business_hours: BusinessHours
    safeguarding: Safeguarding
    retention: Retention = Field(default_factory=Retention)
    integrations: list[Integration] = Field(default_factory=list)
    minimisation: Minimisation = Field(default_factory=Minimisation)

    @model_validator(mode="after")
    def _consistent(self) -> TenantConfig:
        if "en" not in self.languages:
            raise ValueError("languages must include en")
        keys = [d.key for d in self.departments]
        if len(keys) != len(set(keys)):
            raise ValueError("departments: keys must be unique")
        return self

    def department(self, key: str) -> Department | None:
        """The department with this key, if any."""
        return next((d for d in self.departments if d.key == key), None)


def _format(error: ValidationError) -> list[str]:
    # Never include the input value: it may be a phone number or a name.
    lines = []
    for item in error.errors(include_url=False, include_input=False):
        where = ".".join(str(p) for p in item["loc"]) or "(top level)"
        msg = str(item["msg"]).removeprefix("Value error, ")
        lines.append(f"{where}: {msg}")
    return lines


def parse_tenant_config(data: object, source: str = "<data>") -> TenantConfig:
    """Validate already-parsed YAML/JSON data, raising :class:`TenantConfigError` on any problem."""
    if not isinstance(data, dict):
        raise TenantConfigError(source, ["(top level): must be a mapping of settings"])
    try:
        return TenantConfig.model_validate(data)
    except ValidationError as exc:
        raise TenantConfigError(source, _format(exc)) from None


def demo_config_text(name: str) -> str:
    """The YAML text of a demo tenant shipped as package data."""
    return resources.files("receptionist.tenants").joinpath(f"{name}.yaml").read_text(encoding="utf-8")


def load_tenant_config(path_or_demo_name: str | Path) -> TenantConfig:
    """Load a tenant from a YAML file, or a demo tenant by name (``school``, ``council``, ...)."""
    ref = str(path_or_demo_name)
    if ref in DEMO_TENANTS and not Path(ref).exists():
        text, source = demo_config_text(ref), f"demo:{ref}"
    else:
        path = Path(ref)
        if not path.is_file():
            raise TenantConfigError(ref, [f"(file): not a demo tenant ({', '.join(DEMO_TENANTS)}) or a readable file"])
        text, source = path.read_text(encoding="utf-8"), path.name
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(file)"
        raise TenantConfigError(source, [f"{where}: not valid YAML"]) from None
    return parse_tenant_config(data, source)
