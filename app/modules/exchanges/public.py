"""What other modules may use from the exchanges module: the process's market-data source.

One source per process, built in the lifespan from settings (``APP_MARKET_DATA``): ``live``
(shared ccxt clients), ``replay`` (recordings) or ``synthetic``. Streaming and the market-maker
tracker read books, trades and tickers through it; every item carries ``exchange`` and ``source``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.core.errors import AppError, ServiceUnavailable
from app.modules.exchanges.arbitrage import sell_base_into_bids
from app.modules.exchanges.candles import timeframe_ms
from app.modules.exchanges.errors import MarketDataError, UnknownExchange
from app.modules.exchanges.sources import MarketDataSource, check_enabled
from app.modules.exchanges.types import Candle, OrderBookSnapshot, Ticker, Trade

__all__ = [
    "Candle",
    "MarketDataError",
    "MarketDataSource",
    "OrderBookSnapshot",
    "Ticker",
    "Trade",
    "as_problem",
    "build_from_settings",
    "check_exchange",
    "get_source",
    "timeframe_ms",
    "walk_levels",
]

_TITLES = {
    400: "Bad market-data request",
    404: "Unknown exchange or symbol",
    501: "Not supported by the exchange",
    502: "Exchange request failed",
    503: "Exchange unavailable",
}


def build_from_settings(settings: Any) -> MarketDataSource:
    from app.modules.exchanges.sources import build_source

    return build_source(
        settings.market_data,
        exchanges=settings.market_exchanges,
        recordings=[str(path) for path in settings.market_replay_paths],
        speed=settings.market_replay_speed,
        seed=settings.market_synthetic_seed,
        **({"timeout_ms": settings.market_timeout_ms} if settings.market_data == "live" else {}),
    )


def get_source(state: Any) -> MarketDataSource:
    """The source stored on ``app.state`` by the exchanges module's start-up hook."""
    source = getattr(state, "market_data", None)
    if source is None:
        raise ServiceUnavailable("market data is not available (exchanges module disabled)")
    return source


def check_exchange(source: MarketDataSource, exchange: str) -> str:
    """``exchange`` lower-cased, or a 404 problem naming it when it is not enabled."""
    try:
        return check_enabled(exchange, source.exchanges)
    except UnknownExchange as exc:
        raise as_problem(exc) from None


def as_problem(exc: MarketDataError) -> AppError:
    """Map a market-data error onto an RFC 9457 problem naming the exchange."""
    error = AppError(str(exc), exchange=exc.exchange)
    error.status = exc.status_code
    error.title = _TITLES.get(exc.status_code, "Market data error")
    error.slug = error.title.lower().replace(" ", "-")
    if getattr(exc, "retry_after", None):
        error.headers["Retry-After"] = str(max(int(exc.retry_after), 1))  # type: ignore[attr-defined]
    return error


def walk_levels(
    levels: Sequence[tuple[float, float]], base_amount: float
) -> tuple[float, float, int]:
    """Fill ``base_amount`` against book levels, best first (bids for a sell, asks for a buy):
    ``(quote, base_filled, levels_used)``."""
    return sell_base_into_bids(levels, base_amount)
