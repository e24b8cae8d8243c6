"""The composition root for outgoing messages: settings and tenant config in, deliverers out.

This is the one place that chooses real senders or offline fakes (no Twilio credentials
means :class:`FakeSmsSender`, no SMTP host means :class:`FakeEmailSender`), reads
integration secrets from the environment variables a tenant's configuration names, and
hands the routes to ``receptionist.outbox.wiring``, which assembles the worker. Nothing
else in the core imports this module.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import httpx
from pydantic import SecretStr

from integrations.hubspot import HubSpotConnector
from integrations.oauth import OAuthToken, StaticToken, TokenSource
from integrations.salesforce import SalesforceConnector, client_credentials
from integrations.sis import SisCsvConnector, SisRestConnector
from integrations.smtp_email import FakeEmailSender, SmtpEmailSender
from integrations.twilio_sms import FakeSmsSender, TwilioSmsSender
from integrations.webhook import WebhookConnector, WebhookSender
from receptionist.core.config import Integration, TenantConfig
from receptionist.core.tenants import TenantRepository
from receptionist.escalations.channels import EmailChannel, SmsChannel, WebhookChannel
from receptionist.escalations.ports import EmailSender, JsonPoster, SmsSender
from receptionist.outbox.dispatcher import DispatchStore
from receptionist.outbox.errors import TransientDeliveryError
from receptionist.outbox.ports import Deliverer
from receptionist.outbox.routing import INTEGRATION_KINDS, IntegrationRouter
from receptionist.settings import Settings
from receptionist.store.models import Tenant

HUBSPOT_OAUTH_ENDPOINT = "https://api.hubapi.com/oauth/v1/token"
ConfigLookup = Callable[[str], TenantConfig | None]


class IntegrationConfigError(TransientDeliveryError):
    """An integration cannot be built (missing setting or secret); fixable, so retried."""


def _secret(env: Mapping[str, str], settings: Mapping[str, object], key: str, integration: str) -> SecretStr:
    name = settings.get(key)
    if not isinstance(name, str) or not env.get(name):
        raise IntegrationConfigError(f"integration {integration}: environment variable for {key} is not set")
    return SecretStr(env[name])


def _setting(settings: Mapping[str, object], key: str, integration: str) -> str:
    value = settings.get(key)
    if not isinstance(value, str) or not value:
        raise IntegrationConfigError(f"integration {integration}: setting {key} is required")
    return value


def _first_secret(env: Mapping[str, str], settings: Mapping[str, object], keys: tuple[str, ...], integration: str) -> SecretStr:
    """The first of several accepted secret settings that is present (configs name them differently)."""
    for key in keys:
        if key in settings:
            return _secret(env, settings, key, integration)
    raise IntegrationConfigError(f"integration {integration}: setting {keys[0]} is required")


def _plain_or_env(env: Mapping[str, str], settings: Mapping[str, object], key: str, integration: str) -> str:
    """A non-secret value given inline (``key``) or by environment variable (``key_env``)."""
    if f"{key}_env" in settings:
        return _secret(env, settings, f"{key}_env", integration).get_secret_value()
    return _setting(settings, key, integration)


def build_connector(
    integration: Integration, client: httpx.AsyncClient, env: Mapping[str, str], *, base_dir: Path | None = None
) -> Deliverer:
    """The connector for one configured integration; relative CSV directories live under ``base_dir``."""
    s, name, fmap = integration.settings, integration.name, integration.field_map
    if integration.type == "webhook":
        secret = _first_secret(env, s, ("signing_secret_env", "secret_env"), name)
        sender = WebhookSender(client, secret.get_secret_value().encode())
        return WebhookConnector(sender, url=_setting(s, "url", name), field_map=fmap)
    if integration.type == "hubspot":
        tokens: TokenSource
        if "access_token_env" in s:
            tokens = StaticToken(_secret(env, s, "access_token_env", name), "hubspot")
        else:
            tokens = OAuthToken(
                client,
                vendor="hubspot",
                url=HUBSPOT_OAUTH_ENDPOINT,
                form={
                    "grant_type": "refresh_token",
                    "client_id": _plain_or_env(env, s, "client_id", name),
                    "client_secret": _secret(env, s, "client_secret_env", name),
                    "refresh_token": _secret(env, s, "refresh_token_env", name),
                },
            )
        return HubSpotConnector(client, tokens, field_map=fmap)
    if integration.type == "salesforce":
        # The token endpoint is the org's My Domain; most orgs use the same URL for the API.
        domain = str(s.get("domain_url") or _setting(s, "instance_url", name))
        tokens = client_credentials(
            client,
            domain_url=domain,
            client_id=_plain_or_env(env, s, "client_id", name),
            client_secret=_secret(env, s, "client_secret_env", name),
        )
        defaults = s.get("defaults")
        return SalesforceConnector(
            client,
            tokens,
            instance_url=str(s.get("instance_url") or domain),
            sobject=str(s.get("object") or "Lead"),
            field_map=fmap,
            defaults={str(k): str(v) for k, v in defaults.items()} if isinstance(defaults, dict) else None,
        )
    if integration.type == "sis_rest":
        static = s.get("static_fields")
        return SisRestConnector(
            client,
            StaticToken(_first_secret(env, s, ("token_env", "api_key_env"), name), "sis"),
            url=_setting(s, "url", name),
            method=str(s.get("method") or "POST"),
            auth_header=str(s.get("auth_header") or "Authorization"),
            envelope=str(s["envelope"]) if s.get("envelope") else None,
            static_fields=static if isinstance(static, dict) else None,
            field_map=fmap,
        )
    columns = s.get("columns")
    directory = Path(_setting(s, "directory", name))
    if not directory.is_absolute() and base_dir is not None:
        # Our own export area under the data directory; an absolute path is the SIS's drop folder.
        directory = base_dir / directory
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    return SisCsvConnector(
        directory,
        columns=[str(c) for c in columns] if isinstance(columns, list) else None,
        field_map=fmap,
    )


class ConnectorCache:
    """Resolves (tenant, integration name) to a connector, rebuilt when the config changes."""

    def __init__(
        self, lookup: ConfigLookup, client: httpx.AsyncClient, env: Mapping[str, str], *, base_dir: Path | None = None
    ) -> None:
        self._lookup = lookup
        self._client = client
        self._env = env
        self._base_dir = base_dir
        self._built: dict[tuple[str, str], tuple[Integration, Deliverer]] = {}

    def __call__(self, tenant_id: str, name: str) -> Deliverer | None:
        """The tenant's connector called ``name``, or None if it has none."""
        config = self._lookup(tenant_id)
        integration = next((i for i in config.integrations if i.name == name), None) if config else None
        if integration is None:
            return None
        cached = self._built.get((tenant_id, name))
        if cached is not None and cached[0] == integration:
            return cached[1]
        connector = build_connector(integration, self._client, self._env, base_dir=self._base_dir)
        self._built[(tenant_id, name)] = (integration, connector)
        return connector


