"""The composition root: offline defaults with no keys, real senders with keys, connectors from config."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from integrations.factory import (
    ConnectorCache,
    IntegrationConfigError,
    build_connector,
    build_routes,
    build_senders,
)
from integrations.hubspot import HubSpotConnector
from integrations.salesforce import SalesforceConnector
from integrations.sis import SisCsvConnector, SisRestConnector
from integrations.smtp_email import FakeEmailSender, SmtpEmailSender
from integrations.twilio_sms import FakeSmsSender, TwilioSmsSender
from integrations.webhook import WebhookConnector, WebhookSender
from receptionist.core.config import Integration, TenantConfig, load_tenant_config
from receptionist.outbox.errors import TransientDeliveryError, UnknownRouteError
from receptionist.outbox.routing import IntegrationRouter
from receptionist.settings import Settings

from .conftest import delivery, mock_client

ENV = {"CRM_SECRET": "s", "HS_TOKEN": "t", "SF_SECRET": "x", "SIS_TOKEN": "y", "HS_CS": "c", "HS_RT": "r"}


def _client() -> httpx.AsyncClient:
    return mock_client(lambda r: httpx.Response(200))


def test_no_keys_means_offline_senders() -> None:
    sms, email, poster = build_senders(Settings(_env_file=None), _client())  # type: ignore[call-arg]
    assert isinstance(sms, FakeSmsSender) and isinstance(email, FakeEmailSender) and poster is None


def test_keys_mean_real_senders() -> None:
    settings = Settings(_env_file=None, twilio_account_sid="AC1", twilio_auth_token=SecretStr("t"),  # type: ignore[call-arg]
                        twilio_from_number="+447700900000", smtp_host="smtp.example.org",
                        webhook_signing_secret=SecretStr("w"))
    sms, email, poster = build_senders(settings, _client())
    assert isinstance(sms, TwilioSmsSender) and isinstance(email, SmtpEmailSender) and isinstance(poster, WebhookSender)


@pytest.mark.parametrize(
    ("type_", "settings", "cls"),
    [
        ("webhook", {"url": "https://crm.example.org/h", "secret_env": "CRM_SECRET"}, WebhookConnector),
        ("hubspot", {"access_token_env": "HS_TOKEN"}, HubSpotConnector),
        ("hubspot", {"client_id": "cid", "client_secret_env": "HS_CS", "refresh_token_env": "HS_RT"}, HubSpotConnector),
        ("salesforce", {"domain_url": "https://acme.my.salesforce.com", "client_id": "c", "client_secret_env": "SF_SECRET"}, SalesforceConnector),
        ("sis_rest", {"url": "https://sis.example.ac.uk/enq", "token_env": "SIS_TOKEN"}, SisRestConnector),
        ("sis_csv", {"directory": "/tmp/drop"}, SisCsvConnector),
    ],
)
def test_each_type_builds(type_: str, settings: dict[str, Any], cls: type) -> None:
    integration = Integration(name="crm", type=type_, settings=settings)  # type: ignore[arg-type]
    assert isinstance(build_connector(integration, _client(), ENV), cls)


@pytest.mark.parametrize(
    ("type_", "settings", "problem"),
    [
        ("webhook", {"url": "https://x.example.org", "secret_env": "UNSET_VAR"}, "environment variable for secret_env"),
        ("salesforce", {"client_id": "c", "client_secret_env": "SF_SECRET"}, "setting instance_url"),
        ("hubspot", {"client_id_env": "UNSET_ID", "client_secret_env": "HS_CS", "refresh_token_env": "HS_RT"}, "client_id_env"),
        ("sis_csv", {}, "setting directory"),
    ],
)
def test_missing_config_is_retryable_and_names_the_setting(type_: str, settings: dict[str, Any], problem: str) -> None:
    integration = Integration(name="crm", type=type_, settings=settings)  # type: ignore[arg-type]
    with pytest.raises(IntegrationConfigError, match=problem) as info:
        build_connector(integration, _client(), ENV)
    assert info.value.retryable


@pytest.mark.parametrize("demo", ["school", "college", "university", "council", "business"])
def test_demo_tenant_integrations_build_from_their_env_names(demo: str, tmp_path: Path) -> None:
    cfg = load_tenant_config(demo)
    env = {str(v): "value" for i in cfg.integrations for k, v in i.settings.items() if k.endswith("_env")}
    for integration in cfg.integrations:
        connector = build_connector(integration, _client(), env, base_dir=tmp_path)
        assert connector is not None
        with pytest.raises(IntegrationConfigError) if any(k.endswith("_env") for k in integration.settings) else nullcontext():
            build_connector(integration, _client(), {}, base_dir=tmp_path)


def _config_with(tmp_path: Path) -> TenantConfig:
    cfg = load_tenant_config("college")
    return cfg.model_copy(update={"integrations": [
        Integration(name="sis", type="sis_csv", settings={"directory": str(tmp_path)})]})


async def test_router_resolves_by_tenant_and_name(tmp_path: Path) -> None:
    cfg = _config_with(tmp_path)
    cache = ConnectorCache(lambda tenant_id: cfg if tenant_id == "t1" else None, _client(), ENV)
    router = IntegrationRouter(cache)
    await router.deliver(delivery(kind="sis", target="sis"))
    assert len(list(tmp_path.iterdir())) == 1
    assert cache("t1", "sis") is cache("t1", "sis")  # built once
    with pytest.raises(UnknownRouteError, match="no integration named"):
        await router.deliver(delivery(kind="sis", target="nope"))
    assert cache("other-tenant", "sis") is None


async def test_routes_cover_every_kind_and_webhook_needs_a_secret() -> None:
    routes = build_routes(Settings(_env_file=None), store=None, client=_client(),  # type: ignore[call-arg, arg-type]
                          env={}, lookup=lambda t: None)
    assert set(routes) == {"escalation_sms", "escalation_email", "escalation_webhook", "crm", "sis"}
    payload = {"to": "https://hooks.example.org", "case_code": "ABC", "escalation_id": "e", "subtype": "neglect",
               "raised_at": "2026-03-02T10:15:00+00:00", "organisation": "Org"}
    with pytest.raises(TransientDeliveryError, match="SIGNING_SECRET"):
        await routes["escalation_webhook"].deliver(delivery(payload, kind="escalation_webhook", target="webhook"))
