"""Book events and a small local L2 book used to replay them.

Inputs stay plain: a level update is ``(ts, side, price, new_qty)`` with ``qty == 0`` meaning
the level was removed (absolute quantities, as every L2 diff feed sends them); a trade is
``(ts, side, price, qty)`` with ``side`` the aggressor (``"buy"``/``"sell"``) or ``""`` when
unknown. Timestamps are seconds (float). The named tuples below are just labelled tuples, so
callers may pass bare tuples.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

BPS = 1e4

Levels = Sequence[Sequence[float]]

_BID_ALIASES = {"bid", "bids", "b", "buy"}
_ASK_ALIASES = {"ask", "asks", "a", "sell"}


class LevelUpdate(NamedTuple):
    ts: float
    side: str  # "bid" | "ask"
    price: float
    qty: float  # new absolute quantity; 0 removes the level


class TradePrint(NamedTuple):
    ts: float
    side: str  # aggressor "buy" | "sell", or "" when unknown
    price: float
    qty: float


def book_side(side: str) -> str:
    """Normalise a book side spelling (``bids``, ``b``, ``buy`` …) to ``"bid"`` or ``"ask"``."""
    s = side.lower()
    if s in _BID_ALIASES:
        return "bid"
    if s in _ASK_ALIASES:
        return "ask"
    raise ValueError(f"unknown book side {side!r}")


class LocalBook:
    """An L2 book as two ``price -> qty`` dicts with lazily cached best prices.

    Updates are O(1); the best price is recomputed only when the cached best level disappears.
    """

    __slots__ = ("_best_ask", "_best_bid", "asks", "bids")

    def __init__(self, bids: Levels = (), asks: Levels = ()) -> None:
        self.bids: dict[float, float] = {}
        self.asks: dict[float, float] = {}
        self._best_bid: float | None = None
        self._best_ask: float | None = None
        for px, qty in bids:
            self.apply("bid", float(px), float(qty))
        for px, qty in asks:
            self.apply("ask", float(px), float(qty))

    def side(self, side: str) -> dict[float, float]:
        return self.bids if side == "bid" else self.asks

    def apply(self, side: str, price: float, qty: float) -> float:
        """Set the level to ``qty`` (0 removes it) and return its previous quantity."""
        levels = self.bids if side == "bid" else self.asks
        prev = levels.get(price, 0.0)
        if qty > 0:
            levels[price] = qty
        elif prev:
            del levels[price]
        if side == "bid":
            if qty > 0:
                if self._best_bid is None or price > self._best_bid:
                    self._best_bid = price
            elif price == self._best_bid:
                self._best_bid = max(levels) if levels else None
        elif qty > 0:
            if self._best_ask is None or price < self._best_ask:
                self._best_ask = price
        elif price == self._best_ask:
            self._best_ask = min(levels) if levels else None
        return prev

    @property
    def best_bid(self) -> float | None:
        return self._best_bid

    @property
    def best_ask(self) -> float | None:
        return self._best_ask

    @property
    def mid(self) -> float | None:
        if self._best_bid is None or self._best_ask is None:
            return None
        return (self._best_bid + self._best_ask) / 2

    def top(self, side: str, n: int) -> list[tuple[float, float]]:
        """The best ``n`` levels of one side, best first."""
        levels = self.side(side)
        prices = heapq.nlargest(n, levels) if side == "bid" else heapq.nsmallest(n, levels)
        return [(p, levels[p]) for p in prices]

    def snapshot(self, depth: int | None = None) -> tuple[list, list]:
        """``(bids desc, asks asc)`` as lists of ``(price, qty)``."""
        if depth is None:
            bids = sorted(self.bids.items(), reverse=True)
            asks = sorted(self.asks.items())
            return bids, asks
        return self.top("bid", depth), self.top("ask", depth)

    def depth_within(self, side: str, lo: float, hi: float) -> float:
        """Total quantity of one side with ``lo <= price <= hi``."""
        return sum(q for p, q in self.side(side).items() if lo <= p <= hi)


def diff_snapshots(
    prev_bids: Levels,
    prev_asks: Levels,
    bids: Levels,
    asks: Levels,
    ts: float,
) -> list[LevelUpdate]:
    """Level updates that turn one snapshot into the next (for snapshot-only sources).

    Only levels present in either snapshot are compared, so a depth-limited snapshot reports
    levels that scrolled out of view as removals.
    """
    out: list[LevelUpdate] = []
    for side, old, new in (("bid", prev_bids, bids), ("ask", prev_asks, asks)):
        old_map = {float(p): float(q) for p, q in old}
        new_map = {float(p): float(q) for p, q in new}
        for px in sorted(old_map.keys() | new_map.keys()):
            q_old, q_new = old_map.get(px, 0.0), new_map.get(px, 0.0)
            if q_old != q_new:
                out.append(LevelUpdate(ts, side, px, q_new))
    return out


def merge_events(
    updates: Iterable[Sequence], trades: Iterable[Sequence] = ()
) -> Iterator[tuple[str, LevelUpdate | TradePrint]]:
    """Yield ``("update", LevelUpdate)`` / ``("trade", TradePrint)`` in time order.

    The sort is stable and trades go first on equal timestamps: an exchange prints the trade
    before it publishes the depth change the trade caused.
    """
    tagged: list[tuple[float, int, int, str, LevelUpdate | TradePrint]] = []
    for i, t in enumerate(trades):
        tr = TradePrint(float(t[0]), str(t[1]).lower(), float(t[2]), float(t[3]))
        tagged.append((tr.ts, 0, i, "trade", tr))
    for i, u in enumerate(updates):
        lu = LevelUpdate(float(u[0]), book_side(str(u[1])), float(u[2]), float(u[3]))
        tagged.append((lu.ts, 1, i, "update", lu))
    tagged.sort(key=lambda x: (x[0], x[1], x[2]))
    for _, _, _, kind, ev in tagged:
        yield kind, ev


@dataclass(frozen=True, slots=True)
class BookStateSeries:
    """Book state after each batch of same-timestamp updates (arrays aligned by index).

    ``touch_updates`` counts level updates at or inside the touch in that batch (a quote
    refresh) and ``updates`` all level updates in it; depths are base quantities: ``*_band``
    sums the levels within ``band_pct`` % of mid, ``*_top`` the best ``top_levels`` of those.
    """

    ts: np.ndarray
    best_bid: np.ndarray
    best_ask: np.ndarray
    bid_qty_touch: np.ndarray
    ask_qty_touch: np.ndarray
    bid_depth_top: np.ndarray
    ask_depth_top: np.ndarray
    bid_depth_band: np.ndarray
    ask_depth_band: np.ndarray
    touch_updates: np.ndarray
    updates: np.ndarray
    top_levels: int
    band_pct: float

    @property
    def mid(self) -> np.ndarray:
        return (self.best_bid + self.best_ask) / 2

    @property
    def spread_bps(self) -> np.ndarray:
        return (self.best_ask - self.best_bid) / self.mid * BPS

    def __len__(self) -> int:
        return len(self.ts)


def replay_states(
    updates: Iterable[Sequence],
    *,
    initial_bids: Levels = (),
    initial_asks: Levels = (),
    top_levels: int = 5,
    band_pct: float = 1.0,
    start_ts: float | None = None,
) -> BookStateSeries:
    """Replay level updates over an initial book and record the state after each timestamp.

    The initial book itself is recorded as the first state at ``start_ts`` (default: the
    first update's time), so measurements cover the whole stream.
    """
    book = LocalBook(initial_bids, initial_asks)
    rows: list[tuple] = []
    touch_count = n_count = 0

    def record(ts: float) -> None:
        bb, ba = book.best_bid, book.best_ask
        if bb is None or ba is None:
            rows.append((ts, math.nan, math.nan, 0, 0, 0, 0, 0, 0, touch_count, n_count))
            return
        mid = (bb + ba) / 2
        lo, hi = mid * (1 - band_pct / 100), mid * (1 + band_pct / 100)
        rows.append(
            (
                ts,
                bb,
                ba,
                book.bids[bb],
                book.asks[ba],
                sum(q for p, q in book.top("bid", top_levels) if p >= lo),
                sum(q for p, q in book.top("ask", top_levels) if p <= hi),
                book.depth_within("bid", lo, mid),
                book.depth_within("ask", mid, hi),
                touch_count,
                n_count,
            )
        )

    events = sorted(
        (LevelUpdate(float(u[0]), book_side(str(u[1])), float(u[2]), float(u[3])) for u in updates),
        key=lambda u: u.ts,
    )
    first_ts = start_ts if start_ts is not None else (events[0].ts if events else 0.0)
    if book.bids or book.asks:
        record(first_ts)
    for k, ev in enumerate(events):
        bb, ba = book.best_bid, book.best_ask
        at_touch = (
            (bb is None or ev.price >= bb) if ev.side == "bid" else (ba is None or ev.price <= ba)
        )
        touch_count += at_touch
        n_count += 1
        book.apply(ev.side, ev.price, ev.qty)
        if k + 1 == len(events) or events[k + 1].ts != ev.ts:
            record(ev.ts)
            touch_count = n_count = 0
    arr = np.array(rows, dtype=float).reshape(-1, 11)
    return BookStateSeries(
        ts=arr[:, 0],
        best_bid=arr[:, 1],
        best_ask=arr[:, 2],
        bid_qty_touch=arr[:, 3],
        ask_qty_touch=arr[:, 4],
        bid_depth_top=arr[:, 5],
        ask_depth_top=arr[:, 6],
        bid_depth_band=arr[:, 7],
        ask_depth_band=arr[:, 8],
        touch_updates=arr[:, 9],
        updates=arr[:, 10],
        top_levels=top_levels,
        band_pct=band_pct,
    )
