"""Domain DTOs of the emergency circuit breaker, shared with ``public.py`` and the API."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from app.core.timeutil import UtcDatetime


class CrashRule(StrEnum):
    """The flash-crash rules; an episode lists the ones that fired at its detection."""

    drawdown = "drawdown"
    """The bar's low is at least ``drop_pct`` below the highest high of the last
    ``window_minutes`` (the current bar included)."""
    severe_drawdown = "severe_drawdown"
    """The same drawdown, at least ``severe_multiple`` × ``drop_pct``: fires on its own."""
    return_zscore = "return_zscore"
    """The bar's log return is ``zscore`` robust standard deviations (median / 1.4826·MAD of
    the previous ``lookback_bars`` returns) below the median."""
    volume_spike = "volume_spike"
    """The bar's volume is at least ``volume_multiple`` × the median of the previous
    ``lookback_bars`` volumes."""
    range_spike = "range_spike"
    """The bar's range (high − low) / open is at least ``range_multiple`` × its median over the
    previous ``lookback_bars`` bars (the candle-level stand-in for a spread blow-out)."""
    spread_spike = "spread_spike"
    """Live only: the order book's spread (bps of mid, the marketmaker module's metrics) is at
    least ``spread_multiple`` × its median over the previous ``book_baseline_samples`` polls."""
    depth_collapse = "depth_collapse"
    """Live only: resting notional within ``depth_band_pct`` % of mid (bids + asks) fell to at
    most ``depth_collapse_fraction`` × its median over the previous polls."""
    dislocation = "dislocation"
    """Live only: the watched market's price is at least ``dislocation_pct`` below the median
    price of the same symbol on the reference exchanges."""


EmergencyAction = Literal["alert", "halt", "halt_close", "halt_hedge"]
"""What a detection does for the watching user: alert only; halt (the user's kill switch);
halt and close every position; halt and hedge the net exposure."""


class CrashDetectorParams(BaseModel):
    """Flash-crash detector parameters. A crash is detected at the close of a bar where
    ``drawdown`` fires together with at least one confirmation (``return_zscore``,
    ``volume_spike`` or ``range_spike``), or where ``severe_drawdown`` fires alone. Only data up
    to and including that bar are used. An episode stays open (no new alert: hysteresis) until
    ``cooldown_minutes`` pass without ``drawdown`` firing.

    The defaults (10 % within an hour, confirmed) caught 2020-03-12 and 2021-05-19 in the first
    hourly bar of each crash on Binance BTC/USDT, and were silent in 26 of the 47 months of
    2017-08 → 2021-06 (the others held real crash days: 2017-12, 2018-01, 2020-03, 2021-05, ...).
    """

    window_minutes: int = Field(default=60, ge=1, le=7 * 24 * 60)
    drop_pct: float = Field(default=0.10, gt=0, lt=1)
    severe_multiple: float = Field(default=2.0, ge=1, le=10)
    lookback_bars: int = Field(default=168, ge=10, le=10_000)
    zscore: float = Field(default=6.0, gt=0, le=100)
    volume_multiple: float = Field(default=4.0, gt=1, le=1000)
    range_multiple: float = Field(default=5.0, gt=1, le=1000)
    cooldown_minutes: int = Field(default=360, ge=0, le=30 * 24 * 60)


class LiveRuleParams(BaseModel):
    """Parameters of the live-only confirmations (order book and other exchanges). Each counts
    as a confirmation of ``drawdown`` like ``volume_spike``; a sample older than
    ``max_age_seconds`` counts as absent."""

    spread_multiple: float = Field(default=5.0, gt=1, le=1000)
    depth_collapse_fraction: float = Field(default=0.3, gt=0, lt=1)
    depth_band_pct: float = Field(default=1.0, description="Depth band of the metrics: 0.5, 1, 2")
    book_baseline_samples: int = Field(default=120, ge=5, le=10_000)
    book_min_samples: int = Field(default=10, ge=2, le=10_000)
    dislocation_pct: float = Field(default=0.03, gt=0, lt=1)
    max_age_seconds: float = Field(default=30.0, gt=0, le=3600)


class CrashEpisode(BaseModel):
    """One detected crash. ``depth`` is the fraction lost from the peak to the trough
    (negative); ``detected_at`` is the close of the first bar at which the detector fired."""

    onset: UtcDatetime = Field(description="Open time of the bar that made the peak before it")
    detected_at: UtcDatetime
    peak: float = Field(description="Highest high in the window before detection")
    price_at_detection: float = Field(description="Close of the detecting bar")
    trough: float = Field(description="Lowest low until the episode ended")
    trough_at: UtcDatetime
    depth: float = Field(le=0, description="trough / peak − 1 (negative)")
    ended_at: UtcDatetime | None = Field(description="Null while still open at the data's end")
    rules: list[CrashRule] = Field(description="The rules that fired at detection")


class BarInput(BaseModel):
    """One OHLCV bar for the detector (open time)."""

    ts: datetime
    open: float
    high: float
    low: float
    close: float
    volume: float
