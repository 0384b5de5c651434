"""The live flash-crash detector: the rules of ``detectors.py``, evaluated incrementally.

``MarketDetector`` keeps the closed bars of one market and, when a bar closes, the baselines the
rules need (median and MAD of the previous ``lookback_bars`` log returns, medians of volume and
range, the highest high of the window). Each tick then updates the forming bar and is evaluated
in O(1) against those baselines: a crash is seen at the tick that completes it, not at the
bar's close. Closed bars (from the trade stream or replayed candles) go through the same
evaluation, which matches ``detectors.bar_features`` bar for bar once ``lookback_bars + 1`` bars
are known.

Besides the candle rules, three live confirmations come from outside the bars: the order book's
spread and depth (the marketmaker module's metrics, fed with ``on_book``) and the price of the
same symbol on other exchanges (``on_reference``). Hysteresis is the ``EpisodeTracker``'s: one
episode (one alert) until ``cooldown_minutes`` pass without the drawdown rule firing.
"""

from __future__ import annotations

import math
import statistics
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

from app.modules.emergency.detectors import (
    MAD_TO_SIGMA,
    BarFeatures,
    EpisodeTracker,
    is_crash,
    rules_fired,
    window_bars,
)
from app.modules.emergency.specs import (
    BarInput,
    CrashDetectorParams,
    CrashEpisode,
    CrashRule,
    LiveRuleParams,
)


