"""Rebalancing proposal: from current holdings to target weights, as a trade list.

Trades only assets whose weight drifted beyond the band; quantities are rounded toward zero to
the lot step and dropped below the minimum notional; buys that open or grow exposure carry a
stop-loss (white-hat rule), at ``stop_loss_pct`` on the losing side of the price.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Trade:
    symbol: str
    side: str
    quantity: float
    price: float
    notional: float
    fee: float
    current_weight: float
    target_weight: float
    stop_loss: float | None


@dataclass(frozen=True, slots=True)
class Skipped:
    symbol: str
    reason: str
    current_weight: float
    target_weight: float


@dataclass(frozen=True, slots=True)
class Proposal:
    trades: list[Trade]
    skipped: list[Skipped]
    turnover: float
    fees: float


def _round_lot(quantity: float, step: float) -> float:
    return math.floor(quantity / step + 1e-9) * step


def propose(
    equity: float,
    holdings: dict[str, float],
    prices: dict[str, float],
    targets: dict[str, float],
    *,
    band: float,
    fee_rate: float,
    stop_loss_pct: float,
    lot_size: dict[str, float],
    min_notional: dict[str, float],
    default_lot: float,
    default_min_notional: float,
) -> Proposal:
    trades, skipped = [], []
    for symbol in sorted(set(holdings) | set(targets)):
        price = prices[symbol]
        held = holdings.get(symbol, 0.0)
        current = held * price / equity
        target = targets.get(symbol, 0.0)
        if abs(target - current) <= band:
            skipped.append(Skipped(symbol, "within the drift band", current, target))
            continue
        delta = (target - current) * equity / price
        quantity = _round_lot(abs(delta), lot_size.get(symbol, default_lot))
        notional = quantity * price
        if quantity <= 0 or notional < min_notional.get(symbol, default_min_notional):
            skipped.append(
                Skipped(symbol, "below the lot size or minimum notional", current, target)
            )
            continue
        side = "BUY" if delta > 0 else "SELL"
        after = held + (quantity if side == "BUY" else -quantity)
        grows = abs(after) > abs(held) + 1e-12 or held * after < 0
        stop = None
        if grows:
            stop = price * (1 - stop_loss_pct) if after > 0 else price * (1 + stop_loss_pct)
        trades.append(
            Trade(
                symbol, side, quantity, price, notional, notional * fee_rate, current, target, stop
            )
        )
    turnover = sum(t.notional for t in trades) / equity
    return Proposal(trades, skipped, turnover, sum(t.fee for t in trades))
