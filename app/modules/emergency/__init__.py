"""Emergency circuit breaker: flash-crash detection, the kill switch, alerts."""

from __future__ import annotations

from app.modules.emergency.router import router

__all__ = ["router"]
