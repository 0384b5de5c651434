"""Domain counters exposed at ``/metrics`` beside the HTTP metrics of the instrumentator."""

from __future__ import annotations

from prometheus_client import Counter, Gauge

SIGNALS_SAVED = Counter("kalkan_signals_saved_total", "Trading signals saved")
LOGINS_FAILED = Counter("kalkan_logins_failed_total", "Failed login attempts")
RATE_LIMITED = Counter("kalkan_rate_limited_total", "Requests refused by a rate limit", ["group"])
JOBS = Counter("kalkan_jobs_total", "Background job state transitions", ["kind", "state"])
JOBS_RUNNING = Gauge("kalkan_jobs_running", "Background jobs running in this process")
CANDLES_IMPORTED = Counter("kalkan_candles_imported_total", "Candles inserted by imports")
RETENTION_DELETED = Counter(
    "kalkan_retention_deleted_rows_total", "Rows removed by retention", ["table"]
)
