"""Typed access to what the exchanges module keeps on ``app.state``, and its dependencies.

The lifespan stores the process's market-data source as ``app.state.market_data``; everything
else (routers, other modules through ``public``) reads it through ``market_source`` rather than
poking at an untyped ``state``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.applications import Starlette
from starlette.datastructures import State

from app.core.cache import Cache
from app.core.config import Settings
from app.core.errors import ServiceUnavailable
from app.modules.exchanges.service import QuoteContext
from app.modules.exchanges.source_protocol import MarketDataSource

STATE_KEY = "market_data"


def market_source(app: Starlette) -> MarketDataSource:
    """The source stored by the exchanges module's start-up hook (503 when there is none)."""
    return source_on(app.state)


def source_on(state: State) -> MarketDataSource:
    source: MarketDataSource | None = getattr(state, STATE_KEY, None)
    if source is None:
        raise ServiceUnavailable("market data is not available (exchanges module disabled)")
    return source


def set_market_source(app: Starlette, source: MarketDataSource | None) -> None:
    setattr(app.state, STATE_KEY, source)


async def _source(request: Request) -> MarketDataSource:
    return market_source(request.app)


async def _quotes(request: Request) -> QuoteContext:
    app = request.app
    settings: Settings = app.state.settings
    cache: Cache = app.state.cache
    return QuoteContext(market_source(app), cache, settings.market_cache_ttl_seconds)


SourceDep = Annotated[MarketDataSource, Depends(_source)]
QuotesDep = Annotated[QuoteContext, Depends(_quotes)]
