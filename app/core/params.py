"""Checks for request values FastAPI cannot express as constraints: a failure is a 422 problem
that names the field, like FastAPI's own validation errors."""

from __future__ import annotations

from app.core.errors import FieldError, ValidationFailed
from app.core.symbols import normalize_symbol
from app.core.timeframes import TIMEFRAME_MS


def _invalid(field: str, message: str, kind: str) -> ValidationFailed:
    return ValidationFailed(message, errors=[FieldError(field=field, message=message, type=kind)])


def symbol_param(value: str, field: str = "query.symbol") -> str:
    """``BTC-USDT`` / ``btc_usdt`` / ``BTC/USDT`` → ``BTC/USDT``, or a 422 naming ``field``."""
    try:
        return normalize_symbol(value)
    except ValueError as exc:
        raise _invalid(field, str(exc), "symbol") from None


def timeframe_param(value: str, field: str = "query.timeframe") -> str:
    """A known candle timeframe (``1m`` … ``1w``), or a 422 naming ``field``."""
    if value not in TIMEFRAME_MS:
        message = f"unknown timeframe {value!r}; use one of {', '.join(TIMEFRAME_MS)}"
        raise _invalid(field, message, "timeframe")
    return value