def tenant_config_lookup(store: DispatchStore, *, ttl_seconds: float = 30.0) -> ConfigLookup:
    """Active tenant configuration by tenant id, cached briefly so each message is not a query."""
    cache: dict[str, tuple[float, TenantConfig | None]] = {}
    repo = TenantRepository()

    def lookup(tenant_id: str) -> TenantConfig | None:
        hit = cache.get(tenant_id)
        if hit is not None and hit[0] > time.monotonic():
            return hit[1]
        with store.sessions() as session:
            tenant = session.get(Tenant, tenant_id)
            config = repo.active_config(session, tenant) if tenant is not None else None
        cache[tenant_id] = (time.monotonic() + ttl_seconds, config)
        return config

    return lookup


def build_senders(settings: Settings, client: httpx.AsyncClient) -> tuple[SmsSender, EmailSender, JsonPoster | None]:
    """Real senders where credentials exist, offline fakes otherwise."""
    sms: SmsSender = FakeSmsSender(warn=True)
    if settings.twilio_account_sid and settings.twilio_auth_token and (
        settings.twilio_from_number or settings.twilio_messaging_service_sid
    ):
        sms = TwilioSmsSender(
            client,
            account_sid=settings.twilio_account_sid,
            auth_token=settings.twilio_auth_token,
            from_number=settings.twilio_from_number,
            messaging_service_sid=settings.twilio_messaging_service_sid,
            region=settings.twilio_region,
            edge=settings.twilio_edge,
        )
    email: EmailSender = FakeEmailSender(warn=True)
    if settings.smtp_host:
        email = SmtpEmailSender(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.smtp_from,
            username=settings.smtp_username,
            password=settings.smtp_password,
        )
    poster: JsonPoster | None = None
    if settings.webhook_signing_secret and settings.webhook_signing_secret.get_secret_value():
        poster = WebhookSender(client, settings.webhook_signing_secret.get_secret_value().encode())
    return sms, email, poster


class _UnconfiguredWebhook:
    async def post_json(self, url: str, body: dict[str, object], *, idempotency_key: str) -> None:
        raise TransientDeliveryError("safeguarding webhook: RECEPTIONIST_WEBHOOK_SIGNING_SECRET is not set")


def build_routes(
    settings: Settings,
    store: DispatchStore,
    client: httpx.AsyncClient,
    *,
    env: Mapping[str, str] | None = None,
    lookup: ConfigLookup | None = None,
) -> dict[str, Deliverer]:
    """Every message kind mapped to its deliverer."""
    sms, email, poster = build_senders(settings, client)
    base = settings.public_base_url
    cache = ConnectorCache(
        lookup or tenant_config_lookup(store), client, os.environ if env is None else env, base_dir=settings.data_dir
    )
    router = IntegrationRouter(cache)
    routes: dict[str, Deliverer] = {
        "escalation_sms": SmsChannel(sms, base_url=base),
        "escalation_email": EmailChannel(email, base_url=base),
        "escalation_webhook": WebhookChannel(poster or _UnconfiguredWebhook(), base_url=base),
    }
    routes.update(dict.fromkeys(INTEGRATION_KINDS, router))
    return routes
