"""Average-cost position accounting, pure: one fill at a time.

Conventions: quantity is signed (long > 0, short < 0); a fill adding to the position moves the
average entry to the quantity-weighted mean; a fill against it realises
``closed × (price − average) × sign(position)`` and leaves the average unchanged; a fill larger
than the position closes it and opens the remainder on the other side at the fill price (a flip).
Fees are accumulated separately; realised PnL is gross of fees (net = realised − fees).
"""

from __future__ import annotations

from dataclasses import dataclass

EPS = 1e-12


@dataclass(frozen=True, slots=True)
class PositionState:
    quantity: float = 0.0
    average_price: float = 0.0
    realised_pnl: float = 0.0
    fees: float = 0.0


@dataclass(frozen=True, slots=True)
class FillEffect:
    state: PositionState
    realised: float
    """PnL realised by this fill (gross of its fee)."""
    opened: bool
    """The fill opened new exposure (from flat, an add, or the far side of a flip)."""
    flipped: bool
    closed: bool
    """The position is flat after the fill."""


def apply(
    state: PositionState, signed_quantity: float, price: float, fee: float = 0.0
) -> FillEffect:
    if price <= 0:
        raise ValueError("price must be positive")
    if signed_quantity == 0:
        raise ValueError("quantity must not be zero")
    q, avg = state.quantity, state.average_price
    fees = state.fees + fee
    if abs(q) <= EPS or (q > 0) == (signed_quantity > 0):
        new_q = q + signed_quantity
        new_avg = (abs(q) * avg + abs(signed_quantity) * price) / abs(new_q)
        return FillEffect(
            PositionState(new_q, new_avg, state.realised_pnl, fees), 0.0, True, False, False
        )
    closed = min(abs(signed_quantity), abs(q))
    realised = closed * (price - avg) * (1.0 if q > 0 else -1.0)
    remainder = abs(signed_quantity) - closed
    total = state.realised_pnl + realised
    if remainder > EPS * max(1.0, abs(signed_quantity)):
        flipped_q = remainder if signed_quantity > 0 else -remainder
        return FillEffect(PositionState(flipped_q, price, total, fees), realised, True, True, False)
    new_q = q + signed_quantity
    if abs(new_q) <= EPS * max(1.0, abs(q)):
        return FillEffect(PositionState(0.0, 0.0, total, fees), realised, False, False, True)
    return FillEffect(PositionState(new_q, avg, total, fees), realised, False, False, False)
