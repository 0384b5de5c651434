"""The synthetic source: seeded random-walk markets for demos (see ``synthetic.py``)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import Any

from app.modules.exchanges.candles import timeframe_ms
from app.modules.exchanges.errors import BadMarketRequest
from app.modules.exchanges.source_protocol import (
    DEFAULT_EXCHANGES,
    ConfiguredVenues,
    check_enabled,
)
from app.modules.exchanges.synthetic import SyntheticMarket, synthetic_candles
from app.modules.exchanges.types import Candle, OrderBookSnapshot, Source, Ticker, Trade


class SyntheticSource(ConfiguredVenues):
    """Seeded random-walk markets for demos; every value is labelled ``synthetic``.

    Each (exchange, symbol) has its own generator seeded from ``seed``; REST calls advance it one
    step, streams advance it once per ``interval`` seconds.
    """

    source = Source.SYNTHETIC

    def __init__(
        self,
        exchanges: Iterable[str] = DEFAULT_EXCHANGES,
        *,
        seed: int = 0,
        interval: float = 1.0,
        step_ms: int = 1_000,
        start_ms: int | None = None,
        volatility: float = 0.0005,
        depth: int = 20,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        super().__init__(exchanges)
        self.seed = seed
        self.interval = interval
        self.step_ms = step_ms
        self.start_ms = start_ms
        self.volatility = volatility
        self.depth = depth
        self._sleep = sleep
        self._markets: dict[tuple[str, str], SyntheticMarket] = {}

    def market_count(self, exchange: str) -> int | None:
        """``None``: any well-formed symbol is generated on demand."""
        return None

    async def close(self) -> None:
        self._markets.clear()

    def market(self, exchange: str, symbol: str) -> SyntheticMarket:
        exchange = check_enabled(exchange, self._exchanges)
        key = (exchange, symbol)
        market = self._markets.get(key)
        if market is None:
            market = self._markets[key] = SyntheticMarket(
                exchange,
                symbol,
                seed=self.seed,
                volatility=self.volatility,
                step_ms=self.step_ms,
                start_ms=self.start_ms,
            )
        return market

    async def fetch_ticker(self, exchange: str, symbol: str) -> Ticker:
        market = self.market(exchange, symbol)
        market.step()
        return market.ticker()

    async def fetch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> OrderBookSnapshot:
        market = self.market(exchange, symbol)
        market.step()
        return market.order_book(limit or self.depth)

    async def fetch_trades(
        self, exchange: str, symbol: str, since: int | None = None, limit: int | None = None
    ) -> list[Trade]:
        market = self.market(exchange, symbol)
        trades = []
        for _ in range(limit or 50):
            market.step()
            trades += market.trades(1)
        return [t for t in trades if since is None or t.timestamp >= since]

    async def fetch_ohlcv(
        self,
        exchange: str,
        symbol: str,
        timeframe: str = "1m",
        since: int | None = None,
        limit: int | None = None,
    ) -> list[Candle]:
        exchange = check_enabled(exchange, self._exchanges)
        limit = limit or 100
        try:
            tf = timeframe_ms(timeframe)
        except ValueError as exc:
            raise BadMarketRequest(exchange, str(exc)) from exc
        if since is None:
            now = self.start_ms if self.start_ms is not None else int(time.time() * 1000)
            since = now - now % tf - limit * tf
        return synthetic_candles(
            exchange, symbol, timeframe, since=since, limit=limit, seed=self.seed
        )

    async def _ticks(self, exchange: str, symbol: str) -> AsyncIterator[SyntheticMarket]:
        market = self.market(exchange, symbol)
        while True:
            market.step()
            yield market
            await self._sleep(self.interval)

    async def watch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> AsyncIterator[OrderBookSnapshot]:
        async for market in self._ticks(exchange, symbol):
            yield market.order_book(limit or self.depth)

    async def watch_trades(self, exchange: str, symbol: str) -> AsyncIterator[Trade]:
        async for market in self._ticks(exchange, symbol):
            for trade in market.trades(market.rng.randint(1, 3)):
                yield trade

    async def watch_ticker(self, exchange: str, symbol: str) -> AsyncIterator[Ticker]:
        async for market in self._ticks(exchange, symbol):
            yield market.ticker()
