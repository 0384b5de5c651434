"""Stress tests: replay relative price paths over positions with stops and leverage.

A path gives, per bar, the open/low/high/close of each asset relative to its price at the
start of the scenario; it is applied to the position's current price. A long's stop triggers
when the bar's low reaches it and fills at the stop, or at the open when the bar gaps through
it, less the liquidity haircut; a short's mirror-wise. A leveraged position is liquidated when
the adverse move reaches 1/leverage of its value before the stop (isolated margin, maintenance
margin ignored): the whole margin is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class StressPosition:
    symbol: str
    quantity: float
    price: float
    stop_loss: float | None
    leverage: float = 1.0


@dataclass(frozen=True, slots=True)
class RelativePath:
    open: np.ndarray
    low: np.ndarray
    high: np.ndarray
    close: np.ndarray


@dataclass(frozen=True, slots=True)
class PositionOutcome:
    symbol: str
    pnl: float
    stopped: bool
    stop_bar: int | None
    stop_fill: float | None
    stop_slippage: float | None
    """Fill vs the stop level, fraction (adverse > 0)."""
    liquidated: bool
    liquidation_distance: float | None
    """Adverse move that liquidates, fraction of the price (leverage > 1 only)."""


@dataclass(frozen=True, slots=True)
class ScenarioOutcome:
    pnl: float
    pnl_fraction: float
    worst_drawdown: float
    bars: int
    recovery_bars: int | None
    positions: list[PositionOutcome]


def _one(
    p: StressPosition, path: RelativePath, haircut: float
) -> tuple[np.ndarray, PositionOutcome]:
    long = p.quantity > 0
    size = abs(p.quantity)
    o, lo, hi, c = (
        path.open * p.price,
        path.low * p.price,
        path.high * p.price,
        path.close * p.price,
    )
    sign = 1.0 if long else -1.0
    pnl = sign * size * (c - p.price)
    liq_distance = 1.0 / p.leverage if p.leverage > 1 else None
    liq_price = p.price * (1 - sign * liq_distance) if liq_distance else None
    stop = p.stop_loss
    # The liquidation price comes first on the way down when it lies before the stop.
    liq_first = stop is not None and liq_price is not None and sign * (stop - liq_price) <= 0
    for t in range(len(c)):
        worst = lo[t] if long else hi[t]
        hit_liq = liq_price is not None and sign * (worst - liq_price) <= 0
        if stop is not None and sign * (worst - stop) <= 0 and not (hit_liq and liq_first):
            gap = sign * (o[t] - stop) <= 0
            base = o[t] if gap else stop
            fill = base * (1 - sign * haircut)
            realised = sign * size * (fill - p.price)
            pnl[t:] = realised
            slip = sign * (stop - fill) / stop
            return pnl, PositionOutcome(
                p.symbol, realised, True, t, fill, slip, False, liq_distance
            )
        if hit_liq:
            lost = -size * p.price / p.leverage
            pnl[t:] = lost
            return pnl, PositionOutcome(p.symbol, lost, False, None, None, None, True, liq_distance)
    return pnl, PositionOutcome(
        p.symbol, float(pnl[-1]), False, None, None, None, False, liq_distance
    )


def run_scenario(
    positions: Sequence[StressPosition],
    paths: dict[str, RelativePath],
    equity: float,
    haircut: float = 0.0,
) -> ScenarioOutcome:
    """Replay ``paths`` (same number of bars each) over ``positions``."""
    bars = len(next(iter(paths.values())).close)
    total = np.zeros(bars)
    outcomes = []
    for p in positions:
        series, outcome = _one(p, paths[p.symbol], haircut)
        total += series
        outcomes.append(outcome)
    curve = equity + np.r_[0.0, total]
    peaks = np.maximum.accumulate(curve)
    drawdowns = 1.0 - curve / peaks
    trough = int(np.argmax(drawdowns))
    recovery = None
    if drawdowns[trough] > 0:
        after = np.nonzero(curve[trough:] >= peaks[trough])[0]
        recovery = int(after[0]) if after.size else None
    final = float(total[-1]) if bars else 0.0
    return ScenarioOutcome(final, final / equity, float(drawdowns.max()), bars, recovery, outcomes)


def shock_path(move: float) -> RelativePath:
    """A one-bar gap by ``move`` (−0.3 = −30 %): stops fill at the gapped price."""
    level = np.array([1.0 + move])
    return RelativePath(level, level, level, level)


def path_from_candles(
    opens: np.ndarray, lows: np.ndarray, highs: np.ndarray, closes: np.ndarray
) -> RelativePath:
    """Relative to the first bar's open (the price when the scenario starts)."""
    start = float(opens[0])
    return RelativePath(opens / start, lows / start, highs / start, closes / start)
