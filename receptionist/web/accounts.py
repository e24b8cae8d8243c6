"""User accounts and API tokens: creating them, signing in, and resolving a bearer token.

All queries on ``users`` and ``api_tokens`` live here. Every sign-in, failure and token
issue is audited with ids only (never the email address or the token).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.store import audit
from receptionist.store.models import ApiToken, Tenant, User
from receptionist.web.credentials import Credentials, random_token
from receptionist.web.roles import ALL_PERMISSIONS, is_tenant_scoped, permissions_for, requires_mfa

TOKEN_PREFIX = "rcp_"  # noqa: S105 - a public prefix that marks our tokens for secret scanners, not a secret
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class AccountError(ValueError):
    """A request about accounts that cannot be carried out (message has no personal data)."""


@dataclass(frozen=True)
class NewUser:
    """A created user and, when the role needs MFA, the TOTP provisioning URI to show once."""

    user: User
    totp_uri: str | None


@dataclass(frozen=True)
class Principal:
    """Who is making a request: the user, their role's permissions and their tenant scope."""

    user_id: str
    role: str
    tenant_id: str | None
    permissions: frozenset[str]
    display: str

    @property
    def actor(self) -> str:
        """The audit-log actor string (an id, not an email)."""
        return f"user:{self.user_id}"

    def can(self, permission: str) -> bool:
        """True when the role (and token scope, if any) grants ``permission``."""
        return permission in self.permissions


def principal_for(user: User, scopes: frozenset[str] | None = None) -> Principal:
    """The principal of ``user``, narrowed to ``scopes`` when acting through a token."""
    perms = permissions_for(user.role)
    if scopes is not None:
        perms = perms & scopes
    return Principal(user.id, user.role, user.tenant_id, perms, user.display_name or user.role)


class AccountService:
    """Creates users and tokens and checks credentials, in the caller's transaction."""

    def __init__(self, credentials: Credentials) -> None:
        self.credentials = credentials

    def create_user(
        self,
        session: Session,
        *,
        email: str,
        role: str,
        tenant_slug: str | None,
        password: str,
        display_name: str = "",
        actor: str = "cli",
    ) -> NewUser:
        """Create a user; tenant-scoped roles need an existing tenant, platform admins none."""
        email = email.strip().lower()
        if not _EMAIL.match(email):
            raise AccountError("email address is not valid")
        tenant_id: str | None = None
        if is_tenant_scoped(role):
            if not tenant_slug:
                raise AccountError(f"role {role} belongs to a tenant; pass --tenant SLUG")
            tenant = session.scalar(select(Tenant).where(Tenant.slug == tenant_slug))
            if tenant is None:
                raise AccountError(f"no tenant with slug {tenant_slug!r}")
            tenant_id = tenant.id
        elif tenant_slug:
            raise AccountError("platform_admin is not scoped to a tenant; omit --tenant")
        if session.scalar(select(User.id).where(User.email == email)) is not None:
            raise AccountError("a user with that email address already exists")
        user = User(
            email=email,
            role=role,
            tenant_id=tenant_id,
            display_name=display_name,
            password_hash=self.credentials.hash_password(password),
        )
        session.add(user)
        session.flush()
        uri: str | None = None
        if requires_mfa(role):
            secret = self.credentials.new_totp_secret()
            user.totp_secret_enc = self.credentials.seal_totp(user.id, secret)
            user.mfa_enabled = True
            uri = self.credentials.provisioning_uri(secret, email)
        audit.record(session, actor=actor, action="user.create", tenant_id=tenant_id, target_type="user",
                     target_id=user.id, details={"role": role, "mfa": user.mfa_enabled})
        return NewUser(user, uri)

    def check_password(self, session: Session, *, email: str, password: str) -> User | None:
        """The active user with these credentials, or None; audits the outcome without the email."""
        user = session.scalar(select(User).where(User.email == email.strip().lower()))
        if user is None:
            self.credentials.dummy_verify()
            audit.record(session, actor="anonymous", action="auth.login_failed", details={"stage": "password"})
            return None
        if not user.active or not self.credentials.verify_password(user.password_hash, password):
            audit.record(session, actor="anonymous", action="auth.login_failed", tenant_id=user.tenant_id,
                         target_type="user", target_id=user.id, details={"stage": "password"})
            return None
        return user

    def check_totp(self, session: Session, user: User, code: str) -> bool:
        """True for a valid second factor; failures are audited."""
        ok = self.credentials.verify_totp(user.id, user.totp_secret_enc, code)
        if not ok:
            audit.record(session, actor=f"user:{user.id}", action="auth.login_failed", tenant_id=user.tenant_id,
                         target_type="user", target_id=user.id, details={"stage": "totp"})
        return ok

    @staticmethod
    def signed_in(session: Session, user: User, *, mfa: bool) -> None:
        """Record a completed sign-in."""
        user.last_login_at = datetime.now(UTC)
        audit.record(session, actor=f"user:{user.id}", action="auth.login", tenant_id=user.tenant_id,
                     target_type="user", target_id=user.id, details={"mfa": mfa})

    # API tokens
    @staticmethod
    def issue_token(
        session: Session, user: User, *, name: str, scopes: list[str], ttl_days: int | None = 90
    ) -> str:
        """A new API token for ``user`` limited to ``scopes`` (each must be granted by the role)."""
        unknown = set(scopes) - ALL_PERMISSIONS
        if unknown:
            raise AccountError(f"unknown scopes: {', '.join(sorted(unknown))}")
        beyond = set(scopes) - permissions_for(user.role)
        if beyond:
            raise AccountError(f"role {user.role} cannot grant: {', '.join(sorted(beyond))}")
        token = random_token(TOKEN_PREFIX)
        expires = datetime.now(UTC) + timedelta(days=ttl_days) if ttl_days else None
        row = ApiToken(user_id=user.id, token_hash=_hash_token(token), name=name[:100], scopes=sorted(scopes),
                       expires_at=expires)
        session.add(row)
        session.flush()
        audit.record(session, actor=f"user:{user.id}", action="token.issue", tenant_id=user.tenant_id,
                     target_type="api_token", target_id=row.id, details={"scopes": sorted(scopes)})
        return token

    @staticmethod
    def tokens_of(session: Session, user_id: str) -> list[ApiToken]:
        """The user's own tokens, newest first (hashes only; the tokens themselves are never kept)."""
        return list(session.scalars(
            select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.created_at.desc())
        ).all())

    @staticmethod
    def revoke_token(session: Session, user_id: str, token_id: str) -> ApiToken | None:
        """Revoke one of the user's own tokens (audited); None if it is not theirs or not found."""
        row = session.scalar(select(ApiToken).where(ApiToken.id == token_id, ApiToken.user_id == user_id))
        if row is None:
            return None
        if row.revoked_at is None:
            row.revoked_at = datetime.now(UTC)
            user = session.get(User, user_id)
            audit.record(session, actor=f"user:{user_id}", action="token.revoke",
                         tenant_id=user.tenant_id if user else None, target_type="api_token", target_id=row.id)
        return row

    @staticmethod
    def principal_for_token(session: Session, token: str) -> Principal | None:
        """The principal a bearer token acts as, or None if unknown, revoked, expired or inactive."""
        if not token.startswith(TOKEN_PREFIX):
            return None
        row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _hash_token(token)))
        if row is None or row.revoked_at is not None:
            return None
        if row.expires_at is not None and row.expires_at < datetime.now(UTC):
            return None
        user = session.get(User, row.user_id)
        if user is None or not user.active:
            return None
        return principal_for(user, frozenset(row.scopes))


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
