"""Per-exchange health, independent of ccxt (retry timing is ``app.core.retry``).

Health states: ``unknown`` before the first call, ``up`` after a success, ``degraded`` after a
failure, ``down`` after ``down_after`` consecutive failures. While an exchange is down, calls fail
fast with ``ExchangeUnavailable`` for ``cooldown`` seconds (no point hammering it); after that one
trial call is let through, and its outcome moves the state again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from app.modules.exchanges.errors import ExchangeUnavailable


class HealthState(StrEnum):
    UNKNOWN = "unknown"
    UP = "up"
    DEGRADED = "degraded"
    DOWN = "down"


@dataclass(slots=True)
class ExchangeHealth:
    exchange: str
    state: HealthState = HealthState.UNKNOWN
    consecutive_failures: int = 0
    last_ok: float | None = None
    """Wall-clock time (epoch seconds) of the last success."""
    last_error: str | None = None
    last_error_at: float | None = None
    reconnects: int = 0
    """Stream reconnects / resyncs (websocket drops and sequence gaps)."""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = str(self.state)
        return data


class HealthTracker:
    def __init__(
        self,
        *,
        down_after: int = 3,
        cooldown: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.down_after = down_after
        self.cooldown = cooldown
        self._clock = clock
        self._wall = wall_clock
        self._health: dict[str, ExchangeHealth] = {}
        self._down_since: dict[str, float] = {}

    def get(self, exchange: str) -> ExchangeHealth:
        health = self._health.get(exchange)
        if health is None:
            health = self._health[exchange] = ExchangeHealth(exchange)
        return health

    def all(self) -> dict[str, ExchangeHealth]:
        return dict(self._health)

    def success(self, exchange: str) -> None:
        health = self.get(exchange)
        health.state = HealthState.UP
        health.consecutive_failures = 0
        health.last_ok = self._wall()
        self._down_since.pop(exchange, None)

    def failure(self, exchange: str, error: BaseException | str) -> HealthState:
        health = self.get(exchange)
        health.consecutive_failures += 1
        health.last_error = str(error) or type(error).__name__
        health.last_error_at = self._wall()
        if health.consecutive_failures >= self.down_after:
            health.state = HealthState.DOWN
            self._down_since[exchange] = self._clock()
        else:
            health.state = HealthState.DEGRADED
        return health.state

    def reconnected(self, exchange: str) -> None:
        self.get(exchange).reconnects += 1

    def check(self, exchange: str) -> None:
        """Fail fast while ``exchange`` is down and its cooldown has not elapsed."""
        since = self._down_since.get(exchange)
        if since is None:
            return
        remaining = self.cooldown - (self._clock() - since)
        if remaining > 0:
            health = self.get(exchange)
            raise ExchangeUnavailable(
                exchange, f"marked down after: {health.last_error}", retry_after=remaining
            )
