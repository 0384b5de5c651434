"""Snapshot metrics of one L2 book: touch, spread, microprice, imbalance, depth bands.

Books are ``(bids, asks)`` sequences of ``(price, qty)``; quantities are base units and every
size-based statistic (imbalance, microprice) uses base quantities. Results are ``float`` (or
``None`` when a side is empty) so they serialise as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.modules.marketmaker.specs import BookTouch, DepthBand

BPS = 1e4
DEFAULT_DEPTH_PCTS: tuple[float, ...] = (0.5, 1.0, 2.0)

Levels = Sequence[Sequence[float]]


def as_levels(levels: Levels | np.ndarray | None, side: str) -> np.ndarray:
    """``(n, 2)`` float array of positive, finite levels sorted best-first.

    ``side`` is ``"bid"`` (price descending) or ``"ask"`` (ascending).
    """
    arr = np.asarray(levels if levels is not None and len(levels) else [], dtype=float)
    arr = arr.reshape(-1, 2) if arr.size else np.empty((0, 2))
    ok = np.isfinite(arr).all(axis=1) & (arr[:, 0] > 0) & (arr[:, 1] > 0)
    arr = arr[ok]
    order = np.argsort(-arr[:, 0] if side == "bid" else arr[:, 0], kind="stable")
    return arr[order]


def touch(bids: Levels, asks: Levels) -> BookTouch | None:
    """Best levels, mid and spread; ``None`` if either side is empty."""
    b, a = as_levels(bids, "bid"), as_levels(asks, "ask")
    if not len(b) or not len(a):
        return None
    bb, bq = b[0]
    ba, aq = a[0]
    mid = (bb + ba) / 2
    return BookTouch(
        best_bid=float(bb),
        best_ask=float(ba),
        bid_qty=float(bq),
        ask_qty=float(aq),
        mid=float(mid),
        spread=float(ba - bb),
        spread_bps=float((ba - bb) / mid * BPS),
        crossed=bool(bb >= ba),
    )


def microprice(bids: Levels, asks: Levels) -> float | None:
    """Size-weighted mid of the touch: ``(bid*askQty + ask*bidQty) / (bidQty + askQty)``.

    It leans towards the side with less size, i.e. where the price is more likely to go next.
    """
    t = touch(bids, asks)
    if t is None:
        return None
    return (t.best_bid * t.ask_qty + t.best_ask * t.bid_qty) / (t.bid_qty + t.ask_qty)


def imbalance(bids: Levels, asks: Levels, levels: int = 5) -> float | None:
    """Plain order-book imbalance ``(B - A) / (B + A)`` over the top ``levels`` of each side.

    +1 means only bids, -1 only asks. ``None`` when both sides are empty.
    """
    if levels < 1:
        raise ValueError("levels must be >= 1")
    b = as_levels(bids, "bid")[:levels, 1].sum()
    a = as_levels(asks, "ask")[:levels, 1].sum()
    total = b + a
    return float((b - a) / total) if total > 0 else None


def weighted_imbalance(
    bids: Levels, asks: Levels, levels: int = 10, half_life_bps: float = 10.0
) -> float | None:
    """Imbalance with each level weighted by ``0.5 ** (distance_from_mid_bps / half_life_bps)``.

    Size sitting far from the mid is less likely to trade soon, so it counts less. Needs both
    sides (the mid); ``None`` otherwise.
    """
    if levels < 1 or half_life_bps <= 0:
        raise ValueError("levels must be >= 1 and half_life_bps > 0")
    b, a = as_levels(bids, "bid")[:levels], as_levels(asks, "ask")[:levels]
    if not len(b) or not len(a):
        return None
    mid = (b[0, 0] + a[0, 0]) / 2
    wb = 0.5 ** (np.abs(mid - b[:, 0]) / mid * BPS / half_life_bps)
    wa = 0.5 ** (np.abs(a[:, 0] - mid) / mid * BPS / half_life_bps)
    sb, sa = float(wb @ b[:, 1]), float(wa @ a[:, 1])
    return (sb - sa) / (sb + sa) if sb + sa > 0 else None


def depth_bands(
    bids: Levels, asks: Levels, pcts: Sequence[float] = DEFAULT_DEPTH_PCTS
) -> list[DepthBand]:
    """Depth per side within each ``pct`` of mid (empty list if either side is empty)."""
    b, a = as_levels(bids, "bid"), as_levels(asks, "ask")
    if not len(b) or not len(a):
        return []
    mid = (b[0, 0] + a[0, 0]) / 2
    out = []
    for pct in pcts:
        # a hair of tolerance so a level exactly on the band edge is not lost to rounding
        in_b = b[b[:, 0] >= mid * (1 - pct / 100) * (1 - 1e-12)]
        in_a = a[a[:, 0] <= mid * (1 + pct / 100) * (1 + 1e-12)]
        bq, aq = float(in_b[:, 1].sum()), float(in_a[:, 1].sum())
        out.append(
            DepthBand(
                pct=float(pct),
                bid_qty=bq,
                ask_qty=aq,
                bid_notional=float(in_b[:, 0] @ in_b[:, 1]),
                ask_notional=float(in_a[:, 0] @ in_a[:, 1]),
                imbalance=(bq - aq) / (bq + aq) if bq + aq > 0 else None,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class BookMetrics:
    """Everything ``GET /mm/imbalance`` reports for one snapshot."""

    levels: int
    bid_levels: int
    ask_levels: int
    touch: BookTouch | None
    microprice: float | None
    imbalance: float | None
    weighted_imbalance: float | None
    half_life_bps: float
    depth: list[DepthBand]


def book_metrics(
    bids: Levels,
    asks: Levels,
    levels: int = 5,
    *,
    half_life_bps: float = 10.0,
    depth_pcts: Sequence[float] = DEFAULT_DEPTH_PCTS,
) -> BookMetrics:
    """All snapshot metrics at once."""
    return BookMetrics(
        levels=levels,
        bid_levels=len(as_levels(bids, "bid")),
        ask_levels=len(as_levels(asks, "ask")),
        touch=touch(bids, asks),
        microprice=microprice(bids, asks),
        imbalance=imbalance(bids, asks, levels),
        weighted_imbalance=weighted_imbalance(bids, asks, levels, half_life_bps),
        half_life_bps=half_life_bps,
        depth=depth_bands(bids, asks, depth_pcts),
    )
