"""Helpers shared by the market-data test packages (exchanges, marketmaker)."""

from __future__ import annotations


def final_book(stream) -> tuple[list, list]:
    """Plain-dict replay of a recorded depth stream: the book at the end, best levels first."""
    bids, asks = dict(stream.bids), dict(stream.asks)
    for _, side, price, qty in stream.updates:
        levels = bids if side == "bid" else asks
        if qty == 0:
            levels.pop(price, None)
        else:
            levels[price] = qty
    return sorted(bids.items(), reverse=True), sorted(asks.items())
