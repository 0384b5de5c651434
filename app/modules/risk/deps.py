"""Typed dependencies for the resources the risk module reads from ``app.state``."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.modules.exchanges.public import MarketDataSource, get_source


async def market_source(request: Request) -> MarketDataSource:
    return get_source(request.app.state)


MarketDep = Annotated[MarketDataSource, Depends(market_source)]
