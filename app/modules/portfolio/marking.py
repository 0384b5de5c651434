"""Marks for positions from ``exchanges.public``: last price (or mid), with its source.

Each mark fetched is remembered in the cache; with ``stale_ok`` an exchange that fails gives
the last known mark and its age instead of failing the whole list.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.cache import Cache
from app.core.errors import ServiceUnavailable
from app.modules.exchanges.public import MarketDataError, MarketDataSource, as_problem
from app.modules.portfolio.config import get_portfolio_settings


@dataclass(frozen=True, slots=True)
class Mark:
    exchange: str
    symbol: str
    price: float | None
    source: str
    """``live``/``replay``/``synthetic`` as the exchange module says, or ``unavailable``."""
    age_seconds: float | None
    stale: bool
    error: str | None = None


def _key(exchange: str, symbol: str) -> str:
    return f"portfolio:mark:{exchange}:{symbol}"


async def _fetch(
    source: MarketDataSource, cache: Cache, exchange: str, symbol: str, stale_ok: bool
) -> Mark:
    error: str | None = None
    try:
        ticker = await source.fetch_ticker(exchange, symbol)
        price = ticker.last if ticker.last is not None else ticker.mid
        if price is None or price <= 0:
            error = f"{exchange} reports no price for {symbol}"
    except MarketDataError as exc:
        if not stale_ok:
            raise as_problem(exc) from None
        error = str(exc)
    if error is not None or price is None:
        if not stale_ok:
            raise ServiceUnavailable(error, exchange=exchange)
        cached = await cache.get_json(_key(exchange, symbol))
        if cached is None:
            return Mark(exchange, symbol, None, "unavailable", None, True, error)
        return Mark(
            exchange,
            symbol,
            cached["price"],
            cached["source"],
            time.time() - cached["at"],
            True,
            error,
        )
    now = time.time()
    age = max(0.0, now - ticker.timestamp / 1000) if ticker.timestamp else 0.0
    await cache.set_json(
        _key(exchange, symbol),
        {"price": price, "source": str(ticker.source), "at": now},
        ttl=get_portfolio_settings().mark_cache_seconds,
    )
    return Mark(exchange, symbol, float(price), str(ticker.source), age, False)


async def mark_all(
    source: MarketDataSource, cache: Cache, pairs: Iterable[tuple[str, str]], stale_ok: bool
) -> dict[tuple[str, str], Mark]:
    """Marks for each distinct (exchange, symbol), fetched concurrently."""
    unique = list(dict.fromkeys(pairs))
    marks = await asyncio.gather(*(_fetch(source, cache, ex, sym, stale_ok) for ex, sym in unique))
    return dict(zip(unique, marks, strict=True))


def default_exchange(source: MarketDataSource) -> str:
    return source.exchanges[0]
