"""The execution engine's in-process state on ``app.state.execution``: per-account locks (one
order of an account at a time through gate → broker → ledger), the paper broker and the
sweeper's watermarks (last trade seen and last book swept per market)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from app.modules.execution.book import Level
from app.modules.execution.config import get_execution_settings
from app.modules.execution.paper import PaperBroker

STATE_KEY = "execution"


@dataclass
class Engine:
    broker: PaperBroker
    locks: dict[tuple[int, str], asyncio.Lock] = field(default_factory=dict)
    trade_marks: dict[tuple[str, str], tuple[int, str | None]] = field(default_factory=dict)
    book_marks: dict[tuple[str, str], Any] = field(default_factory=dict)
    task: asyncio.Task[None] | None = None
    sweep_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    consumed: dict[tuple[str, str], tuple[Any, dict[tuple[str, float], float]]] = field(
        default_factory=dict
    )

    def visible(
        self, key: tuple[str, str], signature: Any, bids: tuple[Level, ...], asks: tuple[Level, ...]
    ) -> tuple[tuple[Level, ...], tuple[Level, ...]]:
        """The book less what this process's paper orders already took from this very
        snapshot: until the source delivers a new book, liquidity taken stays taken."""
        seen = self.consumed.get(key)
        if seen is None or seen[0] != signature:
            return bids, asks
        taken = seen[1]

        def left(side: str, levels: tuple[Level, ...]) -> tuple[Level, ...]:
            out = []
            for price, size in levels:
                rest = size - taken.get((side, price), 0.0)
                if rest > 1e-12:
                    out.append((price, rest))
            return tuple(out)

        return left("bid", bids), left("ask", asks)

    def consume(self, key: tuple[str, str], signature: Any, side: str, fills: Any) -> None:
        """Remember the levels taker fills of ``side`` (BUY takes asks) used up."""
        seen = self.consumed.get(key)
        if seen is None or seen[0] != signature:
            seen = self.consumed[key] = (signature, {})
        book_side = "ask" if side == "BUY" else "bid"
        for f in fills:
            if f.liquidity == "taker":
                seen[1][(book_side, f.price)] = seen[1].get((book_side, f.price), 0.0) + f.quantity

    def lock(self, user_id: int, account: str) -> asyncio.Lock:
        key = (user_id, account)
        found = self.locks.get(key)
        if found is None:
            found = self.locks[key] = asyncio.Lock()
        return found


def engine_of(state: Any) -> Engine:
    """The engine on ``state``, created on first use (a worker process has no start-up hook)."""
    engine: Engine | None = getattr(state, STATE_KEY, None)
    if engine is None:
        engine = Engine(PaperBroker(get_execution_settings().book_depth))
        setattr(state, STATE_KEY, engine)
    return engine
