"""Candles → the plain arrays the worker processes take, with the bad-input checks."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

from app.modules.rl.errors import InsufficientData
from app.modules.rl.features import WARMUP_BARS

Bars = dict[str, list[float] | list[int]]


def to_bars(candles: Sequence[Any], field: str = "data") -> Bars:
    """``CandleOut``-like rows (``ts`` datetime or epoch ms) → columns; NaN/inf or non-positive
    prices are a 422 naming the first bad bar."""
    times: list[int] = []
    columns: dict[str, list[float]] = {"open": [], "high": [], "low": [], "close": []}
    for index, row in enumerate(candles):
        ts = row.ts if hasattr(row, "ts") else row["ts"]
        stamp = int(ts.timestamp() * 1000) if hasattr(ts, "timestamp") else int(ts)
        values = [float(getattr(row, k) if hasattr(row, k) else row[k]) for k in columns]
        if not all(math.isfinite(v) and v > 0 for v in values):
            raise InsufficientData(
                f"bar {index} has a missing, non-finite or non-positive price", field=field,
                type="nan_gap",
            )  # fmt: skip
        if values[1] < max(values[0], values[3]) or values[2] > min(values[0], values[3]):
            raise InsufficientData(f"bar {index}: high/low do not bound open/close", field=field)
        times.append(stamp)
        for key, value in zip(columns, values, strict=True):
            columns[key].append(value)
    if any(b <= a for a, b in itertools.pairwise(times)):
        raise InsufficientData("bar times must increase strictly", field=field)
    return {"times": times, **columns}


def needed_bars(window: int, extra: int = 2) -> int:
    """Bars before the first decision (feature warm-up, the window) plus ``extra`` steps."""
    return max(window - 1, WARMUP_BARS) + extra


def check_enough(bars: Bars, window: int, extra: int, field: str) -> None:
    need = needed_bars(window, extra)
    have = len(bars["times"])
    if have < need:
        raise InsufficientData(
            f"{have} usable candles; a window of {window} needs at least {need} "
            f"({max(window - 1, WARMUP_BARS)} warm-up bars + {extra})",
            field=field,
            type="too_few_candles",
        )


def market_of(bars: Bars) -> Any:
    import numpy as np

    from app.modules.rl.features import compute_market

    return compute_market(
        np.asarray(bars["times"], dtype=np.int64),
        np.asarray(bars["open"]),
        np.asarray(bars["high"]),
        np.asarray(bars["low"]),
        np.asarray(bars["close"]),
    )
