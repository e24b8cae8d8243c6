"""Roles, the permissions each grants, and which of them must use multi-factor sign-in.

Permissions are the unit every route checks; roles are just named bundles of them. A role
that can see anything unredacted (caller's own words, callback numbers, exports, reveals)
must sign in with TOTP, so MFA is derived from the permission set rather than listed twice.
"""

from __future__ import annotations

from typing import Final

from receptionist.store.models import ROLES

CALLS_READ: Final = "calls:read"
CALLS_MESSAGES: Final = "calls:messages"
CALLS_CALLBACK: Final = "calls:callback"
CALLS_REVEAL: Final = "calls:reveal"
ESCALATIONS_READ: Final = "escalations:read"
ESCALATIONS_WRITE: Final = "escalations:write"
CONFIG_READ: Final = "config:read"
CONFIG_WRITE: Final = "config:write"
AUDIT_READ: Final = "audit:read"
REQUESTS_READ: Final = "requests:read"
REQUESTS_WRITE: Final = "requests:write"
DASHBOARD_READ: Final = "dashboard:read"

ALL_PERMISSIONS: Final = frozenset(
    {
        CALLS_READ,
        CALLS_MESSAGES,
        CALLS_CALLBACK,
        CALLS_REVEAL,
        ESCALATIONS_READ,
        ESCALATIONS_WRITE,
        CONFIG_READ,
        CONFIG_WRITE,
        AUDIT_READ,
        REQUESTS_READ,
        REQUESTS_WRITE,
        DASHBOARD_READ,
    }
)

ROLE_PERMISSIONS: Final[dict[str, frozenset[str]]] = {
    "platform_admin": ALL_PERMISSIONS,
    "client_admin": frozenset(
        {CALLS_READ, CALLS_MESSAGES, CALLS_CALLBACK, CALLS_REVEAL, CONFIG_READ, CONFIG_WRITE,
         REQUESTS_READ, REQUESTS_WRITE, DASHBOARD_READ}
    ),
    "safeguarding_lead": frozenset(
        {CALLS_READ, CALLS_MESSAGES, CALLS_REVEAL, ESCALATIONS_READ, ESCALATIONS_WRITE, DASHBOARD_READ}
    ),
    "staff": frozenset({CALLS_READ, CALLS_MESSAGES, CALLS_CALLBACK, DASHBOARD_READ}),
    "auditor": frozenset({AUDIT_READ, REQUESTS_READ, DASHBOARD_READ}),
}

# Seeing any of these means seeing personal data in the clear.
UNREDACTED_PERMISSIONS: Final = frozenset(
    {CALLS_MESSAGES, CALLS_REVEAL, ESCALATIONS_READ, REQUESTS_WRITE, CONFIG_WRITE}
)

assert set(ROLE_PERMISSIONS) == set(ROLES), "every role in the data model needs a permission set"


class UnknownRoleError(ValueError):
    """A role name that is not one of :data:`receptionist.store.models.ROLES`."""


def permissions_for(role: str) -> frozenset[str]:
    """The permissions ``role`` grants; raises :class:`UnknownRoleError` for anything else."""
    try:
        return ROLE_PERMISSIONS[role]
    except KeyError:
        raise UnknownRoleError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}") from None


def requires_mfa(role: str) -> bool:
    """True when ``role`` can see unredacted data and so must use TOTP."""
    return bool(permissions_for(role) & UNREDACTED_PERMISSIONS)


def is_tenant_scoped(role: str) -> bool:
    """Every role except ``platform_admin`` belongs to exactly one tenant."""
    permissions_for(role)
    return role != "platform_admin"
