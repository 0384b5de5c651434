"""A market-data source with prices the test sets (and can take down)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from app.modules.exchanges.public import OrderBookSnapshot, Ticker
from app.modules.exchanges.types import Source


@dataclass
class PricedSource:
    prices: dict[str, float] = field(default_factory=dict)
    books: dict[str, OrderBookSnapshot] = field(default_factory=dict)
    down: bool = False
    source: Source = Source.REPLAY

    @property
    def exchanges(self) -> list[str]:
        return ["binance"]

    async def fetch_ticker(self, exchange: str, symbol: str) -> Ticker:
        from app.modules.exchanges.errors import ExchangeUnavailable, SymbolNotFound

        if self.down:
            raise ExchangeUnavailable(exchange, "connection refused")
        if symbol not in self.prices:
            raise SymbolNotFound(exchange, symbol)
        return Ticker(exchange, symbol, self.source, None, last=self.prices[symbol])

    async def fetch_order_book(
        self, exchange: str, symbol: str, limit: int | None = None
    ) -> OrderBookSnapshot:
        return self.books[symbol]


@pytest.fixture
def settings_overrides() -> dict[str, object]:
    return {"market_data": "synthetic"}


@pytest.fixture
def market(app: object) -> PricedSource:
    source = PricedSource()
    app.state.market_data = source  # type: ignore[attr-defined]
    return source
