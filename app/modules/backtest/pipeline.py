"""The backtest pipeline: candles → market → plan → simulation → typed results, for one run, a
parameter search, a walk-forward or a Monte Carlo resampling. Heavy libraries load on first call.
Every entry point checks the white-hat rules first (``rules.check_spec_policy``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from app.modules.backtest.data import candles_to_frame
from app.modules.backtest.errors import DataError
from app.modules.backtest.rules import check_spec_policy
from app.modules.backtest.specs import (
    BacktestResult,
    BacktestSpec,
    MonteCarloResult,
    MonteCarloSpec,
    OptimizeResult,
    OptimizeSpec,
    StrategyInfo,
    WalkForwardResult,
    WalkForwardSpec,
)
from app.modules.backtest.strategies import list_strategies as _list_strategies

if TYPE_CHECKING:
    import pandas as pd

    from app.modules.backtest.data import Market
    from app.modules.backtest.strategies import SignalContext

CandlesBySymbol = Mapping[str, Any]  # symbol → DataFrame or iterable of candle rows
Progress = Callable[[float], None]
Cancel = Callable[[], bool]


def list_strategies() -> list[StrategyInfo]:
    """Built-in strategies with their parameter schemas."""
    return _list_strategies()


def validate_params(strategy: str, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Defaults filled, types coerced; raises ``StrategyError`` naming the bad parameter."""
    from app.modules.backtest.strategies import validate_params as _validate

    return _validate(strategy, params)


def check_optimize_spec(spec: OptimizeSpec) -> str:
    """Validate an optimisation or walk-forward request before queueing it (strategy, params,
    search space, grid size); returns the method ``auto`` resolves to. Raises ``StrategyError``
    / ``BacktestError``."""
    from app.modules.backtest.optimize import check_spec

    return check_spec(spec)


def resolve_frames(
    spec: BacktestSpec, candles_by_symbol: CandlesBySymbol | None
) -> dict[str, pd.DataFrame]:
    """Inline candles of the spec, else the caller's candles, as DataFrames by ccxt symbol."""
    import pandas as pd

    from app.core.symbols import normalize_symbol

    if spec.candles is not None:
        return {symbol: candles_to_frame(spec.candles[symbol]) for symbol in spec.symbols}
    given = {normalize_symbol(key): value for key, value in (candles_by_symbol or {}).items()}
    frames = {}
    for symbol in spec.symbols:
        if symbol not in given:
            raise DataError(f"no candles for {symbol}", symbol=symbol)
        value = given[symbol]
        frames[symbol] = value if isinstance(value, pd.DataFrame) else candles_to_frame(value)
    return frames


def prepare_market(
    spec: BacktestSpec, candles_by_symbol: CandlesBySymbol | None
) -> tuple[Market, list[str]]:
    from app.modules.backtest.data import build_market

    return build_market(resolve_frames(spec, candles_by_symbol), spec.symbols, spec.start, spec.end)


def signal_contexts(spec: BacktestSpec) -> dict[str, SignalContext] | None:
    if not spec.signals:
        return None
    from app.core import policy
    from app.modules.backtest.strategies import SignalContext

    floor = policy.min_confidence()
    return {symbol: SignalContext(symbol, spec.signals, floor) for symbol in spec.symbols}


def engine_info(spec: BacktestSpec, two_pass: bool) -> dict[str, Any]:
    import vectorbt

    from app.modules.backtest.metrics import periods_per_year

    return {
        "name": "vectorbt",
        "version": vectorbt.__version__,
        "sizing_runs": 2 if two_pass else 1,
        "periods_per_year": periods_per_year(spec.timeframe),
        "fills": spec.execution,
    }


def run_backtest(
    spec: BacktestSpec, candles_by_symbol: CandlesBySymbol | None = None
) -> BacktestResult:
    """Run one backtest. ``candles_by_symbol`` maps each symbol to a DataFrame (see
    ``candles_to_frame``) or to candle rows; it is ignored when the spec carries inline candles.
    """
    from app.modules.backtest.engine import SimSettings, _fast_path, simulate_strategy
    from app.modules.backtest.results import build_result
    from app.modules.backtest.strategies import get_strategy

    check_spec_policy(spec, "spec")
    params = get_strategy(spec.strategy).validate(spec.params)
    market, warnings = prepare_market(spec, candles_by_symbol)
    sim, market = simulate_strategy(market, spec, [params], signal_contexts(spec))
    info = engine_info(spec, not _fast_path(market, SimSettings.from_spec(spec)))
    return build_result(spec, params, market, sim, warnings + sim.plan.notes, info)


