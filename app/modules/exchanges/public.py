"""What other modules may use from the exchanges module: the process's market-data source.

One source per process, built in the lifespan from settings (``APP_MARKET_DATA``): ``live``
(shared ccxt clients), ``replay`` (recordings) or ``synthetic``. Streaming and the market-maker
tracker read books, trades and tickers through it; every item carries ``exchange`` and ``source``.
Market-data failures are ``MarketDataError`` problems (``AppError``) naming the exchange.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.datastructures import State

from app.modules.exchanges.arbitrage import sell_base_into_bids
from app.modules.exchanges.candles import timeframe_ms
from app.modules.exchanges.deps import market_source, source_on
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
    "as_problem",
    "build_from_settings",
    "check_exchange",
    "get_source",
    "market_source",
    "timeframe_ms",
    "walk_levels",
]


def get_source(state: State) -> MarketDataSource:
    """The source on ``app.state`` (503 when there is none); ``market_source(app)`` is the same
    from the app."""
    return source_on(state)


def as_problem(exc: MarketDataError) -> MarketDataError:
    """The problem for a market-data error: the error itself, which is already an ``AppError``
    with its status and the exchange named (kept for callers that still map errors)."""
    return exc


def walk_levels(
    levels: Sequence[tuple[float, float]], base_amount: float
) -> tuple[float, float, int]:
    """Fill ``base_amount`` against book levels, best first (bids for a sell, asks for a buy):
    ``(quote, base_filled, levels_used)``."""
    return sell_base_into_bids(levels, base_amount)
