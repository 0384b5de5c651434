"""Candles → pandas, and several symbols → one aligned price matrix."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from app.modules.backtest.errors import DataError

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

COLUMNS = ("open", "high", "low", "close", "volume")
MIN_BARS = 3


def _row_values(row: Any) -> tuple[Any, float, float, float, float, float]:
    if isinstance(row, Mapping):
        ts = row.get("ts", row.get("timestamp"))
        return ts, row["open"], row["high"], row["low"], row["close"], row.get("volume", 0.0)
    if isinstance(row, (tuple, list)):
        ts, o, h, lo, c, *rest = row
        return ts, o, h, lo, c, rest[0] if rest else 0.0
    return row.ts, row.open, row.high, row.low, row.close, getattr(row, "volume", 0.0)


def candles_to_frame(rows: Iterable[Any]) -> pd.DataFrame:
    """OHLCV rows → DataFrame indexed by a UTC ``DatetimeIndex`` named ``time``, ascending.

    Rows may be ``CandleRow`` objects (``ts`` in epoch ms), Pydantic ``BacktestCandleIn``
    (``ts`` datetime),
    mappings or ``(ts, open, high, low, close[, volume])`` tuples.
    """
    import numpy as np
    import pandas as pd

    values = [_row_values(row) for row in rows]
    if not values:
        raise DataError("no candles")
    stamps = [v[0] for v in values]
    if isinstance(stamps[0], datetime):
        index = pd.DatetimeIndex(pd.to_datetime(stamps, utc=True))
    else:
        index = pd.DatetimeIndex(
            pd.to_datetime(np.asarray(stamps, dtype="int64"), unit="ms", utc=True)
        )
    data = np.asarray([v[1:] for v in values], dtype="float64")
    frame = pd.DataFrame(data, index=index.rename("time"), columns=list(COLUMNS))
    if not frame.index.is_monotonic_increasing:
        frame = frame.sort_index()
    if frame.index.has_duplicates:
        frame = frame[~frame.index.duplicated(keep="first")]
    return frame


def validate_frame(frame: pd.DataFrame, symbol: str) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    missing = [name for name in ("open", "high", "low", "close") if name not in frame.columns]
    if missing:
        raise DataError(f"{symbol}: missing columns {', '.join(missing)}", symbol=symbol)
    if not isinstance(frame.index, pd.DatetimeIndex):
        raise DataError(f"{symbol}: candles need a DatetimeIndex", symbol=symbol)
    if frame.index.tz is None:
        frame = frame.tz_localize("UTC")
    if not frame.index.is_monotonic_increasing or frame.index.has_duplicates:
        frame = frame[~frame.index.duplicated(keep="first")].sort_index()
    prices = frame[["open", "high", "low", "close"]].to_numpy(dtype="float64")
    if not np.isfinite(prices).all() or (prices <= 0).any():
        raise DataError(f"{symbol}: prices must be finite and positive", symbol=symbol)
    return frame


@dataclass(frozen=True)
class Market:
    """Aligned prices of several symbols: arrays of shape (bars, symbols), C-contiguous."""

    index: pd.DatetimeIndex
    symbols: tuple[str, ...]
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray

    @property
    def n_bars(self) -> int:
        return int(self.close.shape[0])

    @property
    def n_symbols(self) -> int:
        return int(self.close.shape[1])

    def slice(self, start: int, stop: int) -> Market:
        import numpy as np

        def cut(array: np.ndarray) -> np.ndarray:
            return np.ascontiguousarray(array[start:stop])

        return Market(
            self.index[start:stop],
            self.symbols,
            cut(self.open),
            cut(self.high),
            cut(self.low),
            cut(self.close),
        )


def build_market(
    frames: Mapping[str, pd.DataFrame],
    symbols: Iterable[str],
    start: datetime | None = None,
    end: datetime | None = None,
) -> tuple[Market, list[str]]:
    """Inner-join the symbols' bars on time, restricted to ``[start, end]``; returns warnings."""
    import numpy as np

    symbols = tuple(symbols)
    warnings: list[str] = []
    selected = []
    for symbol in symbols:
        if symbol not in frames:
            raise DataError(f"no candles for {symbol}", symbol=symbol)
        frame = validate_frame(frames[symbol], symbol)
        if start is not None:
            frame = frame[frame.index >= start]
        if end is not None:
            frame = frame[frame.index <= end]
        if len(frame) < MIN_BARS:
            raise DataError(
                f"{symbol}: only {len(frame)} bars in the requested range", symbol=symbol
            )
        selected.append(frame)
    index = selected[0].index
    for frame in selected[1:]:
        index = index.intersection(frame.index)
    if len(index) < MIN_BARS:
        raise DataError("the symbols share fewer than 3 bars")
    for symbol, frame in zip(symbols, selected, strict=True):
        dropped = len(frame) - len(index)
        if dropped:
            warnings.append(
                f"{symbol}: {dropped} bars without a match in the other symbols dropped"
            )

    def stack(column: str) -> np.ndarray:
        return np.ascontiguousarray(
            np.column_stack([f[column].reindex(index).to_numpy(dtype="float64") for f in selected])
        )

    market = Market(
        cast("pd.DatetimeIndex", index),
        symbols,
        stack("open"),
        stack("high"),
        stack("low"),
        stack("close"),
    )
    return market, warnings
