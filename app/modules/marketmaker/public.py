"""What other modules may use from the market-maker tracker: snapshot book metrics as DTOs,
and the tracked view of a market (e.g. for execution or risk to read live imbalance)."""

from __future__ import annotations

from starlette.applications import Starlette

from app.modules.marketmaker.schemas import ImbalanceOut

__all__ = ["ImbalanceOut", "market_imbalance"]


async def market_imbalance(
    app: Starlette, exchange: str, symbol: str, levels: int = 5, *, wait: float = 5.0
) -> ImbalanceOut:
    """Imbalance, microprice and depth bands of the market's latest tracked book.

    The market is tracked from now on (bounded, stopped when idle). Raises ``AppError``
    problems (404 unknown exchange/symbol, 503 no book yet).
    """
    from app.modules.marketmaker import service
    from app.modules.marketmaker.deps import market_tracker

    tracker = market_tracker(app)
    return await service.imbalance(
        tracker, exchange, symbol, levels=levels, half_life_bps=10.0, wait=wait
    )
