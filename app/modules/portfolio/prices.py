"""Aligned closes → returns, from inline prices or the candles store (``database.public``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import invalid
from app.core.timeframes import TIMEFRAME_MS
from app.modules.database.public import load_close_series
from app.modules.portfolio.errors import PriceDataMissing
from app.modules.portfolio.specs import MAX_ROWS, PriceSourceSpec

if TYPE_CHECKING:
    import pandas as pd

DAY_MS = 86_400_000


def periods_per_year(step_ms: float, days_per_year: int = 365) -> int:
    """Bars per year for a bar length (crypto trades every day: 365 days)."""
    return max(1, round(days_per_year * DAY_MS / step_ms))


def closes_frame(series: dict[str, list[tuple[float, float]]]) -> pd.DataFrame:
    """Closes by symbol, inner-joined on timestamp (ms), oldest first; refuses bad prices."""
    import pandas as pd

    columns = {}
    for symbol, rows in series.items():
        if len(rows) > MAX_ROWS:
            raise invalid(f"body.prices.{symbol}", f"at most {MAX_ROWS} prices per symbol")
        array = np.asarray(rows, dtype=float).reshape(-1, 2)
        if not np.all(np.isfinite(array)):
            raise invalid(f"body.prices.{symbol}", "prices must be finite numbers")
        if np.any(array[:, 1] <= 0):
            raise invalid(f"body.prices.{symbol}", "prices must be positive")
        column = pd.Series(array[:, 1], index=array[:, 0].astype(np.int64))
        columns[symbol] = column[~column.index.duplicated(keep="last")].sort_index()
    return pd.DataFrame(columns).dropna()


async def load_closes(
    session: AsyncSession,
    spec: PriceSourceSpec,
    symbols: list[str] | None = None,
    *,
    user_id: int | None = None,
) -> tuple[pd.DataFrame, int]:
    """(closes frame, bar length in ms) from the spec's inline prices or the candles store
    (``user_id``'s view: their own uploads over the shared store)."""
    if spec.prices is not None:
        frame = closes_frame({s: list(v) for s, v in spec.prices.items()})
        steps = np.diff(frame.index.to_numpy()) if len(frame) > 1 else np.array([DAY_MS])
        return frame, int(np.median(steps)) if steps.size else DAY_MS
    wanted = symbols or spec.symbols
    if not wanted or not spec.exchange:
        raise invalid("body.prices", "give inline prices, or exchange and symbols for the store")
    if spec.timeframe not in TIMEFRAME_MS:
        raise invalid("body.timeframe", f"unknown timeframe {spec.timeframe!r}")
    series = {}
    for symbol in wanted:
        times, closes = await load_close_series(
            session,
            spec.exchange,
            symbol,
            spec.timeframe,
            spec.start,
            spec.end,
            limit=MAX_ROWS,
            user_id=user_id,
        )
        if len(closes) < 2:
            raise PriceDataMissing(
                f"the candles store has {len(closes)} {spec.timeframe} candles of {symbol} on "
                f"{spec.exchange} in the range",
                symbol=symbol,
            )
        series[symbol] = list(zip([t.timestamp() * 1000 for t in times], closes, strict=True))
    return closes_frame(series), TIMEFRAME_MS[spec.timeframe]


def returns_of(closes: pd.DataFrame, min_rows: int) -> pd.DataFrame:
    returns = closes.pct_change().iloc[1:]
    if len(returns) < min_rows:
        raise invalid(
            "body.prices",
            f"{len(returns)} aligned returns; at least {min_rows} are needed "
            f"(more observations than assets)",
        )
    return returns
