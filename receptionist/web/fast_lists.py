"""The two hot list endpoints answered ahead of FastAPI's routing and dependency machinery.

``GET /api/v1/calls`` and ``GET /api/v1/escalations`` are what a busy admin UI polls. Served
through FastAPI, most of their CPU went on routing, dependency resolution, parameter
validation and the middleware layers around them rather than on the query. This plain ASGI
middleware (mounted inside the security-headers middleware, so every answer carries the
same headers) answers exactly one kind of request itself:

- ``GET`` on exactly one of the two paths, with no ``root_path``;
- a bearer token the token cache already holds (the same cache, key and TTL the
  ``api_principal`` dependency uses) for a principal holding the route's permission;
- query parameters that are all known to the route and in canonical form (``limit`` a
  plain integer from 1 to 200, ``cursor`` 1–200 characters that decode, booleans
  ``true``/``false``, ``view`` one of the queue views), parsed as Starlette parses them
  (``parse_qsl`` with blank values kept, the last of repeated names wins).

The tenant scope, the query, the page and the JSON are the routes' own (``scoped_tenant``,
``CallQueries.list_query``, ``EscalationQueries.queue_query``, ``deps.read_list``). Every
other request — no or unknown token, missing permission, an unknown, repeated-odd or
non-canonical parameter, a bad cursor, another path or method — goes to the app
unchanged, so every refusal and every error message is still FastAPI's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, cast
from urllib.parse import parse_qsl

import pydantic_core
from sqlalchemy.exc import DataError
from starlette.types import ASGIApp, Receive, Scope, Send

from receptionist.web.accounts import Principal
from receptionist.web.call_queries import CallQueries, ListQuery
from receptionist.web.context import WebContext
from receptionist.web.cursors import BadCursorError
from receptionist.web.deps import read_list, scoped_tenant
from receptionist.web.escalation_queries import QUEUE_VIEWS, EscalationQueries, QueueView
from receptionist.web.roles import CALLS_READ, ESCALATIONS_READ

MAX_LIMIT = 200
MAX_CURSOR = 200
CALLS_PARAMS = frozenset({"limit", "cursor", "callback_pending", "escalated"})
QUEUE_PARAMS = frozenset({"view", "limit", "cursor"})
_BOOLS = {"true": True, "false": False}
_JSON_HEADER = (b"content-type", b"application/json")
DATA_ERROR_BODY = {"detail": "the request contains a value the database cannot store"}

# (tenant scope, query parameters) -> the query, or None to leave the request to the app
Builder = Callable[[str | None, dict[str, str]], ListQuery | None]


class FastListRoutes:
    """Serves well-formed, authorised list requests with a cached token; passes on the rest."""

    def __init__(self, app: ASGIApp, *, ctx: WebContext) -> None:
        self.app = app
        self.ctx = ctx
        self.routes: dict[str, tuple[str, Builder]] = {
            "/api/v1/calls": (CALLS_READ, _calls_query),
            "/api/v1/escalations": (ESCALATIONS_READ, _queue_query),
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = self.routes.get(scope["path"]) if scope["type"] == "http" else None
        if route is None or scope["method"] != "GET" or scope.get("root_path"):
            await self.app(scope, receive, send)
            return
        query = self._query(scope, *route)
        if query is None:
            await self.app(scope, receive, send)
            return
        try:
            page = await read_list(self.ctx, query)
        except DataError:
            # What the app's DataError handler answers (see app.py).
            await _send_json(send, 400, pydantic_core.to_json(DATA_ERROR_BODY))
            return
        await _send_json(send, 200, pydantic_core.to_json({"items": page.items, "next_cursor": page.next_cursor}))

    def _query(self, scope: Scope, permission: str, build: Builder) -> ListQuery | None:
        principal = self._principal(scope)
        if principal is None or not principal.can(permission):
            return None
        raw = scope.get("query_string", b"")
        params = dict(parse_qsl(raw.decode("latin-1"), keep_blank_values=True)) if raw else {}
        try:
            return build(scoped_tenant(principal), params)
        except BadCursorError:
            return None

    def _principal(self, scope: Scope) -> Principal | None:
        """The cached principal of the request's bearer token, parsed as ``deps.api_principal`` does."""
        for name, value in scope["headers"]:
            if name == b"authorization":
                scheme, _, token = value.decode("latin-1").partition(" ")
                token = token.strip()
                if scheme.lower() != "bearer" or not token:
                    return None
                return self.ctx.token_cache.get(token)
        return None


def _calls_query(tenant_id: str | None, params: dict[str, str]) -> ListQuery | None:
    if not params.keys() <= CALLS_PARAMS:
        return None
    limit = _limit(params.get("limit", "50"))
    cursor = _cursor(params.get("cursor"))
    pending = _flag(params.get("callback_pending"))
    escalated = _flag(params.get("escalated"))
    if limit is None or isinstance(cursor, _Invalid) or isinstance(pending, _Invalid) or isinstance(
        escalated, _Invalid
    ):
        return None
    return CallQueries.list_query(tenant_id=tenant_id, limit=limit, cursor=cursor,
                                  callback_pending=pending, escalated=escalated)


def _queue_query(tenant_id: str | None, params: dict[str, str]) -> ListQuery | None:
    if not params.keys() <= QUEUE_PARAMS:
        return None
    view = params.get("view", "open")
    limit = _limit(params.get("limit", "50"))
    cursor = _cursor(params.get("cursor"))
    if view not in QUEUE_VIEWS or limit is None or isinstance(cursor, _Invalid):
        return None
    return EscalationQueries.queue_query(tenant_id=tenant_id, view=cast(QueueView, view), limit=limit, cursor=cursor)


class _Invalid:
    """A parameter value the fast path leaves to the app to judge."""


INVALID: Final = _Invalid()


def _limit(value: str) -> int | None:
    """A canonical integer 1..200 (no sign, spaces or leading zeros), else None."""
    if not (value.isascii() and value.isdigit()) or len(value) > 3 or value[0] == "0":
        return None
    n = int(value)
    return n if n <= MAX_LIMIT else None


def _cursor(value: str | None) -> str | _Invalid | None:
    """None when absent, the cursor when 1..200 characters, else ``INVALID``."""
    if value is None:
        return None
    return value if 0 < len(value) <= MAX_CURSOR else INVALID


def _flag(value: str | None) -> bool | _Invalid | None:
    """None when absent, True/False for exactly ``true``/``false``, else ``INVALID``."""
    if value is None:
        return None
    return _BOOLS.get(value, INVALID)


async def _send_json(send: Send, status: int, body: bytes) -> None:
    # The same two messages, headers and header order as a Starlette ``Response``.
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-length", str(len(body)).encode()), _JSON_HEADER]})
    await send({"type": "http.response.body", "body": body})
