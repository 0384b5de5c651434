"""What other modules may use from the execution module: the one order path.

Stable signatures (the emergency module calls them from requests and background monitors):

``await place_order(state, user_id, order, *, origin="manual") -> ExecutionOrderOut``
    ``state`` is the FastAPI ``app.state`` (it carries ``db``, ``cache``, ``kill_switch`` and
    the market-data source). ``origin`` is one of ``manual | algo | signal | hedge |
    liquidation``. Every order goes the same way: kill switch (``app.core.halt``; only
    ``liquidation`` and ``hedge`` pass a halt, everything else gets the 423 ``trading-halted``
    problem) → ``risk.public.check_order`` → broker (paper by default) → fills →
    ``portfolio.public.apply_fill``. ``liquidation`` orders are reduce-only: they may only
    reduce or close an existing position (422 rule ``reduce-only`` otherwise). Refusals raise
    ``AppError`` problems naming the rule (422 market/white-hat/risk rules, 423 halt).

``await close_positions(state, user_id, symbols=None, *, account="paper")``
    ``-> list[ExecutionOrderOut]``.
    Market-close the named (or all) open positions of ``account`` through ``place_order`` with
    origin ``liquidation``; no positions → ``[]``.
"""

from __future__ import annotations

from typing import Any

from app.modules.execution import service
from app.modules.execution.specs import (
    HALT_EXEMPT_ORIGINS,
    ExecutionFillOut,
    ExecutionOrderIn,
    ExecutionOrderOut,
    ExecutionRelativeLevel,
    Origin,
)

__all__ = [
    "HALT_EXEMPT_ORIGINS",
    "ExecutionFillOut",
    "ExecutionOrderIn",
    "ExecutionOrderOut",
    "ExecutionRelativeLevel",
    "Origin",
    "close_positions",
    "place_order",
]


async def place_order(
    state: Any, user_id: int, order: ExecutionOrderIn, *, origin: str = "manual"
) -> ExecutionOrderOut:
    """Place one order through the one order path (see the module docstring)."""
    return await service.place_order(state, user_id, order, origin=origin)


async def close_positions(
    state: Any, user_id: int, symbols: list[str] | None = None, *, account: str = "paper"
) -> list[ExecutionOrderOut]:
    """Market-close the named or all open positions of ``account`` (origin ``liquidation``)."""
    return await service.close_positions(state, user_id, symbols, account=account)
