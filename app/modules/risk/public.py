"""What other modules may use from the risk module: the pre-trade gate and risk figures.

``check_order`` is pure and fast (no I/O): build the account's ``GateContext`` with
``gate_context`` (one database/market round trip), cache it, and call ``check_order`` for every
order. ``value_at_risk`` is the platform's one VaR/CVaR implementation.
"""

from __future__ import annotations

import numpy as np

from app.modules.risk import var as _var
from app.modules.risk.gate import check_order
from app.modules.risk.service import gate_context
from app.modules.risk.specs import (
    GateContext,
    GateDecision,
    GateOrder,
    GatePosition,
    GateTrip,
    VarFigures,
)

__all__ = [
    "GateContext",
    "GateDecision",
    "GateOrder",
    "GatePosition",
    "GateTrip",
    "VarFigures",
    "check_order",
    "gate_context",
    "value_at_risk",
]


def value_at_risk(
    returns: np.ndarray,
    method: str = "historical",
    confidence: float = 0.95,
    horizon: int = 1,
    *,
    paths: int = 100_000,
    seed: int = 0,
) -> VarFigures:
    """VaR/CVaR of a simple-return series as positive loss fractions (see ``risk.var``)."""
    result = _var.compute(
        np.asarray(returns, dtype=float), method, confidence, horizon, paths=paths, seed=seed
    )
    return VarFigures(
        method=result.method,
        confidence=result.confidence,
        horizon=result.horizon,
        var=result.var,
        cvar=result.cvar,
        observations=result.observations,
        details=result.details,
    )
