"""The store's composition root: engine, sessions, key provider, cipher and number hasher.

Everything that touches stored personal data receives a :class:`Store`. ``Store.open``
is the one place that turns settings into a database engine and a key provider; tests
build a ``Store`` directly from an engine and a provider of their choosing.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, exists, select
from sqlalchemy.orm import Session, sessionmaker

from receptionist.settings import Settings
from receptionist.store.crypto import EnvelopeCipher, KeyProvider, KeyUnavailableError
from receptionist.store.db import (
    ensure_embedded_schema,
    is_empty,
    make_engine,
    make_session_factory,
    require_current_schema,
)
from receptionist.store.hashing import NumberHasher
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.keys_vault import VaultTransitKeyProvider, make_vault_client
from receptionist.store.models import DataKey


class Store:
    """Engine + ``sessions`` factory + ``cipher`` + ``hasher`` + ``keys``, built once per process."""

    def __init__(self, engine: Engine, keys: KeyProvider, *, on_close: Callable[[], None] | None = None) -> None:
        self.engine = engine
        self.sessions: sessionmaker[Session] = make_session_factory(engine)
        self.keys = keys
        self.cipher = EnvelopeCipher(keys)
        self.hasher = NumberHasher(keys.index_key())
        self._on_close = on_close

    @classmethod
    def open(cls, settings: Settings, db_url: str | None = None, *, migrate_embedded: bool = True) -> Store:
        """Build the store from settings; fail closed on an unmigrated schema or unusable keys.

        ``migrate_embedded`` lets CLI commands migrate an empty embedded SQLite database;
        the web app passes False and refuses to start on an old schema.
        """
        engine = make_engine(db_url or settings.resolved_database_url)
        try:
            if migrate_embedded:
                ensure_embedded_schema(engine)
            else:
                require_current_schema(engine)
            has_data = _has_data_keys(engine)
            on_close: Callable[[], None] | None = None
            if settings.key_provider == "vault":
                if not settings.vault_url or settings.vault_token is None:
                    raise KeyUnavailableError("key_provider=vault needs RECEPTIONIST_VAULT_URL and RECEPTIONIST_VAULT_TOKEN")
                client = make_vault_client(settings.vault_url, settings.vault_token.get_secret_value())
                keys: KeyProvider = VaultTransitKeyProvider(client, mount=settings.vault_transit_mount)
                on_close = client.close
            else:
                # A new master key is only acceptable for a database with nothing encrypted yet.
                keys = LocalKeyProvider.from_file(settings.resolved_master_key_path, create=not has_data)
            store = cls(engine, keys, on_close=on_close)
            if has_data:
                store.check_keys()
            return store
        except BaseException:
            engine.dispose()
            raise

    def check_keys(self) -> None:
        """Unwrap one live data key so a wrong master key fails at start-up, not mid-call."""
        with self.sessions() as session:
            row = session.scalars(select(DataKey).where(DataKey.wrapped_key.is_not(None)).limit(1)).first()
            if row is not None and row.wrapped_key is not None:
                self.keys.unwrap_key(row.tenant_id, row.key_version, row.wrapped_key)

    def close(self) -> None:
        """Release the engine's connections and the provider's client."""
        self.engine.dispose()
        if self._on_close is not None:
            self._on_close()


def _has_data_keys(engine: Engine) -> bool:
    if is_empty(engine):
        return False
    with engine.connect() as conn:
        return bool(conn.scalar(select(exists().where(DataKey.id.is_not(None)))))
