"""Klines built from the trade stream (OHLCV aggregation per timeframe).

Why trades rather than polling ``fetch_ohlcv``: one trade upstream already exists per market and
is shared, updates arrive as trades happen (no polling delay or REST rate limits), and replay and
synthetic sources produce them too. The price paid: a candle's history starts when the stream
starts, so the first candle is marked ``partial`` (its open is the first trade seen, not the
venue's open). Buckets are by the trades' exchange timestamps; a candle closes when a trade of a
later bucket arrives, or (live sources) when the wall clock passes its end plus a grace period.
"""

from __future__ import annotations

from typing import Any


class KlineBuilder:
    def __init__(self, timeframe: str, timeframe_ms: int) -> None:
        self.timeframe = timeframe
        self.tf_ms = timeframe_ms
        self.current: dict[str, Any] | None = None
        self._first = True
        self._floor = 0
        """Start of the first bucket still open: older trades belong to closed candles."""
        self.late_trades = 0
        """Trades older than the current candle (already closed): not counted anywhere."""

    def add(self, trade: dict[str, Any]) -> list[dict[str, Any]]:
        """Fold one trade in; return the candles that changed (a closed one, then the current)."""
        ts, price, amount = int(trade["timestamp"]), float(trade["price"]), float(trade["amount"])
        start = ts - ts % self.tf_ms
        out: list[dict[str, Any]] = []
        current = self.current
        if start < self._floor or (current is not None and start < current["timestamp"]):
            self.late_trades += 1
            return out
        if current is not None and start > current["timestamp"]:
            out.append(self._close())
            current = None
        if current is None:
            current = self.current = {
                "timeframe": self.timeframe,
                "timestamp": start,
                "open": price,
                "high": price,
                "low": price,
                "close": price,
                "volume": 0.0,
                "quote_volume": 0.0,
                "trades": 0,
                "closed": False,
                "partial": self._first,
                "_open_ts": ts,
                "_close_ts": ts,
            }
            self._first = False
        if ts < current["_open_ts"]:  # out of order within the bucket: the earliest trade opens
            current["open"], current["_open_ts"] = price, ts
        if ts >= current["_close_ts"]:
            current["close"], current["_close_ts"] = price, ts
        current["high"] = max(current["high"], price)
        current["low"] = min(current["low"], price)
        current["volume"] += amount
        current["quote_volume"] += amount * price
        current["trades"] += 1
        out.append(self.view(current))
        return out

    def close_due(self, now_ms: int, grace_ms: int) -> dict[str, Any] | None:
        """Close the current candle once ``now_ms`` is past its end plus ``grace_ms``."""
        current = self.current
        if current is not None and now_ms >= current["timestamp"] + self.tf_ms + grace_ms:
            return self._close()
        return None

    def _close(self) -> dict[str, Any]:
        assert self.current is not None
        self.current["closed"] = True
        self._floor = self.current["timestamp"] + self.tf_ms
        closed, self.current = self.view(self.current), None
        return closed

    @staticmethod
    def view(candle: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in candle.items() if not key.startswith("_")}
