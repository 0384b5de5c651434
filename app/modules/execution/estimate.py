"""Pre-trade estimates: walk-the-book slippage, the square-root impact model, spread and fees,
and a suggested algorithm and horizon.

Square-root impact (Almgren et al. 2005; Tóth et al. 2011): the expected price move of
executing ``Q`` is ``Y · σ · √(Q / V)`` with ``σ`` the daily volatility of log returns and
``V`` the daily traded volume, both from the candles store (1 h bars of the lookback window:
``σ = std(Δ ln close) · √24``, ``V = mean hourly volume · 24``).

Calibrating ``Y`` (``calibrate_y``): the recorded tape is cut into runs of consecutive trades
with the same aggressor side (a proxy for one metaorder); each run gives its volume ``Q_i`` and
its signed log price move from the trade before it to its last trade ``I_i``. ``Y`` is the
least-squares slope through the origin of ``I_i`` on ``x_i = σ·√(Q_i/V)``:
``Y = Σ x_i I_i / Σ x_i²``. On gocryptotrader's recorded Binance BTC/USDT aggTrades
(2020-01-02 15:10–15:18, 1,000 trades) with σ and V from the 30 days of Binance 1 h candles
before them this gives the default ``APP_EXECUTION_IMPACT_Y`` (see ``bench`` and the tests,
which recompute it); the literature's range is 0.5–1.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.modules.execution.book import Level, average_price, walk


@dataclass(frozen=True, slots=True)
class TapeRun:
    side: str
    quantity: float
    impact: float  # signed log move in the run's direction


def volatility_and_volume(
    closes: Sequence[float], volumes: Sequence[float], bars_per_day: float
) -> tuple[float, float]:
    """(daily σ of log returns, daily volume) from intraday bars."""
    c = np.asarray(closes, dtype=float)
    if c.size < 3 or np.any(c <= 0):
        raise ValueError("need at least three positive closes")
    returns = np.diff(np.log(c))
    sigma = float(np.std(returns, ddof=1) * math.sqrt(bars_per_day))
    volume = float(np.mean(np.asarray(volumes, dtype=float)) * bars_per_day)
    return sigma, volume


def sqrt_impact(y: float, sigma: float, quantity: float, daily_volume: float) -> float:
    """Expected impact as a fraction of price: ``Y·σ·√(Q/V)``."""
    if daily_volume <= 0:
        return math.inf
    return y * sigma * math.sqrt(quantity / daily_volume)


def tape_runs(trades: Sequence[tuple[float, float, str]]) -> list[TapeRun]:
    """Maximal runs of same-side trades ``(price, amount, aggressor side)``, oldest first; each
    run's impact is measured from the last price of the run before it (so the first run, with
    no price before it, is left out)."""
    runs: list[TapeRun] = []
    previous: float | None = None
    i = 0
    while i < len(trades):
        side = trades[i][2]
        j, quantity = i, 0.0
        while j < len(trades) and trades[j][2] == side:
            quantity += trades[j][1]
            j += 1
        end_price = trades[j - 1][0]
        if previous is not None:
            sign = 1.0 if side == "buy" else -1.0
            runs.append(TapeRun(side, quantity, sign * math.log(end_price / previous)))
        previous = end_price
        i = j
    return runs


def calibrate_y(runs: Sequence[TapeRun], sigma: float, daily_volume: float) -> float:
    """Least-squares ``Y`` through the origin of run impacts on ``σ·√(Q/V)``."""
    x = np.array([sigma * math.sqrt(r.quantity / daily_volume) for r in runs])
    y = np.array([r.impact for r in runs])
    denominator = float(x @ x)
    if denominator <= 0:
        raise ValueError("no runs to calibrate on")
    return float(x @ y) / denominator


@dataclass(frozen=True, slots=True)
class BookWalk:
    average_price: float | None
    filled: float
    levels: int
    worst_price: float | None


def walk_book(levels: Sequence[Level], quantity: float, side: str) -> BookWalk:
    fills = walk(levels, quantity, side)
    return BookWalk(
        average_price(fills),
        sum(f.quantity for f in fills),
        len(fills),
        fills[-1].price if fills else None,
    )


def suggest(
    quantity: float,
    top_depth: float,
    daily_volume: float | None,
    participation: float = 0.1,
) -> tuple[str, float, str]:
    """(algorithm, horizon in seconds, why). A size the touch absorbs goes at market; else
    TWAP/VWAP long enough to keep participation under ``participation`` of the volume; iceberg
    when the volume is unknown (work it passively, showing little)."""
    if quantity <= top_depth:
        return "market", 0.0, "the best level absorbs the whole size"
    if daily_volume is None or daily_volume <= 0:
        return "iceberg", 3600.0, "no volume history: rest passively and show little"
    hours = quantity / (participation * daily_volume / 24)
    horizon = min(max(hours * 3600, 300.0), 86_400.0)
    if horizon >= 4 * 3600:
        return "vwap", horizon, "a long horizon: follow the intraday volume profile"
    return "twap", horizon, f"keeps participation under {participation:.0%} of the volume"
