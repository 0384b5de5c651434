"""Smart order execution: the one order path, the paper (and live) broker, TWAP/VWAP/iceberg
algorithms and pre-trade estimates."""

from __future__ import annotations

from app.modules.execution.lifecycle import on_shutdown, on_startup
from app.modules.execution.router import router

__all__ = ["on_shutdown", "on_startup", "router"]
