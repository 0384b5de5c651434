"""Portfolio optimisation with riskfolio-lib (imported lazily: it pulls in cvxpy).

Returns are simple per-period returns of aligned closes. riskfolio works per period; figures
are annualised here with ``periods_per_year`` (crypto: 365 days). Weights are fractions of
equity: long-only weights sum to ``budget``; long-short weights are net ``budget`` with gross
(Σ|w|) ≤ ``gross_leverage`` (riskfolio's budget + 2·budgetsht).
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from app.modules.portfolio.errors import AllocationInfeasible

if TYPE_CHECKING:
    import pandas as pd

    from app.modules.portfolio.specs import AllocationSpec

RISK_MEASURES = {"variance": "MV", "cvar": "CVaR", "cdar": "CDaR"}
COVARIANCES = {"sample": "hist", "ledoit_wolf": "ledoit", "ewma": "ewma1"}
OBJECTIVES = {
    "min_risk": "MinRisk",
    "max_sharpe": "Sharpe",
    "target_return": "MinRisk",
    "target_risk": "MaxRet",
}
UPPER_RISK = {"MV": "upperdev", "CVaR": "upperCVaR", "CDaR": "uppercdar"}


@dataclass(frozen=True, slots=True)
class Allocation:
    weights: dict[str, float]
    expected_return: float
    volatility: float
    sharpe: float | None
    cvar: float
    risk_contributions: dict[str, float]
    frontier: list[dict[str, Any]] | None
    observations: int


def infeasible(constraint: str, detail: str) -> AllocationInfeasible:
    return AllocationInfeasible(detail, constraint=constraint)


def _check_bounds(spec: AllocationSpec, n: int) -> None:
    if spec.min_weight > spec.max_weight:
        raise infeasible("min_weight", "min_weight exceeds max_weight")
    if spec.long_only:
        if spec.min_weight < 0:
            raise infeasible("min_weight", "a long-only portfolio cannot have negative weights")
        if n * spec.max_weight < spec.budget - 1e-12:
            raise infeasible(
                "max_weight",
                f"{n} assets × max_weight {spec.max_weight:g} cannot reach the "
                f"budget {spec.budget:g}",
            )
        if n * spec.min_weight > spec.budget + 1e-12:
            raise infeasible(
                "min_weight",
                f"{n} assets × min_weight {spec.min_weight:g} exceed the budget {spec.budget:g}",
            )
        if spec.budget > spec.gross_leverage + 1e-12:
            raise infeasible("gross_leverage", "the budget exceeds the gross leverage")
    elif spec.gross_leverage < abs(spec.budget):
        raise infeasible("gross_leverage", "gross leverage must be at least |budget|")


def _portfolio(returns: pd.DataFrame, spec: AllocationSpec) -> Any:
    import riskfolio as rp

    port = rp.Portfolio(returns=returns, alpha=spec.alpha)
    if spec.long_only:
        port.sht, port.upperlng, port.lowerlng = False, spec.max_weight, spec.min_weight
        port.budget = spec.budget
    else:
        short = (spec.gross_leverage - spec.budget) / 2.0
        port.sht, port.budget, port.budgetsht = True, spec.budget, short
        port.upperlng, port.uppersht = spec.max_weight, max(0.0, -spec.min_weight)
    port.assets_stats(method_mu="hist", method_cov=COVARIANCES[spec.covariance])
    return port


def _solve(returns: pd.DataFrame, spec: AllocationSpec, periods: int) -> tuple[Any, Any]:
    """(weights Series, fitted object with .cov) for ``spec.method``."""
    import riskfolio as rp

    rm = RISK_MEASURES[spec.risk_measure]
    rf = spec.risk_free_rate / periods
    if spec.method in ("hrp", "herc"):
        if not spec.long_only:
            raise infeasible("long_only", f"{spec.method} builds long-only portfolios")
        hc = rp.HCPortfolio(
            returns=returns, alpha=spec.alpha, w_max=spec.max_weight, w_min=spec.min_weight
        )
        w = hc.optimization(
            model=spec.method.upper(),
            codependence=spec.codependence,
            rm=rm,
            rf=rf,
            linkage=spec.linkage,
            method_cov=COVARIANCES[spec.covariance],
            leaf_order=True,
        )
        if w is not None:
            w = w["weights"] * spec.budget
        return w, hc
    port = _portfolio(returns, spec)
    if spec.method == "risk_parity":
        if not spec.long_only:
            raise infeasible("long_only", "risk parity builds long-only portfolios")
        w = port.rp_optimization(model="Classic", rm=rm, rf=rf, hist=True)
    elif spec.method == "min_cvar":
        w = port.optimization(model="Classic", rm="CVaR", obj="MinRisk", rf=rf, hist=True)
    else:
        objective = spec.objective
        if objective == "target_return":
            if spec.target_return is None:
                raise infeasible("target_return", "objective target_return needs target_return")
            port.lowerret = spec.target_return / periods
        elif objective == "target_risk":
            if spec.target_risk is None:
                raise infeasible("target_risk", "objective target_risk needs target_risk")
            scale = np.sqrt(periods) if rm == "MV" else 1.0
            setattr(port, UPPER_RISK[rm], spec.target_risk / scale)
        w = port.optimization(model="Classic", rm=rm, obj=OBJECTIVES[objective], rf=rf, hist=True)
    if w is not None:
        w = w["weights"]
    return w, port


def _constraint_of(spec: AllocationSpec) -> str:
    if spec.method == "mean_variance" and spec.objective in ("target_return", "target_risk"):
        return spec.objective
    if not spec.long_only:
        return "gross_leverage"
    return "max_weight"


def allocate(returns: pd.DataFrame, spec: AllocationSpec, periods: int) -> Allocation:
    """Optimise ``spec`` over ``returns`` (rows = periods, columns = symbols)."""
    _check_bounds(spec, returns.shape[1])
    with contextlib.redirect_stdout(io.StringIO()):  # riskfolio prints solver chatter
        try:
            w, _fitted = _solve(returns, spec, periods)
        except (ValueError, ArithmeticError, np.linalg.LinAlgError) as exc:
            raise infeasible(_constraint_of(spec), f"the optimiser failed: {exc}") from None
    if w is None or not np.all(np.isfinite(w.to_numpy(dtype=float))):
        raise infeasible(
            _constraint_of(spec),
            "no weights satisfy the constraints (the solver reported infeasible)",
        )
    weights = w.to_numpy(dtype=float).ravel()
    cov = np.cov(returns.to_numpy(), rowvar=False)
    result = summarise(returns, weights, cov, spec.alpha, spec.risk_free_rate, periods)
    frontier = None
    if spec.frontier_points and spec.method == "mean_variance":
        with contextlib.redirect_stdout(io.StringIO()):
            port = _portfolio(returns, spec)
            frame = port.efficient_frontier(
                model="Classic",
                rm=RISK_MEASURES[spec.risk_measure],
                points=spec.frontier_points,
                rf=spec.risk_free_rate / periods,
                hist=True,
            )
        frontier = []
        for column in frame.columns:
            point = frame[column].to_numpy(dtype=float)
            summary = summarise(returns, point, cov, spec.alpha, spec.risk_free_rate, periods)
            frontier.append(
                {
                    "weights": dict(zip(returns.columns, point.tolist(), strict=True)),
                    "expected_return": summary.expected_return,
                    "volatility": summary.volatility,
                    "sharpe": summary.sharpe,
                }
            )
    return Allocation(
        dict(zip(returns.columns, weights.tolist(), strict=True)),
        result.expected_return,
        result.volatility,
        result.sharpe,
        result.cvar,
        dict(zip(returns.columns, result.contributions.tolist(), strict=True)),
        frontier,
        returns.shape[0],
    )


@dataclass(frozen=True, slots=True)
class Summary:
    expected_return: float
    volatility: float
    sharpe: float | None
    cvar: float
    contributions: np.ndarray


def summarise(
    returns: pd.DataFrame,
    w: np.ndarray,
    cov: np.ndarray,
    alpha: float,
    risk_free: float,
    periods: int,
) -> Summary:
    """Annualised mean (× periods) and volatility (× √periods, ddof 1), Sharpe over the annual
    risk-free rate, one-period historical CVaR at ``alpha`` (positive loss; mean of the
    returns at or below the linear-interpolated quantile) and each asset's share of the
    portfolio variance w_i(Σw)_i / wᵀΣw."""
    r = returns.to_numpy() @ w
    mean, std = float(r.mean()) * periods, float(r.std(ddof=1)) * np.sqrt(periods)
    q = np.quantile(r, alpha)
    variance = float(w @ cov @ w)
    contributions = w * (cov @ w) / variance if variance > 0 else np.zeros_like(w)
    return Summary(
        mean,
        std,
        (mean - risk_free) / std if std > 0 else None,
        -float(r[r <= q].mean()),
        contributions,
    )
