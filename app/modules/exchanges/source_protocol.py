"""The market-data source protocol every source implements (live, replay, synthetic).

Each labels what it returns with its own ``source``; none pretends to be another.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Protocol, runtime_checkable

from app.modules.exchanges.errors import UnknownExchange
from app.modules.exchanges.resilience import ExchangeHealth, HealthTracker
from app.modules.exchanges.types import Candle, OrderBookSnapshot, Source, Ticker, Trade

DEFAULT_EXCHANGES: tuple[str, ...] = ("binance", "bybit", "okx", "bitget", "kraken")


@runtime_checkable
class MarketDataSource(Protocol):
    """What routers and other modules use to get market data, whatever its origin."""

    source: Source

    @property
    def exchanges(self) -> list[str]: ...

    async def fetch_ticker(self, exchange: str, symbol: str) -> Ticker: ...

    async def fetch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> OrderBookSnapshot: ...

    async def fetch_trades(
        self, exchange: str, symbol: str, since: int | None = None, limit: int | None = None
    ) -> list[Trade]: ...

    async def fetch_ohlcv(
        self,
        exchange: str,
        symbol: str,
        timeframe: str = "1m",
        since: int | None = None,
        limit: int | None = None,
    ) -> list[Candle]: ...

    def watch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> AsyncIterator[OrderBookSnapshot]: ...

    def watch_trades(self, exchange: str, symbol: str) -> AsyncIterator[Trade]: ...

    def watch_ticker(self, exchange: str, symbol: str) -> AsyncIterator[Ticker]: ...

    def health(self) -> dict[str, ExchangeHealth]: ...

    def market_count(self, exchange: str) -> int | None:
        """Markets known for ``exchange`` without a request, or ``None``."""
        ...

    async def close(self) -> None: ...


def check_enabled(exchange: str, enabled: Sequence[str]) -> str:
    """``exchange`` lower-cased, or ``UnknownExchange`` when it is not among ``enabled``."""
    exchange = exchange.lower()
    if exchange not in enabled:
        raise UnknownExchange(exchange, enabled=list(enabled))
    return exchange


def check_exchange(source: MarketDataSource, exchange: str) -> str:
    """``exchange`` lower-cased, or a 404 ``UnknownExchange`` when ``source`` does not serve it."""
    return check_enabled(exchange, source.exchanges)


class ConfiguredVenues:
    """Base of the sources that serve a configured list of exchanges, with health per exchange."""

    def __init__(self, exchanges: Iterable[str], health: HealthTracker | None = None) -> None:
        self._exchanges = list(dict.fromkeys(e.lower() for e in exchanges))
        self._health = health or HealthTracker()

    @property
    def exchanges(self) -> list[str]:
        return list(self._exchanges)

    def health(self) -> dict[str, ExchangeHealth]:
        return {ex: self._health.get(ex) for ex in self._exchanges}
