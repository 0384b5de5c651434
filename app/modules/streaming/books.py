"""Order-book snapshots → deltas for clients.

The upstream hands the hub full (depth-limited) snapshots; clients get one snapshot, then deltas
of the top ``depth`` levels: ``[price, quantity]`` pairs where quantity 0 removes the level
(including a level that merely fell out of the top ``depth``). A client applying the deltas in
order holds exactly the top ``depth`` levels the hub holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Level = Sequence[float]


def _side_changes(old: dict[float, float], new: dict[float, float]) -> list[list[float]]:
    changes = [[price, qty] for price, qty in new.items() if old.get(price) != qty]
    changes += [[price, 0.0] for price in old if price not in new]
    return changes


class BookDiffer:
    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.bids: dict[float, float] = {}
        self.asks: dict[float, float] = {}

    @staticmethod
    def _levels(levels: Iterable[Level], depth: int) -> dict[float, float]:
        top: dict[float, float] = {}
        for level in levels:
            if len(top) >= depth:
                break
            price, qty = float(level[0]), float(level[1])
            if qty > 0:
                top[price] = qty
        return top

    def update(
        self, bids: Iterable[Level], asks: Iterable[Level]
    ) -> tuple[list[list[float]], list[list[float]]]:
        """Take a new snapshot (best levels first); return the (bid, ask) changes."""
        new_bids = self._levels(bids, self.depth)
        new_asks = self._levels(asks, self.depth)
        changes = _side_changes(self.bids, new_bids), _side_changes(self.asks, new_asks)
        self.bids, self.asks = new_bids, new_asks
        return changes

    def snapshot(self) -> tuple[list[list[float]], list[list[float]]]:
        """The current top levels, best first."""
        bids = [[price, qty] for price, qty in sorted(self.bids.items(), reverse=True)]
        asks = [[price, qty] for price, qty in sorted(self.asks.items())]
        return bids, asks
