"""Flash-crash detection over OHLCV bars: one implementation for stored candles (``scan``) and
live streams (``LiveCrashDetector``, which keeps the last bars and runs the same code).

The rules and their parameters are documented on ``CrashRule`` and ``CrashDetectorParams``.
Every quantity at bar *t* uses bars up to *t* only; the robust statistics use the bars before
*t*, so the crash bar never dilutes its own baseline.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np

from app.modules.emergency.specs import BarInput, CrashDetectorParams, CrashEpisode, CrashRule

MAD_TO_SIGMA = 1.4826  # MAD of a normal sample × 1.4826 estimates its standard deviation
_CHUNK_ELEMENTS = 4_000_000  # bounds the memory of the sliding-window statistics


@dataclass(frozen=True, slots=True)
class BarFeatures:
    """Per-bar rule inputs (arrays aligned with the bars)."""

    drawdown: np.ndarray  # low / peak − 1
    peak: np.ndarray
    peak_index: np.ndarray
    zscore: np.ndarray  # nan until ``lookback_bars`` returns exist
    volume_ratio: np.ndarray
    range_ratio: np.ndarray


def window_bars(params: CrashDetectorParams, bar_minutes: float) -> int:
    """Bars before the current one that the drawdown window reaches back over (≥ 1)."""
    return max(1, math.ceil(params.window_minutes / bar_minutes))


def _trailing(values: np.ndarray, lookback: int) -> tuple[np.ndarray, np.ndarray]:
    """Median and MAD of the ``lookback`` values before each index (nan where fewer)."""
    n = len(values)
    median = np.full(n, np.nan)
    mad = np.full(n, np.nan)
    if n <= lookback:
        return median, mad
    windows = np.lib.stride_tricks.sliding_window_view(values[:-1], lookback)  # ends at t-1
    step = max(1, _CHUNK_ELEMENTS // lookback)
    for start in range(0, len(windows), step):
        block = windows[start : start + step]
        centre = np.median(block, axis=1)
        median[lookback + start : lookback + start + len(block)] = centre
        mad[lookback + start : lookback + start + len(block)] = np.median(
            np.abs(block - centre[:, None]), axis=1
        )
    return median, mad


def _ratio_to_median(values: np.ndarray, lookback: int) -> np.ndarray:
    median, _ = _trailing(values, lookback)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(median > 0, values / median, np.nan)


def bar_features(
    o: np.ndarray,
    h: np.ndarray,
    low: np.ndarray,
    c: np.ndarray,
    v: np.ndarray,
    params: CrashDetectorParams,
    bar_minutes: float,
) -> BarFeatures:
    n = len(c)
    reach = window_bars(params, bar_minutes)
    padded = np.concatenate([np.full(reach, -np.inf), h])
    highs = np.lib.stride_tricks.sliding_window_view(padded, reach + 1)  # bars t-reach .. t
    offset = highs.argmax(axis=1)
    peak_index = np.arange(n) - reach + offset
    peak = highs[np.arange(n), offset]
    drawdown = low / peak - 1.0

    returns = np.empty(n)
    returns[0] = np.nan
    returns[1:] = np.log(c[1:] / c[:-1])
    median, mad = _trailing(np.nan_to_num(returns, nan=0.0), params.lookback_bars)
    with np.errstate(divide="ignore", invalid="ignore"):
        zscore = (returns - median) / (MAD_TO_SIGMA * mad)
    ranges = (h - low) / o
    return BarFeatures(
        drawdown=drawdown,
        peak=peak,
        peak_index=peak_index,
        zscore=zscore,
        volume_ratio=_ratio_to_median(v, params.lookback_bars),
        range_ratio=_ratio_to_median(ranges, params.lookback_bars),
    )


def rules_fired(features: BarFeatures, i: int, params: CrashDetectorParams) -> list[CrashRule]:
    fired: list[CrashRule] = []
    drawdown = features.drawdown[i]
    if drawdown <= -params.drop_pct:
        fired.append(CrashRule.drawdown)
    if drawdown <= -params.drop_pct * params.severe_multiple:
        fired.append(CrashRule.severe_drawdown)
    if features.zscore[i] <= -params.zscore:  # nan compares False: no baseline, no rule
        fired.append(CrashRule.return_zscore)
    if features.volume_ratio[i] >= params.volume_multiple:
        fired.append(CrashRule.volume_spike)
    if features.range_ratio[i] >= params.range_multiple:
        fired.append(CrashRule.range_spike)
    return fired


CONFIRMATIONS = frozenset(
    {
        CrashRule.return_zscore,
        CrashRule.volume_spike,
        CrashRule.range_spike,
        CrashRule.spread_spike,  # the live-only rules: never fired over stored candles
        CrashRule.depth_collapse,
        CrashRule.dislocation,
    }
)


def is_crash(fired: list[CrashRule]) -> bool:
    if CrashRule.severe_drawdown in fired:
        return True
    return CrashRule.drawdown in fired and any(rule in CONFIRMATIONS for rule in fired)


@dataclass
class EpisodeTracker:
    """Turns per-bar detections into episodes, with hysteresis: while an episode is open a
    new detection extends it instead of raising a second alert."""

    params: CrashDetectorParams
    current: CrashEpisode | None = None
    finished: list[CrashEpisode] = field(default_factory=list)
    _last_drawdown_close: datetime | None = None

    def update(
        self,
        *,
        close_time: datetime,
        fired: list[CrashRule],
        peak: float,
        peak_time: datetime,
        low: float,
        low_time: datetime,
        close: float,
    ) -> CrashEpisode | None:
        """Feed one closed bar; returns the episode when this bar starts one."""
        if CrashRule.drawdown in fired:
            self._last_drawdown_close = close_time
        started = None
        if self.current is None:
            if is_crash(fired):
                started = self.current = CrashEpisode(
                    onset=peak_time,
                    detected_at=close_time,
                    peak=peak,
                    price_at_detection=close,
                    trough=low,
                    trough_at=low_time,
                    depth=min(0.0, low / peak - 1.0),
                    ended_at=None,
                    rules=fired,
                )
            return started
        episode = self.current
        if low < episode.trough:
            episode.trough, episode.trough_at = low, low_time
            episode.depth = min(0.0, low / episode.peak - 1.0)
        quiet = close_time - (self._last_drawdown_close or episode.detected_at)
        if quiet >= timedelta(minutes=self.params.cooldown_minutes):
            episode.ended_at = close_time
            self.finished.append(episode)
            self.current = None
        return None

    def episodes(self) -> list[CrashEpisode]:
        return [*self.finished, *([self.current] if self.current else [])]


def _moment(ms: float) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def scan(
    ts_ms: np.ndarray,
    o: np.ndarray,
    h: np.ndarray,
    low: np.ndarray,
    c: np.ndarray,
    v: np.ndarray,
    *,
    bar_ms: int,
    params: CrashDetectorParams,
) -> list[CrashEpisode]:
    """Every crash episode in a series of bars (open times ``ts_ms``, ascending)."""
    features = bar_features(o, h, low, c, v, params, bar_ms / 60_000)
    tracker = EpisodeTracker(params)
    crash_possible = features.drawdown <= -params.drop_pct
    for i in range(len(c)):
        if tracker.current is None and not crash_possible[i]:
            continue  # fast path: nothing can start here, and no episode to extend
        tracker.update(
            close_time=_moment(ts_ms[i] + bar_ms),
            fired=rules_fired(features, i, params),
            peak=float(features.peak[i]),
            peak_time=_moment(ts_ms[features.peak_index[i]]),
            low=float(low[i]),
            low_time=_moment(ts_ms[i]),
            close=float(c[i]),
        )
    return tracker.episodes()


class LiveCrashDetector:
    """The same rules over a live stream of closed bars (one market, one timeframe)."""

    def __init__(self, params: CrashDetectorParams, bar_ms: int) -> None:
        self.params, self.bar_ms = params, bar_ms
        keep = params.lookback_bars + window_bars(params, bar_ms / 60_000) + 2
        self._bars: deque[BarInput] = deque(maxlen=keep)
        self.tracker = EpisodeTracker(params)
        self.last_rules: list[CrashRule] = []

    def on_bar(self, bar: BarInput) -> CrashEpisode | None:
        """Feed a closed bar; returns the episode when this bar is a new detection."""
        if self._bars and bar.ts <= self._bars[-1].ts:
            return None  # a repeat or out-of-order bar: already seen
        self._bars.append(bar)
        bars = list(self._bars)
        o = np.array([b.open for b in bars])
        h = np.array([b.high for b in bars])
        low = np.array([b.low for b in bars])
        c = np.array([b.close for b in bars])
        v = np.array([b.volume for b in bars])
        features = bar_features(o, h, low, c, v, self.params, self.bar_ms / 60_000)
        last = len(bars) - 1
        self.last_rules = rules_fired(features, last, self.params)
        return self.tracker.update(
            close_time=bar.ts + timedelta(milliseconds=self.bar_ms),
            fired=self.last_rules,
            peak=float(features.peak[last]),
            peak_time=bars[int(features.peak_index[last])].ts,
            low=bar.low,
            low_time=bar.ts,
            close=bar.close,
        )
