"""Advanced risk: VaR/CVaR, sizing, liquidity-aware stops, heat, stress tests, drawdown
protection and the pre-trade gate every order passes."""

from __future__ import annotations

from fastapi import FastAPI

from app.modules.risk.router import router


async def on_startup(app: FastAPI) -> None:
    """Give the portfolio module the VaR and heat it reports (it may not import risk)."""
    from app.modules.portfolio.public import provide_risk_model
    from app.modules.risk.portfolio_model import RiskFigures

    provide_risk_model(app.state, RiskFigures())


__all__ = ["on_startup", "router"]
