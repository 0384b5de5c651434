"""Pure order-book arithmetic: walking levels, notional → quantity, queue position.

Levels are ``(price, quantity)`` best first (asks ascending for a buy, bids descending for a
sell). Nothing here does I/O, so the paper broker, the estimator and the benchmarks share it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Level = tuple[float, float]
EPS = 1e-12


@dataclass(slots=True, frozen=True)
class BookFill:
    price: float
    quantity: float
    liquidity: str  # maker or taker


def crosses(side: str, level_price: float, limit: float | None) -> bool:
    """Whether a level at ``level_price`` is acceptable to an order limited at ``limit``."""
    if limit is None:
        return True
    return level_price <= limit + EPS if side == "BUY" else level_price >= limit - EPS


def walk(
    levels: Sequence[Level], quantity: float, side: str, limit: float | None = None
) -> list[BookFill]:
    """Taker fills of ``quantity`` against ``levels``, stopping at ``limit`` or the book's end."""
    fills: list[BookFill] = []
    left = quantity
    for price, size in levels:
        if left <= EPS:
            break
        if not crosses(side, price, limit):
            break
        if size <= 0:
            continue
        take = min(left, size)
        fills.append(BookFill(price, take, "taker"))
        left -= take
    return fills


def available(levels: Sequence[Level], side: str, limit: float | None = None) -> float:
    """Total quantity the order could take up to ``limit``."""
    return sum(size for price, size in levels if crosses(side, price, limit))


def quantity_for_notional(
    levels: Sequence[Level], notional: float, side: str, limit: float | None = None
) -> float:
    """The base quantity whose walk costs ``notional`` in quote (less if the book runs out)."""
    spent, quantity = 0.0, 0.0
    for price, size in levels:
        if not crosses(side, price, limit):
            break
        cost = price * size
        if spent + cost >= notional:
            return quantity + (notional - spent) / price
        spent += cost
        quantity += size
    return quantity


def average_price(fills: Sequence[BookFill]) -> float | None:
    filled = sum(f.quantity for f in fills)
    if filled <= EPS:
        return None
    return sum(f.price * f.quantity for f in fills) / filled


def size_at(levels: Sequence[Level], price: float) -> float:
    """Displayed size at exactly ``price`` (0 when the level is absent)."""
    for level_price, size in levels:
        if abs(level_price - price) <= EPS * max(1.0, abs(price)):
            return size
    return 0.0


def slippage_bps(side: str, average: float | None, arrival: float | None) -> float | None:
    """Adverse distance of ``average`` from ``arrival`` in basis points (positive = cost)."""
    if average is None or arrival is None or arrival <= 0:
        return None
    sign = 1.0 if side == "BUY" else -1.0
    return sign * (average - arrival) / arrival * 1e4


def snap_down(quantity: float, step: float) -> float:
    """``quantity`` rounded down to a multiple of ``step`` (0: unchanged)."""
    if step <= 0:
        return quantity
    return int(quantity / step + 1e-9) * step


def on_step(quantity: float, step: float) -> bool:
    if step <= 0:
        return True
    ratio = quantity / step
    return abs(ratio - round(ratio)) <= 1e-6 + abs(ratio) * 1e-10  # float noise of big ratios
