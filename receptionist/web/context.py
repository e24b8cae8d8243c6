"""Everything the web layer needs, built once at the composition root and kept on app.state."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine

from receptionist.core.runtime import brain_from_settings
from receptionist.privacy.engine import default_engine
from receptionist.settings import Settings
from receptionist.store.service import Store
from receptionist.web.accounts import AccountService
from receptionist.web.cookies import SessionCodec
from receptionist.web.credentials import Credentials
from receptionist.web.pg_reader import PgReader
from receptionist.web.ratelimit import LoginRateLimiter
from receptionist.web.token_cache import TokenCache
from receptionist.web.tryit import TrySandbox

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


@dataclass
class WebContext:
    """The app's collaborators: settings, store, credential checks, cookies and templates."""

    settings: Settings
    store: Store
    credentials: Credentials
    accounts: AccountService
    sessions: SessionCodec
    limiter: LoginRateLimiter
    templates: Jinja2Templates
    secure_cookies: bool
    sandbox: TrySandbox
    token_cache: TokenCache = field(default_factory=TokenCache)
    reader: Engine = field(init=False)
    pg_reader: PgReader | None = field(init=False)

    def __post_init__(self) -> None:
        # The store's engine and pool in autocommit, for single-statement reads (deps.read_only).
        self.reader = self.store.engine.execution_options(isolation_level="AUTOCOMMIT")
        # On PostgreSQL the list endpoints read on the event loop instead (deps.read_list).
        self.pg_reader = PgReader.for_engine(self.store.engine)

    @classmethod
    def build(cls, settings: Settings, store: Store, *, limiter: LoginRateLimiter | None = None) -> WebContext:
        """Wire the collaborators from settings (the only place web reads them)."""
        secret = settings.session_secret.get_secret_value()
        credentials = Credentials(secret)
        templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
        return cls(
            settings=settings,
            store=store,
            credentials=credentials,
            accounts=AccountService(credentials),
            sessions=SessionCodec(secret),
            limiter=limiter or LoginRateLimiter(),
            templates=templates,
            secure_cookies=settings.environment == "production" or settings.public_base_url.startswith("https"),
            sandbox=TrySandbox(brain_from_settings(settings, default_engine())),
        )
