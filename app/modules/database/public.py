"""What other modules may use from the database module: candles and signals as DTOs.

Candles: the shared store is what exchange downloads and admins write. ``load_candles`` reads it
alone by default; pass ``user_id`` to read that user's view (their own uploaded bars layered over
the shared store). ``latest_candle_time`` looks at the shared store only, so a download never
trusts a user's bars to decide what is missing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.pagination import PageRequest
from app.core.timeframes import TIMEFRAME_MS
from app.modules.database import candle_import, candles, signals
from app.modules.database.schemas import UserSettingsOut
from app.modules.database.specs import CandleImportResult, CandleOut, SignalOut
from app.modules.database.user_settings import get_user_settings

__all__ = [
    "TIMEFRAME_MS",
    "CandleImportResult",
    "CandleOut",
    "SignalOut",
    "UserSettingsOut",
    "import_candle_file",
    "latest_candle_time",
    "load_candles",
    "load_close_series",
    "load_signals",
    "load_user_settings",
    "save_signals",
]


async def load_candles(
    session: AsyncSession,
    exchange: str,
    symbol: str,
    timeframe: str,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 1_000_000,
    *,
    user_id: int | None = None,
) -> list[CandleOut]:
    """Bars in ``[start, end)``, oldest first: shared only, or ``user_id``'s layered view."""
    rows = await candles.query_candles(
        session,
        candles.CandleKey(exchange, symbol, timeframe),
        start=start,
        end=end,
        limit=limit,
        owner_id=user_id,
    )
    return [CandleOut.model_validate(row, from_attributes=True) for row in rows]


async def latest_candle_time(
    session: AsyncSession,
    exchange: str,
    symbol: str,
    timeframe: str,
    start: datetime,
    end: datetime,
) -> datetime | None:
    """Open time of the newest *shared* candle in ``[start, end)``, or ``None``."""
    key = candles.CandleKey(exchange, symbol, timeframe)
    return await candles.latest_candle_time(session, key, start=start, end=end)


async def load_signals(
    session: AsyncSession,
    user_id: int,
    symbol: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    strategy: str | None = None,
    limit: int = 100_000,
) -> list[SignalOut]:
    """The user's signals, oldest first (for replay in backtests)."""
    items, _ = await signals.signal_history(
        session,
        user_id,
        symbol=symbol,
        side=None,
        strategy=strategy,
        bot_id=None,
        start=start,
        end=end,
        page=PageRequest(limit=limit, cursor=None),
    )
    return list(reversed(items))


async def import_candle_file(
    session: AsyncSession,
    user_id: int | None,
    content: bytes,
    exchange: str,
    symbol: str,
    timeframe: str,
    *,
    on_conflict: Literal["skip", "update"] = "skip",
    owner_id: int | None = None,
) -> CandleImportResult:
    """Import ``content`` into the shared store (exchange downloads, the CLI), audited as
    ``user_id``; with ``owner_id``, into that user's own dataset instead."""
    return await candle_import.import_bytes(
        session,
        user_id,
        content,
        candles.CandleKey(exchange, symbol, timeframe),
        owner_id=owner_id,
        on_conflict=on_conflict,
    )


async def load_close_series(
    session: AsyncSession,
    exchange: str,
    symbol: str,
    timeframe: str,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 1_000_000,
    *,
    user_id: int | None = None,
) -> tuple[list[datetime], list[float]]:
    """Open times and closes only, oldest first (shared, or ``user_id``'s layered view): plain
    columns instead of DTOs, for the long series portfolio optimisation and risk read."""
    rows = await candles.query_candles(
        session,
        candles.CandleKey(exchange, symbol, timeframe),
        start=start,
        end=end,
        limit=limit,
        owner_id=user_id,
        fields=("ts", "close"),
    )
    return [row.ts for row in rows], [row.close for row in rows]


async def load_user_settings(session: AsyncSession, user_id: int) -> UserSettingsOut:
    """The user's settings (defaults when never saved): risk per trade, personal leverage cap…"""
    return await get_user_settings(session, user_id)


async def save_signals(
    session: AsyncSession, user_id: int, items: list[dict[str, Any]]
) -> list[SignalOut]:
    """Save signals for ``user_id`` (the shape of ``POST /signals/save`` items; white-hat rules
    checked, all or nothing); commits."""
    from pydantic import TypeAdapter

    from app.modules.database.schemas import SignalSaveItem

    checked = TypeAdapter(list[SignalSaveItem]).validate_python(items)
    saved = await signals.save_signals(session, user_id, checked)
    return [SignalOut.model_validate(item) for item in saved]
