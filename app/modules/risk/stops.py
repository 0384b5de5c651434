"""Liquidity-aware stop-loss: volatility and swing levels, priced by walking the order book.

A stop is a market order when it triggers, so what it loses is set by the fill, not the level.
The book's shape is measured as the volume-weighted slippage of the position size from the
touch, applied at the stop level (the book is assumed to keep its shape as price moves there).
When a risk budget is given and the filled loss would exceed it, the stop is moved closer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.modules.exchanges.public import walk_levels

Level = tuple[float, float]


class StopError(ValueError):
    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


def average_true_range(
    high: np.ndarray, low: np.ndarray, close: np.ndarray, period: int = 14
) -> float:
    """Wilder's ATR: true range max(h−l, |h−c₋₁|, |l−c₋₁|), smoothed with α = 1/period,
    seeded with the mean of the first ``period`` true ranges."""
    h, lo, c = (np.asarray(a, dtype=float) for a in (high, low, close))
    if h.size < period + 1:
        raise StopError(f"ATR({period}) needs at least {period + 1} candles", "candles")
    prev = c[:-1]
    tr = np.maximum.reduce([h[1:] - lo[1:], np.abs(h[1:] - prev), np.abs(lo[1:] - prev)])
    atr = float(tr[:period].mean())
    for value in tr[period:]:
        atr = (atr * (period - 1) + value) / period
    return atr


@dataclass(frozen=True, slots=True)
class BookImpact:
    slippage: float
    """Volume-weighted fill price over the touch, minus one (negative for a sell)."""
    levels_used: int
    depth_filled: float
    """Base quantity the book absorbed (less than asked when the book ran out)."""
    exhausted: bool


def book_impact(levels: Sequence[Level], quantity: float, side: str) -> BookImpact:
    """Walk ``levels`` (bids for a long's stop = sell, asks for a short's = buy) for
    ``quantity``; a shortfall is priced at the last level seen (conservative)."""
    if not levels:
        raise StopError("the order book side is empty", "book")
    touch = levels[0][0]
    quote, filled, used = walk_levels(levels, quantity)
    exhausted = filled < quantity * (1 - 1e-12)
    if exhausted:
        quote += (quantity - filled) * levels[-1][0]
    vwap = quote / quantity
    slip = vwap / touch - 1.0
    return BookImpact(slip, used, filled, exhausted)


@dataclass(frozen=True, slots=True)
class StopResult:
    level: float
    basis: str
    expected_fill: float
    expected_loss: float
    loss_fraction: float | None
    slippage: float
    levels_used: int
    depth_filled: float
    book_exhausted: bool
    adjusted_for_budget: bool
    atr_level: float | None
    swing_level: float | None


def place_stop(
    *,
    side: str,
    entry: float,
    quantity: float,
    atr: float | None,
    atr_multiple: float,
    swing: float | None,
    swing_buffer_atr: float,
    book_side: Sequence[Level] | None,
    risk_budget: float | None,
    equity: float | None,
    fee_rate: float,
    basis: str = "wider",
) -> StopResult:
    """``side`` is the position's side (``long``/``short``); ``swing`` the recent swing low
    (long) or high (short); ``basis`` ``atr``, ``swing`` or ``wider`` (the farther of both)."""
    sign = 1.0 if side == "long" else -1.0
    atr_level = entry - sign * atr_multiple * atr if atr is not None else None
    swing_level = None
    if swing is not None:
        swing_level = swing - sign * swing_buffer_atr * (atr or 0.0)
        if sign * (entry - swing_level) <= 0:
            raise StopError("the swing level is not on the losing side of the entry", "swing")
    candidates = {"atr": atr_level, "swing": swing_level}
    if basis == "wider":
        given = [v for v in candidates.values() if v is not None]
        if not given:
            raise StopError("give an ATR (or candles) or a swing level", "atr")
        level = min(given) if sign > 0 else max(given)
        chosen = "atr" if level == atr_level else "swing"
    else:
        picked = candidates.get(basis)
        if picked is None:
            raise StopError(f"basis {basis!r} needs its input", basis)
        level, chosen = picked, basis
    impact = (
        book_impact(book_side, quantity, "sell" if sign > 0 else "buy")
        if book_side
        else BookImpact(0.0, 0, 0.0, False)
    )

    def loss_at(stop: float) -> tuple[float, float]:
        fill = stop * (1.0 + impact.slippage)
        return fill, quantity * sign * (entry - fill) + fee_rate * quantity * fill

    adjusted = False
    fill, loss = loss_at(level)
    if risk_budget is not None and loss > risk_budget:
        # loss(L) = q·s·(entry − L(1+slip)) + fee·q·L(1+slip) is linear in L: solve for budget.
        per_unit = (1.0 + impact.slippage) * (fee_rate - sign)
        level = (risk_budget / quantity - sign * entry) / per_unit
        if sign * (entry - level) <= 0:
            raise StopError(
                "the risk budget is smaller than the cost of the book's slippage"
                " and fees at the entry",
                "risk_budget",
            )
        adjusted, chosen = True, "risk_budget"
        fill, loss = loss_at(level)
    if level <= 0:
        raise StopError("the stop would be at or below zero; reduce the multiple", "atr_multiple")
    return StopResult(
        level,
        chosen,
        fill,
        loss,
        loss / equity if equity else None,
        impact.slippage,
        impact.levels_used,
        impact.depth_filled,
        impact.exhausted,
        adjusted,
        atr_level,
        swing_level,
    )
