"""The risk module's implementation of ``portfolio``'s RiskModel interface (VaR and heat for
``GET /portfolio/risk``), provided at start-up."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from app.modules.risk import var
from app.modules.risk.heat import HeatInput, portfolio_heat


class RiskFigures:
    def var(self, returns: np.ndarray, confidence: float) -> tuple[float, float]:
        result = var.historical(returns, confidence)
        return result.var, result.cvar

    def heat(
        self,
        positions: Sequence[tuple[str, float, float, float | None]],
        equity: float,
        correlation: np.ndarray | None,
        threshold: float,
    ) -> tuple[float, list[int]]:
        result = portfolio_heat([HeatInput(*p) for p in positions], equity, correlation, threshold)
        return result.total_fraction, [p.cluster for p in result.positions]