def _moment(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


@dataclass(slots=True)
class _Forming:
    start_ms: int
    open: float
    high: float
    low: float
    close: float
    volume: float

    def bar(self) -> BarInput:
        return BarInput(
            ts=_moment(self.start_ms),
            open=self.open,
            high=self.high,
            low=self.low,
            close=self.close,
            volume=self.volume,
        )


@dataclass(slots=True)
class _Baseline:
    """What the rules compare the current bar with: computed once per closed bar."""

    prev_close: float | None
    return_median: float
    return_mad: float
    volume_median: float
    range_median: float
    peak: float
    peak_time: datetime


@dataclass(slots=True)
class _Sample:
    value: float
    at: float


class MarketDetector:
    """One market, one timeframe, one parameter set."""

    def __init__(
        self,
        params: CrashDetectorParams,
        bar_ms: int,
        live: LiveRuleParams | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.params, self.bar_ms = params, bar_ms
        self.live = live or LiveRuleParams()
        self.reach = window_bars(params, bar_ms / 60_000)
        self._bars: deque[BarInput] = deque(maxlen=max(params.lookback_bars, self.reach) + 2)
        # The baselines' inputs, kept as floats as the bars close (no per-bar rebuild).
        lookback = params.lookback_bars
        self._returns: deque[float] = deque(maxlen=lookback)
        self._volumes: deque[float] = deque(maxlen=lookback)
        self._ranges: deque[float] = deque(maxlen=lookback)
        self._highs: deque[tuple[float, datetime]] = deque(maxlen=self.reach)
        self._baseline: _Baseline | None = None
        self._forming: _Forming | None = None
        self.tracker = EpisodeTracker(params)
        self.last_rules: list[CrashRule] = []
        self.last_price: float | None = None
        self.last_at: datetime | None = None
        self.ticks = 0
        self.bars_seen = 0
        """Closed bars taken (seeded or evaluated), beyond the ones kept."""
        self._clock = clock
        self._spreads: deque[float] = deque(maxlen=self.live.book_baseline_samples)
        self._depths: deque[float] = deque(maxlen=self.live.book_baseline_samples)
        self._book_flags: tuple[float, list[CrashRule]] | None = None
        self._references: dict[str, _Sample] = {}

    # -- state ---------------------------------------------------------------------------------

    @property
    def bars_known(self) -> int:
        return len(self._bars)

    @property
    def warm(self) -> bool:
        """Whether every candle rule has its baseline (``lookback_bars + 1`` closed bars)."""
        return len(self._bars) > self.params.lookback_bars

    @property
    def book_depths(self) -> list[float]:
        """The depth samples of the order-book baseline, oldest first."""
        return list(self._depths)

    @property
    def book_rules(self) -> list[CrashRule]:
        """What the latest order-book sample fired (spread spike, depth collapse)."""
        return list(self._book_flags[1]) if self._book_flags is not None else []

    @property
    def last_closed(self) -> BarInput | None:
        return self._bars[-1] if self._bars else None

    @property
    def episode(self) -> CrashEpisode | None:
        return self.tracker.current

    def seed(self, bars: Iterable[BarInput]) -> None:
        """Take history as the baseline without evaluating it (no alert for the past)."""
        for bar in bars:
            if self._bars and bar.ts <= self._bars[-1].ts:
                continue
            self._append(bar)
        self._rebaseline()

    # -- inputs --------------------------------------------------------------------------------

    def on_tick(self, ts_ms: int, price: float, amount: float) -> CrashEpisode | None:
        """One trade. Returns the episode when this tick starts one."""
        if not (price > 0 and math.isfinite(price)) or not math.isfinite(amount):
            return None
        self.ticks += 1
        start = ts_ms - ts_ms % self.bar_ms
        forming = self._forming
        started = None
        if forming is not None and start > forming.start_ms:
            started = self.on_bar(forming.bar())
            forming = self._forming = None
        if forming is not None and start < forming.start_ms:
            return started  # a late trade of a bar already closed
        if self._bars and start <= int(self._bars[-1].ts.timestamp() * 1000):
            return started
        self.last_price, self.last_at = price, _moment(ts_ms)
        if forming is None:
            self._forming = _Forming(start, price, price, price, price, max(amount, 0.0))
            new_low = True
        else:
            new_low = price < forming.low
            forming.high = max(forming.high, price)
            forming.low = min(forming.low, price)
            forming.close = price
            forming.volume += max(amount, 0.0)
        # The drawdown (and so a start) can only appear on a new low; an open episode is
        # extended (and may end) on every tick.
        if new_low or self.tracker.current is not None:
            assert self._forming is not None
            found = self._evaluate(self._forming.bar(), _moment(ts_ms))
            started = started or found
        return started

    def on_bar(self, bar: BarInput) -> CrashEpisode | None:
        """A closed bar (the trade stream's, or a replayed candle). Returns a new episode."""
        if self._bars and bar.ts <= self._bars[-1].ts:
            return None
        if self._forming is not None and int(bar.ts.timestamp() * 1000) >= self._forming.start_ms:
            self._forming = None  # the candle supersedes what the ticks built
        self.last_price = bar.close
        close_time = bar.ts + timedelta(milliseconds=self.bar_ms)
        self.last_at = close_time
        started = self._evaluate(bar, close_time)
        self._append(bar)
        self._rebaseline()
        return started

    def on_book(self, spread_bps: float | None, depth_notional: float | None) -> None:
        """One order-book sample (marketmaker metrics): sets the spread/depth confirmations."""
        fired: list[CrashRule] = []
        live = self.live
        if spread_bps is not None and math.isfinite(spread_bps):
            if len(self._spreads) >= live.book_min_samples:
                median = statistics.median(self._spreads)
                if median > 0 and spread_bps >= live.spread_multiple * median:
                    fired.append(CrashRule.spread_spike)
            self._spreads.append(spread_bps)
        if depth_notional is not None and math.isfinite(depth_notional):
            if len(self._depths) >= live.book_min_samples:
                median = statistics.median(self._depths)
                if median > 0 and depth_notional <= live.depth_collapse_fraction * median:
                    fired.append(CrashRule.depth_collapse)
            self._depths.append(depth_notional)
        self._book_flags = (self._clock(), fired)

    def on_reference(self, exchange: str, price: float | None) -> None:
        """The same symbol's latest price on another exchange (dislocation)."""
        if price is not None and price > 0 and math.isfinite(price):
            self._references[exchange] = _Sample(price, self._clock())

    # -- evaluation ----------------------------------------------------------------------------

    def _live_rules(self, price: float) -> list[CrashRule]:
        now, max_age = self._clock(), self.live.max_age_seconds
        fired: list[CrashRule] = []
        if self._book_flags is not None and now - self._book_flags[0] <= max_age:
            fired.extend(self._book_flags[1])
        fresh = [s.value for s in self._references.values() if now - s.at <= max_age]
        if fresh and price / statistics.median(fresh) - 1.0 <= -self.live.dislocation_pct:
            fired.append(CrashRule.dislocation)
        return fired

    def _evaluate(self, bar: BarInput, at: datetime) -> CrashEpisode | None:
        base = self._baseline
        if base is None or bar.high > base.peak:  # ties: the earlier bar, as argmax
            peak, peak_time = bar.high, bar.ts
        else:
            peak, peak_time = base.peak, base.peak_time
        zscore = volume_ratio = range_ratio = math.nan
        if base is not None and self.warm and base.prev_close:
            ret = math.log(bar.close / base.prev_close)
            with np.errstate(divide="ignore", invalid="ignore"):
                zscore = float(
                    np.float64(ret - base.return_median)
                    / np.float64(MAD_TO_SIGMA * base.return_mad)
                )
            if base.volume_median > 0:
                volume_ratio = bar.volume / base.volume_median
            if base.range_median > 0:
                range_ratio = (bar.high - bar.low) / bar.open / base.range_median
        features = BarFeatures(
            drawdown=np.array([bar.low / peak - 1.0]),
            peak=np.array([peak]),
            peak_index=np.array([0]),
            zscore=np.array([zscore]),
            volume_ratio=np.array([volume_ratio]),
            range_ratio=np.array([range_ratio]),
        )
        fired = rules_fired(features, 0, self.params)
        if CrashRule.drawdown in fired:
            fired.extend(self._live_rules(bar.close))
        self.last_rules = fired
        if self.tracker.current is None and not is_crash(fired):
            return None
        return self.tracker.update(
            close_time=at,
            fired=fired,
            peak=peak,
            peak_time=peak_time,
            low=bar.low,
            low_time=bar.ts,
            close=bar.close,
        )

    def _append(self, bar: BarInput) -> None:
        if self._bars:
            self._returns.append(math.log(bar.close / self._bars[-1].close))
        self._bars.append(bar)
        self._volumes.append(bar.volume)
        self._ranges.append((bar.high - bar.low) / bar.open)
        self._highs.append((bar.high, bar.ts))
        self.bars_seen += 1

    def _rebaseline(self) -> None:
        if not self._bars:
            self._baseline = None
            return
        peak, peak_time = self._highs[0]
        for high, ts in self._highs:  # the earliest of equal highs, as argmax
            if high > peak:
                peak, peak_time = high, ts
        returns = list(self._returns) or [0.0]
        centre = statistics.median(returns)
        self._baseline = _Baseline(
            prev_close=self._bars[-1].close,
            return_median=centre,
            return_mad=statistics.median([abs(r - centre) for r in returns]),
            volume_median=statistics.median(self._volumes),
            range_median=statistics.median(self._ranges),
            peak=peak,
            peak_time=peak_time,
        )
