"""Candle timeframes (ccxt spelling) and their length in milliseconds: one table for all modules."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

TIMEFRAME_MS: dict[str, int] = {
    "1m": 60_000,
    "3m": 180_000,
    "5m": 300_000,
    "15m": 900_000,
    "30m": 1_800_000,
    "1h": 3_600_000,
    "2h": 7_200_000,
    "4h": 14_400_000,
    "6h": 21_600_000,
    "8h": 28_800_000,
    "12h": 43_200_000,
    "1d": 86_400_000,
    "3d": 259_200_000,
    "1w": 604_800_000,
}


def known_timeframe(value: str) -> str:
    if value not in TIMEFRAME_MS:
        raise ValueError(f"unknown timeframe {value!r}; use one of {', '.join(TIMEFRAME_MS)}")
    return value


# A request field naming a timeframe: a 422 on the field for anything not in the table.
Timeframe = Annotated[str, AfterValidator(known_timeframe)]
