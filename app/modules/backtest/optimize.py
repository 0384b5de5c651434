"""Parameter search: a vectorised, chunked grid or Optuna TPE, ranked by one objective.

Grid: every parameter set is one account (column group) of a single vectorbt portfolio; at most
``chunk_size`` sets are simulated at a time so memory stays bounded, and indicator arrays are
cached per window across chunks. Optuna: one set per trial, for spaces too large to enumerate.
Every evaluated set feeds the deflated Sharpe ratio and the CSCV overfitting probability.
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.modules.backtest.errors import BacktestError, CancelledError, StrategyError
from app.modules.backtest.specs import (
    OptimizeResult,
    OptimizeSpec,
    OverfittingReport,
    ParamRange,
    RankedParams,
)
from app.modules.backtest.strategies import Params, Strategy, get_strategy

if TYPE_CHECKING:
    import numpy as np

    from app.modules.backtest.data import Market
    from app.modules.backtest.indicators import IndicatorCache

OBJECTIVE_KEY = {
    "sharpe": "sharpe",
    "sortino": "sortino",
    "calmar": "calmar",
    "total_return": "total_return",
}
REPORTED = (
    "total_return",
    "cagr",
    "sharpe",
    "sortino",
    "calmar",
    "max_drawdown",
    "trade_count",
    "win_rate",
    "profit_factor",
    "exposure_time",
)
DSR_THRESHOLD = 0.95
INFEASIBLE = -1e12  # Optuna needs a finite number for rejected trials
MAX_AXIS = 1_000_000  # values one grid axis may list
MAX_CHUNK_CELLS = 4_000_000  # simulated rows × columns per chunk (grid peak ~250 MiB)


@dataclass
class Evaluations:
    """Everything kept per evaluated parameter set (O(sets), never O(bars × sets))."""

    params: list[Params] = field(default_factory=list)
    metrics: list[dict[str, float]] = field(default_factory=list)
    moments: list[tuple[float, float, float, float, int]] = field(default_factory=list)
    blocks: list[np.ndarray] = field(default_factory=list)  # (n_blocks, 3, k) per chunk


def _progress(callback: Callable[[float], None] | None, fraction: float) -> None:
    if callback is not None:
        callback(min(max(fraction, 0.0), 1.0))


def _check_cancel(should_cancel: Callable[[], bool] | None) -> None:
    if should_cancel is not None and should_cancel():
        raise CancelledError("optimisation cancelled")


# ---------------------------------------------------------------- the search space


def _axis(strategy: Strategy, name: str, spec: ParamRange) -> list[Any]:
    definition = strategy.param(name)
    if spec.values is not None:
        values = [definition.coerce(v, strategy.name) for v in spec.values]
        return list(dict.fromkeys(values))
    low = definition.coerce(spec.min, strategy.name)
    high = definition.coerce(spec.max, strategy.name)
    if definition.type == "bool":
        return [False, True]
    step = spec.step if spec.step is not None else (1 if definition.type == "int" else None)
    if step is None:
        raise StrategyError(
            f"{strategy.name}.{name}: a float range needs a step for a grid (or use optuna)",
            strategy=strategy.name,
            param=name,
        )
    count = _range_count(low, high, step)
    if count > MAX_AXIS:
        raise BacktestError(
            f"{strategy.name}.{name}: {count} grid values (over {MAX_AXIS}); use a larger step"
        )
    values = [low + i * step for i in range(count)]
    if definition.type == "int":
        values = [round(v) for v in values]
    else:
        values = [round(v, 12) for v in values]
    return list(dict.fromkeys(definition.coerce(v, strategy.name) for v in values))


def _range_count(low: float, high: float, step: float) -> int:
    return math.floor((high - low) / step + 1e-9) + 1


def grid_size(strategy: Strategy, space: dict[str, ParamRange]) -> int | None:
    """Number of raw combinations, or None when a float range has no step. An axis too long to
    list counts as its range ÷ step (an upper bound; already far beyond any grid limit)."""
    size = 1
    for name, spec in space.items():
        definition = strategy.param(name)
        if spec.values is None and definition.type == "float" and spec.step is None:
            return None
        if spec.values is None and definition.type != "bool":
            low = definition.coerce(spec.min, strategy.name)
            high = definition.coerce(spec.max, strategy.name)
            count = _range_count(low, high, spec.step or 1)
            if count > MAX_AXIS:
                size *= count
                continue
        size *= len(_axis(strategy, name, spec))
    return size


def build_grid(
    strategy: Strategy, space: dict[str, ParamRange], base: Params
) -> tuple[list[Params], int]:
    """Valid parameter sets (constraints applied) and how many were dropped by constraints."""
    names = list(space)
    axes = [_axis(strategy, name, space[name]) for name in names]
    grid, dropped = [], 0
    for combo in itertools.product(*axes):
        params = {**base, **dict(zip(names, combo, strict=True))}
        if strategy.satisfies(params):
            grid.append(params)
        else:
            dropped += 1
    return grid, dropped


# ---------------------------------------------------------------- evaluation


def evaluate_sets(
    market: Market,
    spec: OptimizeSpec,
    param_sets: Sequence[Params],
    caches: dict[str, IndicatorCache],
    evaluations: Evaluations,
) -> None:
    """Simulate ``param_sets`` as one vectorised portfolio and append their statistics."""
    from app.modules.backtest.engine import simulate_strategy
    from app.modules.backtest.metrics import curve_summary
    from app.modules.backtest.results import metrics_arrays

    sim, sim_market = simulate_strategy(market, spec.base, param_sets, caches=caches, series=False)
    summary = curve_summary(sim.equity, spec.base.initial_capital, spec.pbo_blocks)
    values = metrics_arrays(sim, sim_market, spec.base, summary)
    evaluations.blocks.append(summary["blocks"])
    for k, params in enumerate(param_sets):
        evaluations.params.append(dict(params))
        evaluations.metrics.append({key: float(array[k]) for key, array in values.items()})
        mean, std, skew, kurtosis = (
            float(summary[key][k]) for key in ("mean", "std", "skew", "kurtosis")
        )
        evaluations.moments.append((mean, std, skew, kurtosis, int(summary["n"][k])))


def score_of(metrics: dict[str, float], spec: OptimizeSpec) -> tuple[float, bool]:
    score = metrics[OBJECTIVE_KEY[spec.objective]]
    feasible = math.isfinite(score) and metrics["trade_count"] >= spec.min_trades
    if spec.max_drawdown is not None and -metrics["max_drawdown"] > spec.max_drawdown:
        feasible = False
    return score, feasible


# ---------------------------------------------------------------- drivers


def _run_grid(
    spec: OptimizeSpec,
    market: Market,
    grid: list[Params],
    on_progress: Callable[[float], None] | None,
    should_cancel: Callable[[], bool] | None,
) -> Evaluations:
    evaluations = Evaluations()
    caches: dict[str, IndicatorCache] = {}
    total = len(grid)
    chunk = chunk_columns(spec.chunk_size, market)
    for start in range(0, total, chunk):
        _check_cancel(should_cancel)
        evaluate_sets(market, spec, grid[start : start + chunk], caches, evaluations)
        _progress(on_progress, min(start + chunk, total) / total)
    return evaluations


def chunk_columns(requested: int, market: Market) -> int:
    """Parameter sets per simulation, bounded so one chunk's (bars × columns) arrays stay within
    ``MAX_CHUNK_CELLS`` whatever the window length: a job's memory does not grow with the grid
    or with the number of bars beyond that."""
    per_set = max(1, 2 * market.n_bars * market.n_symbols)  # next-open runs simulate 2 rows/bar
    return max(1, min(requested, MAX_CHUNK_CELLS // per_set))


def _run_optuna(
    spec: OptimizeSpec,
    market: Market,
    strategy: Strategy,
    base: Params,
    on_progress: Callable[[float], None] | None,
    should_cancel: Callable[[], bool] | None,
) -> Evaluations:
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    evaluations = Evaluations()
    caches: dict[str, IndicatorCache] = {}
    seen: dict[tuple, float] = {}
    cancelled = False

    def suggest(trial: optuna.Trial, name: str, space: ParamRange) -> Any:
        definition = strategy.param(name)
        if space.values is not None:
            choices = [definition.coerce(v, strategy.name) for v in space.values]
            return trial.suggest_categorical(name, list(dict.fromkeys(choices)))
        low = definition.coerce(space.min, strategy.name)
        high = definition.coerce(space.max, strategy.name)
        if definition.type == "bool":
            return trial.suggest_categorical(name, [False, True])
        if definition.type == "int":
            step = int(space.step or 1)
            if space.log:
                return trial.suggest_int(name, int(low), int(high), log=True)
            return trial.suggest_int(name, int(low), int(high), step=step)
        if space.log:
            return trial.suggest_float(name, low, high, log=True)
        return trial.suggest_float(name, low, high, step=space.step)

    def objective(trial: optuna.Trial) -> float:
        nonlocal cancelled
        if should_cancel is not None and should_cancel():
            cancelled = True
            trial.study.stop()
            raise optuna.TrialPruned()
        params = {**base, **{n: suggest(trial, n, s) for n, s in spec.param_space.items()}}
        if not strategy.satisfies(params):
            raise optuna.TrialPruned()
        key = tuple(sorted(params.items()))
        if key not in seen:
            evaluate_sets(market, spec, [params], caches, evaluations)
            score, feasible = score_of(evaluations.metrics[-1], spec)
            seen[key] = score if feasible else INFEASIBLE
        return seen[key]

    def report(study: optuna.Study, trial: optuna.trial.FrozenTrial) -> None:
        _progress(on_progress, (trial.number + 1) / spec.n_trials)

    sampler = optuna.samplers.TPESampler(seed=spec.seed)
    study = optuna.create_study(direction="maximize", sampler=sampler)
    study.optimize(objective, n_trials=spec.n_trials, callbacks=[report])
    if cancelled:
        raise CancelledError("optimisation cancelled")
    return evaluations


def check_spec(spec: OptimizeSpec) -> str:
    """Validate strategy, base params and search space before any data is touched; returns the
    method ``auto`` resolves to."""
    strategy = get_strategy(spec.base.strategy)
    if not strategy.optimisable:
        raise StrategyError(
            f"strategy {strategy.name!r} has no parameters to optimise", strategy=strategy.name
        )
    strategy.validate(spec.base.params)
    for name, space in spec.param_space.items():
        strategy.param(name)
        if space.values is not None:
            _axis(strategy, name, space)
    size = grid_size(strategy, spec.param_space)
    method = spec.method
    if method == "auto":
        method = "grid" if size is not None and size <= spec.max_grid else "optuna"
    if method == "grid":
        if size is None:
            raise BacktestError("a grid needs values or a step for every float parameter")
        if size > spec.max_grid:
            raise BacktestError(f"grid of {size} combinations exceeds max_grid={spec.max_grid}")
    return method


def optimize(
    spec: OptimizeSpec,
    market: Market,
    on_progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> OptimizeResult:
    from app.modules.backtest.metrics import periods_per_year

    started = time.perf_counter()
    method = check_spec(spec)
    strategy = get_strategy(spec.base.strategy)
    base = strategy.validate(spec.base.params)
    if method == "grid":
        grid, _ = build_grid(strategy, spec.param_space, base)
        if not grid:
            raise StrategyError("no parameter combination satisfies the strategy's constraints")
        evaluations = _run_grid(spec, market, grid, on_progress, should_cancel)
    else:
        evaluations = _run_optuna(spec, market, strategy, base, on_progress, should_cancel)
    _progress(on_progress, 1.0)
    return _summarise(spec, method, evaluations, periods_per_year(spec.base.timeframe), started)


def _summarise(
    spec: OptimizeSpec,
    method: str,
    evaluations: Evaluations,
    ppy: float,
    started: float,
) -> OptimizeResult:
    from app.modules.backtest.metrics import clean

    scored = [score_of(m, spec) for m in evaluations.metrics]
    order = sorted(
        range(len(scored)),
        key=lambda i: (
            not scored[i][1],
            -scored[i][0] if math.isfinite(scored[i][0]) else math.inf,
        ),
    )
    ranked = [
        RankedParams(
            params=evaluations.params[i],
            score=clean(scored[i][0]),
            feasible=scored[i][1],
            metrics={key: clean(evaluations.metrics[i][key]) for key in REPORTED},
        )
        for i in order[: spec.top_n]
    ]
    n_feasible = sum(1 for _, ok in scored if ok)
    best = order[0] if order and scored[order[0]][1] else None
    return OptimizeResult(
        method=method,
        objective=spec.objective,
        n_evaluated=len(evaluations.params),
        n_feasible=n_feasible,
        best_params=evaluations.params[best] if best is not None else None,
        best_score=clean(scored[best][0]) if best is not None else None,
        best_metrics=(
            {k: clean(v) for k, v in evaluations.metrics[best].items()}
            if best is not None
            else None
        ),
        ranked=ranked,
        overfitting=overfitting_report(evaluations, best, ppy),
        elapsed_seconds=time.perf_counter() - started,
    )


def overfitting_report(evaluations: Evaluations, best: int | None, ppy: float) -> OverfittingReport:
    import numpy as np

    from app.modules.backtest.metrics import clean
    from app.modules.backtest.overfitting import deflated_sharpe, probability_of_overfitting

    n = len(evaluations.params)
    if best is None or n == 0:
        return OverfittingReport(
            n_trials=n,
            selected_sharpe=None,
            expected_max_sharpe=None,
            deflated_sharpe=None,
            pbo=None,
            warning=True,
            message="no feasible parameter set: nothing to select",
        )
    moments = np.asarray([m[:4] for m in evaluations.moments], dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        sharpes = np.where(moments[:, 1] > 0, moments[:, 0] / moments[:, 1], np.nan)
    _, _, skew, kurt, n_obs = evaluations.moments[best]
    dsr, e_max = deflated_sharpe(float(sharpes[best]), sharpes, n_obs, skew, kurt)
    stats = np.concatenate(evaluations.blocks, axis=2)
    pbo = probability_of_overfitting(stats) if n >= 2 else math.nan
    annual = math.sqrt(ppy)
    problems = []
    if math.isfinite(dsr) and dsr < DSR_THRESHOLD:
        problems.append(
            f"deflated Sharpe {dsr:.2f} < {DSR_THRESHOLD}: after {n} trials the selected Sharpe "
            "is not distinguishable from luck"
        )
    if math.isfinite(pbo) and pbo > 0.5:
        problems.append(f"PBO {pbo:.2f} > 0.5: the in-sample winner usually underperforms OOS")
    return OverfittingReport(
        n_trials=n,
        selected_sharpe=clean(sharpes[best] * annual),
        expected_max_sharpe=clean(e_max * annual),
        deflated_sharpe=clean(dsr),
        pbo=clean(pbo),
        warning=bool(problems) or not math.isfinite(dsr),
        message="; ".join(problems) if problems else "no overfitting signal at these thresholds",
    )
