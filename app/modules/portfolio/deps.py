"""Typed dependencies for the resources the portfolio module reads from ``app.state``."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.modules.exchanges.public import MarketDataSource, get_source
from app.modules.portfolio.risk_model import RiskModel, provided


async def market_source(request: Request) -> MarketDataSource:
    return get_source(request.app.state)


MarketDep = Annotated[MarketDataSource, Depends(market_source)]


async def risk_model(request: Request) -> RiskModel | None:
    return provided(request.app.state)


RiskModelDep = Annotated[RiskModel | None, Depends(risk_model)]
