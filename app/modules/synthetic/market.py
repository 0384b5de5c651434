"""Candles from the store → aligned arrays the worker trains on (numpy only: no torch here)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.timeframes import TIMEFRAME_MS
from app.modules.database.public import CandleOut, load_candles
from app.modules.synthetic.errors import NotEnoughData, SyntheticInputError
from app.modules.synthetic.training import MarketArrays


def end_exclusive(end: datetime | None) -> datetime | None:
    """A request's ``end`` includes the bar opening at it; the store's end is exclusive."""
    return None if end is None else end + timedelta(milliseconds=1)


async def load_market(
    session: AsyncSession,
    owner_id: int,
    exchange: str,
    symbols: Sequence[str],
    timeframe: str,
    start: datetime | None,
    end: datetime | None,
    max_bars: int,
) -> MarketArrays:
    """The owner's view of the store for each symbol, inner-joined on open time. Non-finite or
    non-positive prices are a 422 naming the symbol: the generators never see a NaN."""
    frames: dict[str, list[CandleOut]] = {}
    for index, symbol in enumerate(symbols):
        rows = await load_candles(
            session, exchange, symbol, timeframe, start, end_exclusive(end),
            limit=max_bars + 1, user_id=owner_id,
        )  # fmt: skip
        if len(rows) > max_bars:
            raise SyntheticInputError(
                "body.start", f"more than {max_bars} bars in the range; narrow it",
                rule="train-bars",
            )  # fmt: skip
        if not rows:
            raise NotEnoughData(
                f"body.symbols.{index}", f"no {timeframe} candles of {symbol} on {exchange}"
            )
        frames[symbol] = rows
    common = set.intersection(*({r.ts for r in rows} for rows in frames.values()))
    stamps = sorted(common)
    assets = {}
    for index, (symbol, rows) in enumerate(frames.items()):
        by_ts = {r.ts: r for r in rows}
        picked = [by_ts[t] for t in stamps]
        arrays = tuple(
            np.array([getattr(r, name) for r in picked], dtype="float64")
            for name in ("high", "low", "close", "volume")
        )
        prices = np.column_stack(arrays[:3]) if picked else np.empty((0, 3))
        if not np.isfinite(prices).all() or (prices <= 0).any() or not np.isfinite(arrays[3]).all():
            raise SyntheticInputError(
                f"body.symbols.{index}",
                f"{symbol} has non-finite or non-positive prices in the range",
                rule="finite-candles",
            )
        assets[symbol] = arrays
    ts = np.array([int(t.timestamp() * 1000) for t in stamps], dtype="int64")
    return MarketArrays(ts, TIMEFRAME_MS[timeframe], assets)  # type: ignore[arg-type]
