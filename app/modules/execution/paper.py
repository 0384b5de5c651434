"""The paper broker: fills against the market-data source's (live or replayed) order book.

* A marketable order walks the opposite side's levels (capped at ``depth`` levels, so the far
  tail of a full book — Bitstamp's near-zero bids — never fills), as taker. What the walk
  cannot fill is cancelled (IOC), refused whole (FOK: nothing fills unless all can), or rests
  (GTC).
* A resting limit order joins the back of the queue at its price: the displayed size at that
  level when it arrives is ahead of it. Later books and trades fill it, as maker, at its price:
  a trade through the price (a sell below a bid, a buy above an ask) or an opposite level that
  crosses it reaches the order after the queue ahead of it; a trade at the price first eats the
  queue ahead. Displayed size that shrinks at the level shrinks the queue (cancels ahead).
* A resting market order (GTC) takes whatever the next book offers.

Deterministic: the same books and trades give the same fills, so replays assert exact fills.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.modules.execution.book import EPS, BookFill, Level, available, crosses, size_at, walk


@dataclass(slots=True)
class TakeResult:
    fills: list[BookFill]
    rests: bool
    queue_ahead: float = 0.0
    reason: str | None = None


@dataclass(slots=True)
class TapeTrade:
    """A trade of the tape with the amount not yet given to resting orders."""

    price: float
    amount: float
    side: str | None  # taker side: buy or sell


@dataclass(slots=True)
class RestingOrder:
    side: str
    limit: float | None  # None: a resting market order
    remaining: float
    queue_ahead: float = 0.0
    fills: list[BookFill] = field(default_factory=list)


def levels_for(
    side: str, bids: tuple[Level, ...], asks: tuple[Level, ...], depth: int
) -> list[Level]:
    """The levels an order of ``side`` takes from (asks for a buy), best first, capped."""
    return list((asks if side == "BUY" else bids)[:depth])


def own_levels(side: str, bids: tuple[Level, ...], asks: tuple[Level, ...]) -> tuple[Level, ...]:
    """The side of the book a resting order of ``side`` joins (bids for a buy)."""
    return bids if side == "BUY" else asks


class PaperBroker:
    name = "paper"

    def __init__(self, depth: int = 500) -> None:
        self.depth = depth

    def take(
        self,
        side: str,
        quantity: float,
        limit: float | None,
        tif: str,
        bids: tuple[Level, ...],
        asks: tuple[Level, ...],
    ) -> TakeResult:
        levels = levels_for(side, bids, asks, self.depth)
        if tif == "FOK":
            depth = available(levels, side, limit)
            if depth + EPS < quantity:
                return TakeResult(
                    [], False, reason=f"FOK: the book offers {depth:g} of {quantity:g}"
                )
        fills = walk(levels, quantity, side, limit)
        filled = sum(f.quantity for f in fills)
        left = quantity - filled
        if left <= EPS * max(1.0, quantity):
            return TakeResult(fills, False)
        if tif == "GTC":
            queue = size_at(own_levels(side, bids, asks), limit) if limit is not None else 0.0
            return TakeResult(fills, True, queue_ahead=queue)
        reason = (
            "IOC: the rest did not cross the book"
            if limit is not None
            else "IOC: the book ran out of depth"
        )
        return TakeResult(fills, False, reason=reason)

    def match(
        self,
        order: RestingOrder,
        bids: tuple[Level, ...],
        asks: tuple[Level, ...],
        tape: list[TapeTrade],
        *,
        cross: bool = True,
    ) -> RestingOrder:
        """Fill a resting order from new trades, then from the current book (mutates both the
        order and the trades' unallocated amounts)."""
        side, limit = order.side, order.limit
        if limit is None:  # a resting market order takes what a new book offers
            if not cross:
                return order
            for f in walk(levels_for(side, bids, asks, self.depth), order.remaining, side):
                order.fills.append(f)
                order.remaining -= f.quantity
            return order
        # Cancels ahead of us: the queue is never longer than what is displayed at our price.
        shown = size_at(own_levels(side, bids, asks), limit)
        order.queue_ahead = min(order.queue_ahead, shown)
        for trade in tape:
            if order.remaining <= EPS or trade.amount <= EPS:
                continue
            hits_us = trade.side is None or (trade.side == "sell") == (side == "BUY")
            if not hits_us:
                continue
            through = trade.price < limit - EPS if side == "BUY" else trade.price > limit + EPS
            at = abs(trade.price - limit) <= EPS * max(1.0, limit)
            if not (through or at):
                continue
            volume = trade.amount
            if at:
                eaten = min(order.queue_ahead, volume)
                order.queue_ahead -= eaten
                volume -= eaten
                trade.amount -= eaten
            take = min(order.remaining, volume)
            if take > EPS:
                order.fills.append(BookFill(limit, take, "maker"))
                order.remaining -= take
                trade.amount -= take
        # The opposite side crossing our price: that liquidity trades with the bids (asks)
        # ahead of us first, then with us, at our price.
        if not cross:  # the same book again: its liquidity was offered already
            return order
        crossing = sum(
            size
            for price, size in levels_for(side, bids, asks, self.depth)
            if crosses(side, price, limit)
        )
        if crossing > EPS and order.remaining > EPS:
            eaten = min(order.queue_ahead, crossing)
            order.queue_ahead -= eaten
            take = min(order.remaining, crossing - eaten)
            if take > EPS:
                order.fills.append(BookFill(limit, take, "maker"))
                order.remaining -= take
        return order
