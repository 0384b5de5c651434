"""Security headers on every response, and what may be reached without credentials.

- ``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: no-referrer`` everywhere; HSTS when
  ``APP_HSTS_SECONDS`` is set (only behind HTTPS).
- HTML pages (the API docs) get a content security policy that allows the page's own origin
  ('self', where the Swagger UI / ReDoc assets are served from) and the inline bootstrap script
  and styles they need, no framing, no plugins; every other response may not be framed or run
  anything at all.
- ``/metrics`` wants ``Authorization: Bearer <APP_METRICS_TOKEN>`` when that is set.
- The docs (``/docs``, ``/redoc``, ``/openapi.json`` and their assets) answer 404 when
  ``APP_DOCS_ENABLED`` is off (the default when ``APP_ENV=prod``).
"""

from __future__ import annotations

import hmac

import orjson
from fastapi import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import Settings
from app.core.errors import PROBLEM_JSON, problem_type

HTML_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
API_POLICY = "default-src 'none'; frame-ancestors 'none'"
DOCS_PREFIXES = ("/docs", "/redoc", "/openapi.json")
METRICS_PATH = "/metrics"


async def no_store(response: Response) -> None:
    """Route dependency for responses carrying credentials: never cached anywhere."""
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"


def _header(scope: Scope, name: bytes) -> bytes:
    for key, value in scope.get("headers") or ():
        if key == name:
            return value  # type: ignore[no-any-return]
    return b""


class SecurityHeadersMiddleware:
    """Pure ASGI, so streamed responses and websockets pass through untouched."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.docs = settings.serve_docs
        self.metrics_token = (settings.metrics_token or "").encode()
        common = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
        if settings.hsts_seconds:
            value = f"max-age={settings.hsts_seconds}; includeSubDomains".encode()
            common.append((b"strict-transport-security", value))
        self.common = common

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if not self.docs and path.startswith(DOCS_PREFIXES):
            await self._problem(send, path, 404, "Not Found", "the API docs are switched off")
            return
        if path == METRICS_PATH and self.metrics_token and not self._metrics_allowed(scope):
            await self._problem(
                send, path, 401, "Unauthorized", "/metrics needs the metrics bearer token"
            )
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                html = content_type.startswith(b"text/html")
                policy = HTML_POLICY if html else API_POLICY
                headers += self.common
                headers.append((b"content-security-policy", policy.encode()))
                if html:
                    headers.append((b"x-frame-options", b"DENY"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _metrics_allowed(self, scope: Scope) -> bool:
        scheme, _, token = _header(scope, b"authorization").partition(b" ")
        return scheme.lower() == b"bearer" and hmac.compare_digest(
            token.strip(), self.metrics_token
        )

    async def _problem(self, send: Send, path: str, status: int, title: str, detail: str) -> None:
        slug = title.lower().replace(" ", "-")
        body = orjson.dumps(
            {
                "type": problem_type(slug),
                "title": title,
                "status": status,
                "detail": detail,
                "instance": path,
            }
        )
        headers = [
            (b"content-type", PROBLEM_JSON.encode()),
            (b"content-length", str(len(body)).encode()),
            *self.common,
            (b"content-security-policy", API_POLICY.encode()),
        ]
        if status == 401:
            headers.append((b"www-authenticate", b"Bearer"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
