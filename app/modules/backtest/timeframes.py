"""Timeframes and annualisation for markets that trade 24/7."""

from __future__ import annotations

from datetime import timedelta

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

DAY_MS = 86_400_000
DAYS_PER_YEAR = 365  # crypto trades every day of the year


def check_timeframe(timeframe: str) -> str:
    if timeframe not in TIMEFRAME_MS:
        raise ValueError(f"unknown timeframe {timeframe!r}; use one of {', '.join(TIMEFRAME_MS)}")
    return timeframe


def bar_timedelta(timeframe: str) -> timedelta:
    return timedelta(milliseconds=TIMEFRAME_MS[check_timeframe(timeframe)])


def bars_per_day(timeframe: str) -> float:
    return DAY_MS / TIMEFRAME_MS[check_timeframe(timeframe)]


def periods_per_year(timeframe: str) -> float:
    """Annualisation factor: 365 days × bars per day (8,760 for 1h bars)."""
    return DAYS_PER_YEAR * bars_per_day(timeframe)
