"""What other modules may use from the exchanges module: the process's market-data source.

One source per process, built in the lifespan from settings (``APP_MARKET_DATA``): ``live``
(shared ccxt clients), ``replay`` (recordings) or ``synthetic``. Streaming and the market-maker
tracker read books, trades and tickers through it; every item carries ``exchange`` and ``source``.
Market-data failures are ``MarketDataError`` problems (``AppError``) naming the exchange.
"""

from __future__ import annotations

from app.modules.exchanges.candles import timeframe_ms
from app.modules.exchanges.deps import market_source
from app.modules.exchanges.errors import ExchangeRequestFailed, MarketDataError
from app.modules.exchanges.source_factory import build_from_settings
from app.modules.exchanges.source_protocol import MarketDataSource, check_exchange
from app.modules.exchanges.types import Candle, OrderBookSnapshot, Ticker, Trade

__all__ = [
    "Candle",
    "ExchangeRequestFailed",
    "MarketDataError",
    "MarketDataSource",
    "OrderBookSnapshot",
    "Ticker",
    "Trade",
    "build_from_settings",
    "check_exchange",
    "market_source",
    "timeframe_ms",
]
