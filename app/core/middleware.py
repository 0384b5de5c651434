"""Request id propagation, one structured log line per request, the last-resort error answer,
request limits (body size, JSON depth, NUL characters) and ``OPTIONS``."""

from __future__ import annotations

import logging
import time
import uuid

from starlette.requests import Request
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import (
    AppError,
    FieldError,
    HeadersTooLarge,
    PayloadTooLarge,
    ValidationFailed,
    app_error_response,
    unexpected_response,
)
from app.core.limits import BodyLimits, json_depth_exceeds, json_has_nul, urlencoded_has_nul
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
        except Exception as exc:
            # Answer here instead of re-raising: Starlette's outermost handler would send the
            # 500 and re-raise, and uvicorn then drops the connection (and logs without the
            # request id, whose context is gone by then).
            if scope["type"] != "http":
                log.error("unhandled websocket error", exc_info=exc, extra={"path": path})
            elif status_holder["status"]:
                log.error("error after the response started", exc_info=exc, extra={"path": path})
            else:
                response = unexpected_response(Request(scope), exc)
                await response(scope, receive, send_wrapper)
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


class _BodyTooLarge(Exception):
    """Raised into the app when the streamed body passes its limit."""


def _nul_error(field: str) -> ValidationFailed:
    message = "NUL characters (U+0000) are not accepted in text"
    return ValidationFailed(
        f"{field}: {message}", errors=[FieldError(field=field, message=message, type="nul")]
    )


class RequestLimitsMiddleware:
    """Refuses, before the route runs: a body over its route's size limit (413, by
    ``Content-Length`` and again while it streams in), NUL characters in the path, query or a
    JSON / form body (422), and JSON nested deeper than ``json_max_depth`` (422)."""

    def __init__(
        self, app: ASGIApp, limits: BodyLimits, json_max_depth: int, max_header_bytes: int
    ) -> None:
        self.app = app
        self.limits = limits
        self.json_max_depth = json_max_depth
        self.max_header_bytes = max_header_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        limit = self.limits.for_path(scope["path"])
        too_large = PayloadTooLarge(
            f"the request body is larger than the {limit} bytes this route accepts",
            max_bytes=limit,
        )
        try:
            buffered = await self._check(scope, receive, limit, too_large)
        except AppError as exc:
            await app_error_response(request, exc)(scope, receive, send)
            return
        if buffered is not None:
            await self.app(scope, buffered, send)
        else:
            await self._stream(scope, receive, send, request, limit, too_large)

    async def _check(
        self, scope: Scope, receive: Receive, limit: int, too_large: PayloadTooLarge
    ) -> Receive | None:
        """Raise the problem a request deserves before the app sees it; for a JSON or form
        body (checked whole), return a receive that replays it, else None (streamed)."""
        # The server's parser bounds headers first (``kalkan serve`` runs h11 with
        # h11_max_incomplete_event_size); this covers servers started without that limit.
        header_bytes = sum(len(key) + len(value) for key, value in scope.get("headers") or ())
        if header_bytes > self.max_header_bytes:
            raise HeadersTooLarge(
                f"the request headers total {header_bytes} bytes, more than the "
                f"{self.max_header_bytes} accepted"
            )
        if "\x00" in scope["path"]:
            raise _nul_error("path")
        if urlencoded_has_nul(scope.get("query_string", b"")):
            raise _nul_error("query")
        length = _header(scope, b"content-length")
        if length.isdigit() and int(length) > limit:
            raise too_large
        content_type = _header(scope, b"content-type").split(b";", 1)[0].strip().lower()
        is_json = content_type == b"application/json" or content_type.endswith(b"+json")
        if not is_json and content_type != b"application/x-www-form-urlencoded":
            return None
        body, disconnected = await _read_body(receive, limit, too_large)
        if is_json and json_has_nul(body):
            raise _nul_error("body")
        if is_json and json_depth_exceeds(body, self.json_max_depth):
            message = f"JSON nests deeper than {self.json_max_depth} levels"
            raise ValidationFailed(
                message, errors=[FieldError(field="body", message=message, type="json_depth")]
            )
        if not is_json and urlencoded_has_nul(body):
            raise _nul_error("body")
        return _replay(body, disconnected, receive)

    async def _stream(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        request: Request,
        limit: int,
        too_large: PayloadTooLarge,
    ) -> None:
        """Pass the body through, counting; past the limit the app's receive raises and
        whatever the app answers to that is replaced by the 413."""
        state = {"received": 0, "tripped": False, "replaced": False}

        async def counting_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > limit:
                    state["tripped"] = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            if state["tripped"]:
                if not state["replaced"] and message["type"] == "http.response.start":
                    state["replaced"] = True
                    await app_error_response(request, too_large)(scope, receive, send)
                return
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not state["tripped"]:
                raise
        if state["tripped"] and not state["replaced"]:
            await app_error_response(request, too_large)(scope, receive, send)


async def _read_body(
    receive: Receive, limit: int, too_large: PayloadTooLarge
) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"".join(chunks), True
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks), False


def _replay(body: bytes, disconnected: bool, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            if disconnected:
                return {"type": "http.disconnect"}
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class OptionsMiddleware:
    """``OPTIONS`` on a route answers 204 with ``Allow`` listing its methods (RFC 9110
    §9.3.7); an unknown path stays 404. Other wrong methods get 405 with ``Allow`` from the
    router already."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "OPTIONS":
            await self.app(scope, receive, send)
            return
        methods: set[str] = set()
        router = getattr(scope.get("app"), "router", None)
        for route in getattr(router, "routes", ()):
            route_methods = getattr(route, "methods", None)
            if route_methods and route.matches(scope)[0] != Match.NONE:
                methods |= set(route_methods)
        if not methods or "OPTIONS" in methods:
            await self.app(scope, receive, send)
            return
        methods.add("OPTIONS")
        allow = ", ".join(sorted(methods)).encode()
        await send({"type": "http.response.start", "status": 204, "headers": [(b"allow", allow)]})
        await send({"type": "http.response.body", "body": b""})
