"""Reading the candle store: the shared bars, or a user's view (their own bars over the shared).

The shared store (``database_candles``) is written by exchange downloads and admins; a user's
uploads live in ``database_user_candles``. A user's view is their bars plus every shared bar at
an open time they have no bar for. Decisions about what exists (``latest_candle_time``, which a
download uses to resume) look at the shared store only, so no user's bars can hide a gap.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core.pagination import PageRequest, decode_cursor, next_cursor_of
from app.modules.database.models import Candle, UserCandle
from app.modules.database.schemas import CandleSeries
from app.modules.database.specs import CandleOut


@dataclass(frozen=True, slots=True)
class CandleKey:
    exchange: str
    symbol: str
    timeframe: str


def _window(model: Any, key: CandleKey, start: datetime | None, end: datetime | None) -> list[Any]:
    conditions = [
        model.exchange == key.exchange,
        model.symbol == key.symbol,
        model.timeframe == key.timeframe,
    ]
    if start is not None:
        conditions.append(model.ts >= start)
    if end is not None:
        conditions.append(model.ts < end)
    return conditions


OHLCV_FIELDS = ("ts", "open", "high", "low", "close", "volume")


def _columns(model: Any, names: tuple[str, ...]) -> list[Any]:
    return [getattr(model, name) for name in names]


async def query_candles(
    session: AsyncSession,
    key: CandleKey,
    *,
    start: datetime | None,
    end: datetime | None,
    limit: int,
    owner_id: int | None = None,
    fields: tuple[str, ...] = OHLCV_FIELDS,
) -> list[Any]:
    """Bars in ``[start, end)`` oldest first, at most ``limit``: the shared store, or with
    ``owner_id`` that user's bars layered over it. Rows have the ``fields`` as attributes
    (``ts, open, high, low, close, volume`` unless fewer are asked for: long close series
    read two columns, not six)."""
    shared = select(*_columns(Candle, fields)).where(*_window(Candle, key, start, end))
    if owner_id is None:
        query = shared.order_by(col(Candle.ts)).limit(limit)
        return list((await session.execute(query)).all())
    own = select(*_columns(UserCandle, fields), literal(1).label("own")).where(
        col(UserCandle.owner_id) == owner_id, *_window(UserCandle, key, start, end)
    )
    shadowed = exists().where(
        col(UserCandle.owner_id) == owner_id,
        col(UserCandle.exchange) == Candle.exchange,
        col(UserCandle.symbol) == Candle.symbol,
        col(UserCandle.timeframe) == Candle.timeframe,
        col(UserCandle.ts) == Candle.ts,
    )
    layered = union_all(own, shared.add_columns(literal(0).label("own")).where(~shadowed))
    merged = layered.subquery()
    query = select(*[merged.c[name] for name in fields]).order_by(merged.c.ts).limit(limit)
    return list((await session.execute(query)).all())


async def latest_candle_time(
    session: AsyncSession, key: CandleKey, *, start: datetime, end: datetime
) -> datetime | None:
    """Open time of the newest *shared* candle in ``[start, end)`` (one primary-key lookup).
    Users' own bars never count: a download must not trust them to decide what is missing."""
    query = select(func.max(Candle.ts)).where(*_window(Candle, key, start, end))
    return await session.scalar(query)


async def candle_series(
    session: AsyncSession,
    key: CandleKey,
    *,
    start: datetime | None,
    end: datetime | None,
    page: PageRequest,
    owner_id: int | None,
) -> CandleSeries:
    """One page of bars, oldest first; ``next_cursor`` continues after the last bar."""
    if page.cursor:
        after = decode_cursor(page.cursor)[0] + timedelta(microseconds=1)
        start = after if start is None else max(start, after)
    rows = await query_candles(
        session, key, start=start, end=end, limit=page.limit + 1, owner_id=owner_id
    )
    return CandleSeries(
        exchange=key.exchange,
        symbol=key.symbol,
        timeframe=key.timeframe,
        items=[CandleOut.model_validate(row, from_attributes=True) for row in rows[: page.limit]],
        next_cursor=next_cursor_of(rows, page.limit, lambda row: (row.ts, 0)),
    )
