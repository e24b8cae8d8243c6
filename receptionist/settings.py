"""One place where configuration is read.

Everything else receives what it needs as constructor arguments. Values come from the
environment (prefix ``RECEPTIONIST_``) or a ``.env`` file. With no API keys set, every
external service falls back to its offline implementation, so the product runs with
nothing configured at all.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "test", "production"]

# Secrets that ship in examples; production refuses them.
PLACEHOLDER_SECRETS = frozenset({"", "change-me", "changeme", "secret", "dev", "development", "placeholder"})


class Settings(BaseSettings):
    """The product's configuration, validated once at start-up."""

    model_config = SettingsConfigDict(env_prefix="RECEPTIONIST_", env_file=".env", extra="ignore")

    environment: Environment = "development"
    data_dir: Path = Field(default=Path("data"), description="Embedded database, master key and exports.")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default sqlite file in data_dir.")

    # Keys and encryption
    key_provider: Literal["local", "vault"] = "local"
    master_key_path: Path | None = None
    vault_url: str | None = None
    vault_token: SecretStr | None = None
    vault_transit_mount: str = "transit"
    session_secret: SecretStr = SecretStr("change-me")

    # Providers: none set means offline fakes
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    openai_model: str = "gpt-4.1-mini"
    openai_tts_model: str = "gpt-4o-mini-tts"
    openai_tts_voice: str = "sage"
    deepgram_api_key: SecretStr | None = None
    deepgram_base_url: str | None = Field(default=None, description="EU endpoint for data residency.")
    deepgram_model: str = "nova-3"
    deepgram_language: str = "en-GB"
    tts_provider: Literal["openai", "deepgram"] = "openai"
    llm_second_opinion: bool = True

    livekit_url: str | None = None
    livekit_api_key: SecretStr | None = None
    livekit_api_secret: SecretStr | None = None
    livekit_agent_name: str = "receptionist"

    twilio_account_sid: str | None = None
    twilio_auth_token: SecretStr | None = None
    twilio_from_number: str | None = None
    twilio_region: str | None = None
    twilio_edge: str | None = None
    public_base_url: str = "http://127.0.0.1:8000"

    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str = "receptionist@localhost"

    # Outbox and safeguarding notifications (receptionist.outbox, receptionist.escalations)
    twilio_messaging_service_sid: str | None = None
    webhook_signing_secret: SecretStr | None = Field(
        default=None, description="HMAC key for the safeguarding webhook (X-Receptionist-Signature)."
    )
    dispatch_batch_size: int = Field(default=100, ge=1, le=1000)
    dispatch_concurrency: int = Field(default=32, ge=1, le=256)
    dispatch_poll_seconds: float = Field(default=0.25, gt=0, le=60)

    # Web
    host: str = "127.0.0.1"
    port: int = 8000

    # Operations: logs, metrics and traces never carry personal data (receptionist.observability)
    log_level: str = "INFO"
    log_format: Literal["json", "text"] | None = Field(default=None, description="Default: json in production.")
    metrics_port: int | None = Field(default=None, description="Worker/dispatcher Prometheus exporter port.")
    tracing_enabled: bool = False
    otlp_endpoint: str | None = Field(default=None, description="OTLP/HTTP traces endpoint, e.g. http://otel:4318.")
    service_name: str = "receptionist"

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.environment != "production":
            return self
        problems: list[str] = []
        if self.session_secret.get_secret_value().lower() in PLACEHOLDER_SECRETS or len(
            self.session_secret.get_secret_value()
        ) < 32:
            problems.append("RECEPTIONIST_SESSION_SECRET must be a real secret of at least 32 characters")
        if self.key_provider == "local":
            problems.append("RECEPTIONIST_KEY_PROVIDER=local is for development; use a KMS (vault) in production")
        if not self.database_url or self.database_url.startswith("sqlite"):
            problems.append("RECEPTIONIST_DATABASE_URL must point at PostgreSQL in production")
        if problems:
            raise ValueError("unsafe production settings: " + "; ".join(problems))
        return self

    @property
    def resolved_database_url(self) -> str:
        """The configured database, or the embedded SQLite file under ``data_dir``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'receptionist.db').resolve()}"

    @property
    def resolved_master_key_path(self) -> Path:
        """Where the local key provider keeps its master key file."""
        return self.master_key_path or (self.data_dir / "master.key")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
