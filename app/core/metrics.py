"""Prometheus metrics: domain counters, and HTTP metrics from prometheus-fastapi-instrumentator.

The instrumentator's middleware finds each request's route template by matching the path against
every route, before the app routes it. ``TemplateMemoMiddleware`` remembers the answer per
(method, path), so a hot endpoint pays for that match once instead of on every request.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from prometheus_client import Counter, Gauge, Histogram
from prometheus_fastapi_instrumentator import Instrumentator, metrics
from prometheus_fastapi_instrumentator.middleware import PrometheusInstrumentatorMiddleware
from starlette.middleware import Middleware
from starlette.requests import Request

SIGNALS_SAVED = Counter("kalkan_signals_saved_total", "Trading signals saved")
LOGINS_FAILED = Counter("kalkan_logins_failed_total", "Failed login attempts")
RATE_LIMITED = Counter("kalkan_rate_limited_total", "Requests refused by a rate limit", ["group"])
JOBS = Counter("kalkan_jobs_total", "Background job state transitions", ["kind", "state"])
JOBS_RUNNING = Gauge("kalkan_jobs_running", "Background jobs running in this process")
CANDLES_IMPORTED = Counter("kalkan_candles_imported_total", "Candles inserted by imports")
RETENTION_DELETED = Counter(
    "kalkan_retention_deleted_rows_total", "Rows removed by retention", ["table"]
)
JOB_DURATION = Histogram(
    "kalkan_job_duration_seconds",
    "Background job run time, from start to its final state",
    ["kind"],
    buckets=(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 1800, 3600),
)

# The instrumentator's default series, registered once per process: a second app in the same
# process (tests) would otherwise find them registered and silently record nothing.
HTTP_SERIES = metrics.default()

METRICS_PATH = "/metrics"
_MEMO_LIMIT = 4096  # (method, path) pairs remembered; paths carrying ids make it grow


class TemplateMemoMiddleware(PrometheusInstrumentatorMiddleware):
    """The instrumentator's middleware with route templates memoised per (method, path)."""

    def __init__(self, app: Any, /, **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self._handlers: dict[tuple[str, str], tuple[str, bool]] = {}

    def _get_handler(self, request: Request) -> tuple[str, bool]:
        key = (request.scope["method"], request.scope["path"])
        found = self._handlers.get(key)
        if found is None:
            if len(self._handlers) >= _MEMO_LIMIT:
                self._handlers.clear()
            found = self._handlers[key] = super()._get_handler(request)
        return found


def install_http_metrics(app: FastAPI) -> None:
    """Instrument ``app`` (series ``http_requests_total{method,status,handler}``,
    ``http_request_duration_seconds`` …) and expose ``/metrics``."""
    instrumentator = Instrumentator(
        excluded_handlers=[METRICS_PATH], should_group_status_codes=False
    )
    if HTTP_SERIES is not None:
        instrumentator.add(HTTP_SERIES)
    instrumentator.instrument(app)
    # instrument() adds the library's middleware with its configuration; keep that
    # configuration and swap in the memoising subclass.
    app.user_middleware = [
        Middleware(TemplateMemoMiddleware, *entry.args, **entry.kwargs)
        # starlette types `cls` as a factory protocol the library's class does not match.
        if entry.cls is PrometheusInstrumentatorMiddleware  # type: ignore[comparison-overlap]
        else entry
        for entry in app.user_middleware
    ]
    instrumentator.expose(app, endpoint=METRICS_PATH, include_in_schema=False)
