"""The execution engine's in-process state on ``app.state.execution``: per-account locks (one
order of an account at a time through gate → broker → ledger), the paper broker and the
sweeper's watermarks (last trade seen and last book swept per market)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

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
