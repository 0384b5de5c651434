"""Timeframes and annualisation for markets that trade 24/7."""

from __future__ import annotations

from datetime import timedelta

from app.core.timeframes import TIMEFRAME_MS

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
