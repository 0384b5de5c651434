"""Advanced risk: VaR/CVaR, sizing, liquidity-aware stops, heat, stress tests, drawdown
protection and the pre-trade gate every order passes."""

from __future__ import annotations

from app.modules.risk.router import router

__all__ = ["router"]
