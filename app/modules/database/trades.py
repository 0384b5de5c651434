"""Closed trades for performance tracking, and their statistics."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.modules.database import audit, performance
from app.modules.database.models import Trade
from app.modules.database.schemas import TrackedTradeIn


async def track_trade(session: AsyncSession, user_id: int, body: TrackedTradeIn) -> Trade:
    trade = Trade(
        user_id=user_id,
        pnl=performance.trade_pnl(
            body.side, body.entry_price, body.exit_price, body.quantity, body.fees
        ),
        **body.model_dump(),
    )
    session.add(trade)
    await session.flush()
    audit.record(session, user_id, "create", "trade", [trade.id], bot_id=body.bot_id)
    await session.commit()
    await session.refresh(trade)
    return trade


async def performance_stats(
    session: AsyncSession,
    user_id: int,
    bot_id: str | None,
    start: datetime | None,
    end: datetime | None,
) -> dict[str, object]:
    query = select(col(Trade.exit_time), col(Trade.pnl)).where(col(Trade.user_id) == user_id)
    if bot_id is not None:
        query = query.where(col(Trade.bot_id) == bot_id)
    if start is not None:
        query = query.where(col(Trade.exit_time) >= start)
    if end is not None:
        query = query.where(col(Trade.exit_time) < end)
    rows = (await session.execute(query)).all()
    return performance.summarize([performance.ClosedTrade(*row) for row in rows])
