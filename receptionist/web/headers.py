"""Security headers on every response, as plain ASGI middleware (no per-request task overhead).

The UI uses no inline script or style and no third-party origin, so the policy can be
strict: everything from 'self', no framing at all, forms only posting back to us.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
HSTS = "max-age=63072000; includeSubDomains"


class SecurityHeadersMiddleware:
    """Adds CSP, anti-framing, no-sniff, referrer and cache headers; HSTS when ``hsts`` is on."""

    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        headers = [
            (b"content-security-policy", CSP.encode()),
            (b"x-frame-options", b"DENY"),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]
        if hsts:
            headers.append((b"strict-transport-security", HSTS.encode()))
        self._headers = headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_static = str(scope.get("path", "")).startswith("/static/")
        if _has_nul(scope):
            # NUL can never be valid in our ids, slugs or filters, and PostgreSQL refuses it
            # in text: answer 400 here instead of failing deep inside a query.
            await _bad_request(send, self._headers)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                existing = list(message.get("headers", []))
                names = {k.lower() for k, _ in existing}
                existing.extend(h for h in self._headers if h[0] not in names)
                if not is_static and b"cache-control" not in names:
                    # Pages and API answers can hold personal data: never cache them.
                    existing.append((b"cache-control", b"no-store"))
                message["headers"] = existing
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _has_nul(scope: Scope) -> bool:
    raw_path = scope.get("raw_path") or str(scope.get("path", "")).encode()
    query = scope.get("query_string", b"")
    return any(b"\x00" in part or b"%00" in part for part in (raw_path, query, scope.get("path", "").encode()))


async def _bad_request(send: Send, headers: list[tuple[bytes, bytes]]) -> None:
    body = b'{"detail":"the request contains a NUL character"}'
    await send({"type": "http.response.start", "status": 400,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"cache-control", b"no-store"), *headers]})
    await send({"type": "http.response.body", "body": body})
