"""The backtest module's public surface for other modules: a thin façade over the pipeline
(``pipeline.py``) and the domain DTOs (``specs.py``). Heavy libraries load on first call."""

from __future__ import annotations

from app.modules.backtest.data import candles_to_frame
from app.modules.backtest.errors import (
    BacktestError,
    CancelledError,
    DataError,
    StrategyError,
    UnknownStrategyError,
)
from app.modules.backtest.pipeline import (
    CandlesBySymbol,
    build_chart,
    chart_html,
    check_optimize_spec,
    equity_metrics,
    evaluate_params,
    list_strategies,
    monte_carlo,
    optimize,
    run_backtest,
    validate_params,
    walk_forward,
    warmup,
)
from app.modules.backtest.rules import check_spec_policy
from app.modules.backtest.specs import (
    BacktestResult,
    BacktestSpec,
    Direction,
    Execution,
    FixedFractionSizing,
    MonteCarloResult,
    MonteCarloSpec,
    OptimizeResult,
    OptimizeSpec,
    SizingSpec,
    StopLossSpec,
    StrategyInfo,
    TakeProfitSpec,
    WalkForwardResult,
    WalkForwardSpec,
)

__all__ = [
    "BacktestError",
    "BacktestResult",
    "BacktestSpec",
    "CancelledError",
    "CandlesBySymbol",
    "DataError",
    "Direction",
    "Execution",
    "FixedFractionSizing",
    "MonteCarloResult",
    "MonteCarloSpec",
    "OptimizeResult",
    "OptimizeSpec",
    "SizingSpec",
    "StopLossSpec",
    "StrategyError",
    "StrategyInfo",
    "TakeProfitSpec",
    "UnknownStrategyError",
    "WalkForwardResult",
    "WalkForwardSpec",
    "build_chart",
    "candles_to_frame",
    "chart_html",
    "check_optimize_spec",
    "check_spec_policy",
    "equity_metrics",
    "evaluate_params",
    "list_strategies",
    "monte_carlo",
    "optimize",
    "run_backtest",
    "validate_params",
    "walk_forward",
    "warmup",
]
