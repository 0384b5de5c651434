"""Position sizing: fixed-fractional, Kelly and volatility targeting, then the caps.

Every method proposes a fraction of equity to commit as notional; the result is the smallest
of that proposal, the leverage cap (notional ≤ cap × equity) and the free margin
(notional ≤ free margin × leverage), and ``bound`` says which one won.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


class SizingError(ValueError):
    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class SizeResult:
    method: str
    quantity: float
    notional: float
    fraction: float
    """Notional committed as a fraction of equity (1.5 = 1.5× equity)."""
    proposed_fraction: float
    bound: str
    """What limited the size: the method itself, ``leverage_cap`` or ``free_margin``."""
    kelly_fraction: float | None = None
    """Full Kelly f* when Kelly was used (before the fractional multiplier)."""
    risk_amount: float | None = None
    """Loss at the stop for the final quantity, when a stop was given."""


def kelly_closed_form(win_rate: float, payoff_ratio: float) -> float:
    """f* = p − q/b for a bet winning b per unit staked with probability p."""
    if not 0.0 <= win_rate <= 1.0:
        raise SizingError("win_rate must be between 0 and 1", "win_rate")
    if payoff_ratio <= 0:
        raise SizingError("payoff_ratio must be positive", "payoff_ratio")
    return win_rate - (1.0 - win_rate) / payoff_ratio


def kelly_from_returns(returns: np.ndarray) -> tuple[float, float, float]:
    """(f*, p, b) from per-trade returns: p the share of winners, b mean win / mean |loss|."""
    r = np.asarray(returns, dtype=float)
    if r.size < 2 or not np.all(np.isfinite(r)):
        raise SizingError("returns need at least two finite values", "returns")
    wins, losses = r[r > 0], r[r < 0]
    if losses.size == 0:
        raise SizingError("returns have no losing trade; Kelly would bet everything", "returns")
    if wins.size == 0:
        return -1.0, 0.0, 0.0
    p = wins.size / (wins.size + losses.size)
    b = float(wins.mean() / -losses.mean())
    return kelly_closed_form(p, b), p, b


def fixed_fractional_fraction(risk_per_trade: float, entry: float, stop: float) -> float:
    """Notional fraction such that hitting the stop loses ``risk_per_trade`` of equity."""
    distance = abs(entry - stop) / entry
    if distance <= 0:
        raise SizingError("stop_loss must differ from the entry price", "stop_loss")
    return risk_per_trade / distance


def volatility_target_fraction(target: float, period_volatility: float) -> float:
    """Notional fraction whose per-period volatility equals ``target``."""
    if period_volatility <= 0:
        raise SizingError("volatility must be positive", "volatility")
    return target / period_volatility


def apply_caps(
    method: str,
    proposed: float,
    *,
    equity: float,
    price: float,
    free_margin: float,
    leverage: float,
    max_leverage: float,
    open_notional: float = 0.0,
    stop: float | None = None,
    kelly: float | None = None,
) -> SizeResult:
    """Cap a proposed notional fraction by the leverage cap (gross exposure after the order,
    counting ``open_notional`` already held) and by the free margin at ``leverage``."""
    if equity <= 0:
        raise SizingError("equity must be positive", "equity")
    if price <= 0:
        raise SizingError("price must be positive", "price")
    proposed = max(0.0, proposed)
    candidates = [
        (proposed, method),
        (max(0.0, max_leverage - open_notional / equity), "leverage_cap"),
        (max(0.0, free_margin) * leverage / equity, "free_margin"),
    ]
    fraction, bound = min(candidates, key=lambda item: item[0])
    if proposed <= 0 and bound != method:
        bound = method
    notional = fraction * equity
    quantity = notional / price
    risk = quantity * abs(price - stop) if stop is not None else None
    return SizeResult(method, quantity, notional, fraction, proposed, bound, kelly, risk)
