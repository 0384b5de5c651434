"""The risk figures ``GET /portfolio/risk`` needs from the risk module, as an interface.

The risk module sits above portfolio (risk → portfolio), so portfolio may not import it; the
risk module provides an implementation at start-up (``public.provide_risk_model``), stored on
``app.state``. With the risk module disabled the VaR and heat fields are null.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

STATE_KEY = "portfolio_risk_model"


class RiskModel(Protocol):
    def var(self, returns: np.ndarray, confidence: float) -> tuple[float, float]:
        """(VaR, CVaR) of a simple-return series, positive loss fractions (historical)."""
        ...

    def heat(
        self,
        positions: Sequence[tuple[str, float, float, float | None]],
        equity: float,
        correlation: np.ndarray | None,
        threshold: float,
    ) -> tuple[float, list[int]]:
        """(heat fraction, cluster label per position) for (symbol, qty, price, stop)."""
        ...


def provide(state: Any, model: RiskModel) -> None:
    setattr(state, STATE_KEY, model)


def provided(state: Any) -> RiskModel | None:
    return getattr(state, STATE_KEY, None)
