"""Portfolio: positions ledger, marks, allocation, rebalancing, risk and performance."""

from __future__ import annotations

from app.modules.portfolio.router import router

__all__ = ["router"]
