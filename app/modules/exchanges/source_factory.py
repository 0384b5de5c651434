"""Which market-data source a deployment runs: ``APP_MARKET_DATA`` = live, replay or synthetic."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.core.config import Settings
from app.modules.exchanges.live_source import LiveSource
from app.modules.exchanges.replay_source import ReplaySource
from app.modules.exchanges.source_protocol import DEFAULT_EXCHANGES, MarketDataSource
from app.modules.exchanges.synthetic_source import SyntheticSource


def build_source(
    kind: str,
    *,
    exchanges: Iterable[str] = DEFAULT_EXCHANGES,
    recordings: Sequence[str | Path] = (),
    speed: float = 1.0,
    seed: int = 0,
    **live_options: Any,
) -> MarketDataSource:
    """The source named by ``APP_MARKET_DATA``: ``live`` (default), ``replay`` or ``synthetic``."""
    kind = kind.lower()
    if kind == "live":
        return LiveSource(exchanges, **live_options)
    if kind == "replay":
        if not recordings:
            raise ValueError("replay market data needs at least one recording")
        return ReplaySource(recordings, speed=speed)
    if kind == "synthetic":
        return SyntheticSource(exchanges, seed=seed)
    raise ValueError(f"unknown market-data source {kind!r}; use live, replay or synthetic")


def build_from_settings(settings: Settings) -> MarketDataSource:
    """The source the deployment's ``APP_MARKET_*`` settings describe."""
    return build_source(
        settings.market_data,
        exchanges=settings.market_exchanges,
        recordings=[str(path) for path in settings.market_replay_paths],
        speed=settings.market_replay_speed,
        seed=settings.market_synthetic_seed,
        **({"timeout_ms": settings.market_timeout_ms} if settings.market_data == "live" else {}),
    )
