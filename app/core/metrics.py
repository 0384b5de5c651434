"""Prometheus metrics: domain counters, and HTTP metrics from one pure-ASGI middleware.

The HTTP series keep prometheus-fastapi-instrumentator's names and labels (which this replaced):
``http_requests_total{method,status,handler}``, ``http_request_size_bytes{handler}``,
``http_response_size_bytes{handler}``, ``http_request_duration_highr_seconds`` and
``http_request_duration_seconds{handler,method}``.
"""

from __future__ import annotations

import os
import time

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Summary,
    generate_latest,
)
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SIGNALS_SAVED = Counter("kalkan_signals_saved_total", "Trading signals saved")
LOGINS_FAILED = Counter("kalkan_logins_failed_total", "Failed login attempts")
RATE_LIMITED = Counter("kalkan_rate_limited_total", "Requests refused by a rate limit", ["group"])
JOBS = Counter("kalkan_jobs_total", "Background job state transitions", ["kind", "state"])
JOBS_RUNNING = Gauge("kalkan_jobs_running", "Background jobs running in this process")
CANDLES_IMPORTED = Counter("kalkan_candles_imported_total", "Candles inserted by imports")
RETENTION_DELETED = Counter(
    "kalkan_retention_deleted_rows_total", "Rows removed by retention", ["table"]
)

_HIGHR_BUCKETS = (0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 4)
_HIGHR_BUCKETS += (4.5, 5, 7.5, 10, 30, 60, float("inf"))
HTTP_REQUESTS = Counter(
    "http_requests_total",
    "Total number of requests by method, status and handler.",
    ["method", "status", "handler"],
)
HTTP_REQUEST_SIZE = Summary(
    "http_request_size_bytes", "Content length of incoming requests by handler.", ["handler"]
)
HTTP_RESPONSE_SIZE = Summary(
    "http_response_size_bytes", "Content length of outgoing responses by handler.", ["handler"]
)
HTTP_LATENCY_HIGHR = Histogram(
    "http_request_duration_highr_seconds",
    "Latency with many buckets but no API specific labels.",
    buckets=_HIGHR_BUCKETS,
)
HTTP_LATENCY = Histogram(
    "http_request_duration_seconds",
    "Latency with only few buckets by handler.",
    ["handler", "method"],
    buckets=(0.1, 0.5, 1, float("inf")),
)
METRICS_PATH = "/metrics"


def route_template(scope: Scope) -> str:
    """The matched route's path template (``/api/v1/signals/{signal_id}``), or ``none``.

    Read after the app has routed the request. FastAPI keeps routes of included routers
    unprefixed and records the prefixed match in its own scope entry; routes added to the app
    itself carry their full path."""
    state = scope.get("fastapi")
    context = state.get("effective_route_context") if isinstance(state, dict) else None
    template = getattr(context, "path_format", None)
    if template is None:
        template = getattr(scope.get("route"), "path_format", None)
    return template or "none"


def _content_length(headers: object) -> int:
    for name, value in headers or ():  # type: ignore[attr-defined]
        if name == b"content-length":
            return int(value)
    return 0


class HttpMetricsMiddleware:
    """Counts and times HTTP requests by route template. The template is read from the scope
    once routing is done, instead of matching every route again per request (the
    instrumentator's way, which also forced FastAPI to build the state of every route on the
    first request: ~0.4 s added to start-up)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] == METRICS_PATH:
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        response: dict[str, int] = {"status": 500, "size": 0}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                response["status"] = message["status"]
                response["size"] = _content_length(message.get("headers"))
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            _observe(scope, response["status"], response["size"], time.perf_counter() - started)


def _observe(scope: Scope, status: int, size: int, seconds: float) -> None:
    handler = route_template(scope)
    method = scope["method"]
    HTTP_REQUESTS.labels(method, str(status), handler).inc()
    HTTP_REQUEST_SIZE.labels(handler).observe(_content_length(scope.get("headers")))
    HTTP_RESPONSE_SIZE.labels(handler).observe(size)
    HTTP_LATENCY_HIGHR.observe(seconds)
    HTTP_LATENCY.labels(handler, method).observe(seconds)


def render_metrics() -> tuple[bytes, str]:
    """The exposition text and its content type (all processes' under a multiprocess setup)."""
    registry = REGISTRY
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    return generate_latest(registry), CONTENT_TYPE_LATEST
