"""Timeframes and trade → candle aggregation."""

from __future__ import annotations

from collections.abc import Iterable

from app.modules.exchanges.types import Candle, Source, Trade

_UNIT_MS = {"s": 1_000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000}


def timeframe_ms(timeframe: str) -> int:
    """``"1m"`` → 60000, ``"4h"`` → 14400000 (ccxt timeframe notation; months unsupported)."""
    try:
        amount, unit = int(timeframe[:-1]), timeframe[-1]
        if amount <= 0:
            raise ValueError
        return amount * _UNIT_MS[unit]
    except (KeyError, ValueError, IndexError):
        raise ValueError(f"unsupported timeframe {timeframe!r}") from None


def aggregate_trades(
    trades: Iterable[Trade], timeframe: str, *, source: Source | None = None
) -> list[Candle]:
    """OHLCV candles from trades (any order); buckets without trades are left out.

    Candles inherit exchange, symbol and (unless given) source from the trades.
    """
    tf = timeframe_ms(timeframe)
    ordered = sorted(trades, key=lambda t: t.timestamp)
    candles: list[Candle] = []
    bucket: list[Trade] = []
    bucket_start: int | None = None

    def flush() -> None:
        first = bucket[0]
        prices = [t.price for t in bucket]
        candles.append(
            Candle(
                exchange=first.exchange,
                symbol=first.symbol,
                source=source or first.source,
                timeframe=timeframe,
                timestamp=bucket_start,  # type: ignore[arg-type]
                open=prices[0],
                high=max(prices),
                low=min(prices),
                close=prices[-1],
                volume=sum(t.amount for t in bucket),
            )
        )

    for trade in ordered:
        start = trade.timestamp - trade.timestamp % tf
        if bucket and start != bucket_start:
            flush()
            bucket = []
        bucket_start = start
        bucket.append(trade)
    if bucket:
        flush()
    return candles