def evaluate_params(
    strategy: str,
    params: Mapping[str, Any],
    candles: pd.DataFrame | CandlesBySymbol,
    base_spec: BacktestSpec,
) -> dict[str, float]:
    """Metrics of ``strategy(params)`` under ``base_spec``'s capital, costs and risk settings.

    ``candles``: one DataFrame (for ``base_spec.symbols[0]``) or a mapping by symbol. Undefined
    ratios are NaN. Used by AutoML as an objective.
    """
    import pandas as pd

    from app.modules.backtest.engine import simulate_strategy
    from app.modules.backtest.results import metrics_arrays
    from app.modules.backtest.strategies import get_strategy

    check_spec_policy(base_spec, "base_spec")
    values = get_strategy(strategy).validate(params)
    spec = base_spec.model_copy(update={"strategy": strategy, "params": values, "candles": None})
    if isinstance(candles, pd.DataFrame):
        candles = {spec.symbols[0]: candles}
        spec = spec.model_copy(update={"symbols": spec.symbols[:1]})
    market, _ = prepare_market(spec, candles)
    sim, market = simulate_strategy(market, spec, [values], signal_contexts(spec))
    return {key: float(array[0]) for key, array in metrics_arrays(sim, market, spec).items()}


def optimize(
    spec: OptimizeSpec,
    candles_by_symbol: CandlesBySymbol | None = None,
    on_progress: Progress | None = None,
    should_cancel: Cancel | None = None,
) -> OptimizeResult:
    """Grid (vectorised, chunked) or Optuna TPE search, with an overfitting report."""
    from app.modules.backtest.optimize import check_spec
    from app.modules.backtest.optimize import optimize as _optimize

    check_spec_policy(spec.base, "spec.base")
    check_spec(spec)
    market, _ = prepare_market(spec.base, candles_by_symbol)
    return _optimize(spec, market, on_progress, should_cancel)


def walk_forward(
    spec: WalkForwardSpec,
    candles_by_symbol: CandlesBySymbol | None = None,
    on_progress: Progress | None = None,
    should_cancel: Cancel | None = None,
) -> WalkForwardResult:
    from app.modules.backtest.optimize import check_spec
    from app.modules.backtest.walkforward import walk_forward as _walk_forward

    check_spec_policy(spec.base, "spec.base")
    check_spec(spec)
    market, warnings = prepare_market(spec.base, candles_by_symbol)
    return _walk_forward(spec, market, on_progress, should_cancel, warnings)


def monte_carlo(result: BacktestResult, spec: MonteCarloSpec) -> MonteCarloResult:
    """Bootstrap a finished backtest's trade or bar returns into percentile bands."""
    from app.modules.backtest.montecarlo import monte_carlo as _monte_carlo

    return _monte_carlo(result, spec)


def build_chart(
    result: BacktestResult | OptimizeResult | WalkForwardResult | MonteCarloResult,
) -> dict[str, Any]:
    """Plotly figure as JSON: for a backtest, equity vs buy & hold with trade markers, drawdown
    and exposure; for a walk-forward, the out-of-sample equity by fold; for a Monte Carlo run,
    the percentile fan and final-return histogram; for an optimisation, the score surface."""
    from app.modules.backtest.charts import build_chart as _build_chart

    return _build_chart(result)


def chart_html(
    result: BacktestResult | OptimizeResult | WalkForwardResult | MonteCarloResult,
) -> str:
    """Standalone HTML report of a run (see ``charts.chart_html``)."""
    from app.modules.backtest.charts import chart_html as _chart_html

    return _chart_html(result)


def warmup() -> None:
    """Compile or load the numba kernels (call once when a worker starts)."""
    from app.modules.backtest.engine import warmup as _warmup

    _warmup()


def equity_metrics(equity: Any, initial: float, periods_per_year: float) -> dict[str, float | None]:
    """The backtest's metrics (Sharpe, Sortino, CAGR, drawdown, ...) of one equity curve:
    ``equity`` holds the value after each bar, ``initial`` the value before the first."""
    import numpy as np

    from app.modules.backtest.metrics import clean, performance

    result = performance(np.asarray(equity, dtype=np.float64), initial, periods_per_year)
    return {key: clean(float(values[0])) for key, values in result.items()}
