"""Access tokens that can be refreshed when a vendor says they expired.

HubSpot (refresh-token grant) and Salesforce (client-credentials grant) both answer an
expired token with 401. Connectors hold a :class:`TokenSource`, ask it for a token,
and on a 401 call :meth:`TokenSource.refresh` once and retry the request. A static token
(a HubSpot private-app token) cannot be refreshed; its 401 is reported as retryable so
that an operator can rotate it without losing messages.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any, Protocol

import httpx
from pydantic import SecretStr

from integrations.http_errors import json_or_empty, send
from receptionist.outbox.errors import TransientDeliveryError


class TokenSource(Protocol):
    """Supplies a bearer token and can fetch a fresh one."""

    async def token(self) -> str:
        """The current access token (fetched on first use)."""
        ...

    async def refresh(self) -> str:
        """Discard the current token and fetch a new one."""
        ...


class StaticToken:
    """A token that never changes (private-app token, API key)."""

    def __init__(self, token: SecretStr, vendor: str) -> None:
        self._token = token
        self._vendor = vendor

    def __repr__(self) -> str:
        return f"StaticToken(vendor={self._vendor!r})"

    async def token(self) -> str:
        """The token."""
        return self._token.get_secret_value()

    async def refresh(self) -> str:
        """A static token cannot be renewed: say so, retryably."""
        raise TransientDeliveryError(f"{self._vendor} 401 token rejected; rotate the configured token")


class OAuthToken:
    """An OAuth2 token from a token endpoint (form POST), cached until refreshed."""

    def __init__(self, client: httpx.AsyncClient, *, vendor: str, url: str, form: Mapping[str, SecretStr | str]) -> None:
        self._client = client
        self._vendor = vendor
        self._url = url
        self._form = dict(form)
        self._current: str | None = None
        self.extra: dict[str, object] = {}
        self.fetches = 0
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"OAuthToken(vendor={self._vendor!r}, url={self._url!r})"

    async def token(self) -> str:
        """The cached token, fetching one if there is none."""
        if self._current is None:
            return await self.refresh()
        return self._current

    async def refresh(self) -> str:
        """Fetch a new token; concurrent callers share one fetch."""
        stale = self._current
        async with self._lock:
            if self._current is not None and self._current != stale:
                return self._current
            form = {k: v.get_secret_value() if isinstance(v, SecretStr) else v for k, v in self._form.items()}
            response = await send(f"{self._vendor} oauth", self._client.post(self._url, data=form))
            data = json_or_empty(response)
            self.fetches += 1
            if response.status_code != 200 or not isinstance(data, dict) or "access_token" not in data:
                code = data.get("error") if isinstance(data, dict) else None
                # Bad client credentials are an operator fix, not a reason to drop messages.
                raise TransientDeliveryError(f"{self._vendor} oauth {response.status_code} {code or 'no token'}")
            self._current = str(data["access_token"])
            self.extra = {k: v for k, v in data.items() if k != "access_token"}
            return self._current


async def authorised(
    client: httpx.AsyncClient,
    tokens: TokenSource,
    vendor: str,
    method: str,
    url: str,
    *,
    json: Any = None,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
) -> httpx.Response:
    """Send with a bearer token; on 401, refresh once and send again."""
    token = await tokens.token()
    for attempt in (1, 2):
        if attempt == 2:
            token = await tokens.refresh()
        sent = {**(headers or {}), "Authorization": f"Bearer {token}"}
        response = await send(vendor, client.request(method, url, json=json, params=params, headers=sent))
        if response.status_code != 401:
            break
    return response
