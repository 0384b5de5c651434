"""Request id propagation and one structured log line per request."""

from __future__ import annotations

import logging
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.logging import module_var, request_id_var, user_id_var

log = logging.getLogger("kalkan.request")


def _header(scope: Scope, name: bytes) -> bytes:
    for key, value in scope.get("headers") or ():
        if key == name:
            return value  # type: ignore[no-any-return]  # Scope types ASGI headers as Any
    return b""


class RequestContextMiddleware:
    """Pure ASGI (no BaseHTTPMiddleware) so streaming and websockets are not buffered."""

    def __init__(self, app: ASGIApp, api_prefix: str) -> None:
        self.app = app
        self.api_prefix = api_prefix.rstrip("/") + "/"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        incoming = _header(scope, b"x-request-id").decode("latin-1")[:64]
        request_id = incoming if incoming.isprintable() and incoming else uuid.uuid4().hex
        path: str = scope.get("path", "")
        module = None
        if path.startswith(self.api_prefix):
            module = path[len(self.api_prefix) :].split("/", 1)[0] or None
        tokens = (request_id_var.set(request_id), module_var.set(module), user_id_var.set(None))
        status_holder = {"status": 0}
        started = time.perf_counter()

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            if (
                scope["type"] == "http"
                and path not in ("/metrics", "/health")
                and log.isEnabledFor(logging.INFO)
            ):
                log.info(
                    "request",
                    extra={
                        "method": scope.get("method"),
                        "path": path,
                        "status": status_holder["status"],
                        "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                    },
                )
            request_id_var.reset(tokens[0])
            module_var.reset(tokens[1])
            user_id_var.reset(tokens[2])
