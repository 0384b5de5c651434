"""The live monitor reads the order book through the marketmaker module's metrics: a depth
collapse on the stream confirms a drawdown that the candle rules alone would not call a crash."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any

import pytest

from app.modules.emergency.specs import CrashRule
from app.modules.exchanges.public import OrderBookSnapshot, Ticker, Trade
from app.modules.exchanges.types import Source
from tests.modules.emergency.conftest import wait_until

SYMBOL = "BTC/USDT"


class FanoutSource:
    """A replay source the test feeds; every open ``watch_*`` stream gets every item."""

    source = Source.REPLAY

    def __init__(self) -> None:
        self.queues: dict[str, list[asyncio.Queue[Any]]] = defaultdict(list)
        self.book: OrderBookSnapshot | None = None

    @property
    def exchanges(self) -> list[str]:
        return ["binance"]

    def health(self) -> dict:
        return {}

    def market_count(self, exchange: str) -> int | None:
        return None

    async def close(self) -> None:
        return None

    async def _watch(self, kind: str) -> AsyncIterator[Any]:
        queue: asyncio.Queue[Any] = asyncio.Queue()
        self.queues[kind].append(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self.queues[kind].remove(queue)

    def watch_trades(self, exchange: str, symbol: str) -> AsyncIterator[Trade]:
        return self._watch("trades")

    def watch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> AsyncIterator[OrderBookSnapshot]:
        return self._watch("book")

    def watch_ticker(self, exchange: str, symbol: str) -> AsyncIterator[Ticker]:
        return self._watch("ticker")

    async def fetch_order_book(self, exchange: str, symbol: str, limit: int | None = None):
        from app.modules.exchanges.errors import SymbolNotFound

        if self.book is None:
            raise SymbolNotFound(exchange, symbol)
        return self.book

    def trade(self, ts: int, price: float, amount: float = 1.0) -> None:
        item = Trade("binance", SYMBOL, Source.REPLAY, ts, price, amount, "sell", str(ts))
        for queue in self.queues["trades"]:
            queue.put_nowait(item)

    def put_book(self, qty: float) -> None:
        """Ten levels a side, 0.1 apart around 100 (all within 1 % of mid), ``qty`` each."""
        bids = tuple((round(99.95 - 0.1 * i, 2), qty) for i in range(10))
        asks = tuple((round(100.05 + 0.1 * i, 2), qty) for i in range(10))
        self.book = OrderBookSnapshot(
            "binance", SYMBOL, Source.REPLAY, int(time.time() * 1000), bids, asks
        )
        for queue in self.queues["book"]:
            queue.put_nowait(self.book)


@pytest.fixture
def settings_overrides() -> dict[str, object]:
    return {"market_data": "synthetic", "market_exchanges": ["binance"]}


@pytest.fixture
def emergency_env() -> dict[str, str]:
    return {
        "APP_EMERGENCY_FEED": "trades",
        "APP_EMERGENCY_BOOK_POLL_SECONDS": "0.05",
        "APP_EMERGENCY_WARMUP": "false",
        "APP_EXECUTION_SWEEP_SECONDS": "0",
    }


async def test_depth_collapse_confirms_a_drawdown(app, client, alice) -> None:
    source = FanoutSource()
    app.state.market_data = source
    source.put_book(10.0)
    # Candle confirmations switched off: only a live rule can confirm a 12 % drawdown.
    params = {"lookback_bars": 10, "zscore": 100, "volume_multiple": 1000, "range_multiple": 1000}
    watch = {"symbol": SYMBOL, "timeframe": "1m", "action": "alert", "params": params}
    assert (
        await client.post("/api/v1/emergency/watches", json=watch, headers=alice)
    ).status_code == 201
    monitor = app.state.emergency_monitor
    await wait_until(lambda: len(source.queues["trades"]) >= 1)
    [task] = monitor.markets.values()
    [(detector, _)] = task.detectors()
    start = int(time.time() * 1000) // 60_000 * 60_000 - 30 * 60_000
    for minute in range(20):  # 20 calm one-minute bars around 100
        for k, price in enumerate((100.0, 100.2, 99.8, 100.0)):
            source.trade(start + minute * 60_000 + k * 10_000, price)
    await wait_until(lambda: detector.bars_seen >= 19)
    # Healthy books until the baseline holds enough samples (marketmaker metrics, polled).
    await wait_until(lambda: len(source.queues["book"]) >= 1)
    while len(detector.book_depths) < 12:
        source.put_book(10.0)
        await asyncio.sleep(0.03)
    healthy = detector.book_depths[-1]
    assert healthy == pytest.approx(20 * 10.0 * 100.0, rel=0.01)  # 20 levels × 10 × ~100
    source.put_book(1.0)  # a tenth of the resting size: ≤ 0.3 × the median
    await wait_until(lambda: detector.book_rules == [CrashRule.depth_collapse])
    source.trade(start + 20 * 60_000 + 5_000, 88.0)  # 12 % below the window's high
    await wait_until(lambda: detector.episode is not None)
    await monitor.idle()
    [alert] = (await client.get("/api/v1/emergency/alerts", headers=alice)).json()["items"]
    assert "depth_collapse" in alert["rules"] and "drawdown" in alert["rules"]
    assert "severe_drawdown" not in alert["rules"] and alert["source"] == "replay"


class LiveFanoutSource(FanoutSource):
    """As a live venue: the monitor warms its baseline from ``fetch_ohlcv`` first."""

    source = Source.LIVE

    def __init__(self, candles: list) -> None:
        super().__init__()
        self.candles = candles
        self.ohlcv_requests: list[tuple[str, str, str, int | None]] = []

    async def fetch_ohlcv(self, exchange, symbol, timeframe="1m", since=None, limit=None):
        self.ohlcv_requests.append((exchange, symbol, timeframe, limit))
        return self.candles[-limit:] if limit else self.candles


async def test_a_live_feed_starts_warm_from_the_venues_candles(
    app, client, alice, shared_data
) -> None:
    from app.modules.exchanges.public import Candle
    from tests.modules.emergency.conftest import BTC_1H, open_ms, rows_between

    rows = rows_between(shared_data / BTC_1H, "2020-06-01", "2020-06-20")
    candles = [
        Candle("binance", SYMBOL, Source.LIVE, "1h", open_ms(r), *map(float, r[3:8])) for r in rows
    ]
    source = LiveFanoutSource(candles)
    app.state.market_data = source
    monitor = app.state.emergency_monitor
    monitor.settings.warmup = True  # this file's environment switches it off
    watch = {"symbol": SYMBOL, "timeframe": "1h", "action": "alert"}
    assert (
        await client.post("/api/v1/emergency/watches", json=watch, headers=alice)
    ).status_code == 201
    await wait_until(lambda: len(source.queues["trades"]) >= 1)
    assert source.ohlcv_requests == [("binance", SYMBOL, "1h", 168 + 100)]
    status = (await client.get("/api/v1/emergency/status", headers=alice)).json()
    [market] = status["markets"]
    assert market["warm"] and market["bars"] == 268
    last = candles[-1]
    now = int(time.time() * 1000)
    source.trade(now, last.close, 1.0)
    crash = last.close * 0.88  # 12 %: below the severe 20 %, so the baseline must confirm it
    source.trade(now + 1, crash, 50 * max(c.volume for c in candles))
    await wait_until(lambda: _alerts_exist(monitor))
    await monitor.idle()
    [alert] = (await client.get("/api/v1/emergency/alerts", headers=alice)).json()["items"]
    assert "return_zscore" in alert["rules"] and "volume_spike" in alert["rules"]
    assert "severe_drawdown" not in alert["rules"] and alert["source"] == "live"


def _alerts_exist(monitor) -> bool:
    return any(d.episode is not None for t in monitor.markets.values() for d, _ in t.detectors())
