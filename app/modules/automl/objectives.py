"""Objective functions for the two targets, built once per worker and called once per trial.

- ``signal_model``: pick a model family and its hyperparameters (``families``), train on the
  chronological training rows, score on the purged validation rows; an MLP reports the chosen
  metric after every epoch so a pruner can stop it.
- ``strategy``: tune backtest parameters through an injected ``evaluate(strategy, params)``
  (the backtest module's evaluator bound to candles), optionally over walk-forward folds, each
  fold reported as one step so bad parameter sets can be pruned before the later folds run.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from app.modules.automl.errors import DataMismatch, InvalidAutoMLInput
from app.modules.automl.families import fit_family, suggest_family
from app.modules.automl.features import (
    OHLCV,
    CandleLike,
    SignalDataset,
    build_dataset,
    fingerprint,
    to_ohlcv,
)
from app.modules.automl.search_spaces import strategy_param_schema, suggest_strategy_params
from app.modules.automl.signal_model import EpochStats, MLPParams, train_mlp, validation_scores
from app.modules.automl.specs import StudySpec

if TYPE_CHECKING:
    import optuna

Evaluate = Callable[[str, dict[str, Any]], Mapping[str, float]]
Objective = Callable[["optuna.Trial"], "float | list[float]"]
T = TypeVar("T")

METRICS_ATTR = "metrics"
FOLDS_ATTR = "fold_metrics"
CURVE_ATTR = "train_loss_curve"
INFEASIBLE_ATTR = "infeasible"
FAMILY_ATTR = "family"
PENALTY = 1e9


def objective_value(metrics: Mapping[str, float], name: str) -> float:
    """The number Optuna optimises for metric ``name`` (drawdown as a magnitude)."""
    if name not in metrics:
        raise ValueError(f"evaluation returned no {name!r} metric (got {sorted(metrics)})")
    value = float(metrics[name])
    return abs(value) if name == "max_drawdown" else value


def build_objective(
    spec: StudySpec,
    *,
    candles: OHLCV | Sequence[CandleLike] | None = None,
    evaluate: Evaluate | None = None,
    folds: Sequence[Evaluate] | None = None,
    rejects: Callable[[Exception], bool] | None = None,
) -> Objective:
    if spec.target == "signal_model":
        if candles is None:
            raise InvalidAutoMLInput("target 'signal_model' needs candles")
        return signal_model_objective(spec, candles)
    return strategy_objective(spec, evaluate=evaluate, folds=folds, rejects=rejects)


def signal_model_objective(spec: StudySpec, candles: OHLCV | Sequence[CandleLike]) -> Objective:
    cfg = spec.signal_model
    assert cfg is not None  # StudySpec fills it in
    try:
        ohlcv = candles if isinstance(candles, OHLCV) else to_ohlcv(candles)
        if cfg.data_fingerprint is not None and fingerprint(ohlcv) != cfg.data_fingerprint:
            raise DataMismatch("these candles are not the window the study was created on")
        data = build_dataset(ohlcv, cfg)
    except ValueError as exc:  # too few or malformed candles
        raise InvalidAutoMLInput(str(exc)) from exc
    return dataset_objective(spec, data)


def dataset_objective(spec: StudySpec, data: SignalDataset) -> Objective:
    """The combined family + hyperparameter search on one purged, time-ordered split: every
    family trains on ``data``'s training rows and is scored on its validation rows."""
    import optuna

    cfg = spec.signal_model
    assert cfg is not None  # StudySpec fills it in
    names = spec.objectives
    families = spec.families

    def objective(trial: optuna.Trial) -> float | list[float]:
        family, params = suggest_family(trial, families, cfg)
        trial.set_user_attr(FAMILY_ATTR, family)
        if family != "mlp":
            fitted = fit_family(family, params, data, seed=spec.seed)
            metrics = validation_scores(fitted.predict_up(data.x_val), data)
            metrics["train_loss"] = float(fitted.train_loss or 0.0)
            trial.set_user_attr(METRICS_ATTR, metrics)
            return _values(metrics, names)
        mlp = MLPParams.model_validate(params)
        curve: list[float] = []

        def on_epoch(stats: EpochStats) -> None:
            curve.append(stats.train_loss)
            if spec.multi_objective:
                return  # Optuna's report/prune is single-objective only
            trial.report(stats.metric(names[0]), stats.epoch)
            if stats.epoch < mlp.epochs - 1 and trial.should_prune():
                trial.set_user_attr(METRICS_ATTR, stats.metrics())
                trial.set_user_attr(CURVE_ATTR, curve)
                raise optuna.TrialPruned(f"pruned after epoch {stats.epoch}")

        trained = train_mlp(data, mlp, seed=spec.seed, on_epoch=on_epoch)
        metrics = trained.final.metrics()
        trial.set_user_attr(METRICS_ATTR, metrics)
        trial.set_user_attr(CURVE_ATTR, curve)
        return _values(metrics, names)

    return objective


def strategy_objective(
    spec: StudySpec,
    *,
    evaluate: Evaluate | None = None,
    folds: Sequence[Evaluate] | None = None,
    rejects: Callable[[Exception], bool] | None = None,
) -> Objective:
    """``rejects(exc)`` tells an infeasible parameter combination (e.g. the backtest's
    ``StrategyError`` for "fast < slow") from a real failure; defaults to the backtest module's."""
    import optuna

    target = spec.strategy
    assert target is not None  # StudySpec checks it
    schema = strategy_param_schema(target.strategy, target.params)
    if target.walk_forward_folds >= 2:
        if folds is None or len(folds) != target.walk_forward_folds:
            raise InvalidAutoMLInput(
                f"walk-forward with {target.walk_forward_folds} folds needs as many evaluators"
            )
    elif evaluate is None:
        raise InvalidAutoMLInput("target 'strategy' needs an evaluate callable")
    names = spec.objectives
    is_rejection = rejects or backtest_rejects
    evaluators = list(folds) if target.walk_forward_folds >= 2 and folds else [evaluate]

    def objective(trial: optuna.Trial) -> float | list[float]:
        params = {**target.fixed_params, **suggest_strategy_params(trial, schema)}
        per_fold: list[dict[str, float]] = []
        try:
            for step, fold in enumerate(evaluators):
                assert fold is not None
                per_fold.append(_checked(fold, target.strategy, params, names, is_rejection))
                if len(evaluators) == 1 or spec.multi_objective:
                    continue
                running = sum(objective_value(m, names[0]) for m in per_fold) / len(per_fold)
                trial.report(running, step)
                if step < len(evaluators) - 1 and trial.should_prune():
                    trial.set_user_attr(FOLDS_ATTR, per_fold)
                    raise optuna.TrialPruned(f"pruned after fold {step}")
        except _Infeasible as infeasible:
            # A completed trial marked infeasible (Optuna constraint > 0): TPE and NSGA-II learn
            # to avoid the region and best/Pareto results exclude it, which a FAIL would not do.
            # The penalty value only matters to CMA-ES, which ranks it last.
            trial.set_user_attr(INFEASIBLE_ATTR, str(infeasible))
            trial.set_constraint("feasible", 1.0)
            penalties = [PENALTY if d == "minimize" else -PENALTY for d in spec.directions]
            return penalties[0] if len(penalties) == 1 else penalties
        metrics = per_fold[0] if len(per_fold) == 1 else _mean_metrics(per_fold)
        trial.set_user_attr(METRICS_ATTR, metrics)
        if len(per_fold) > 1:
            trial.set_user_attr(FOLDS_ATTR, per_fold)
        return _values(metrics, names)

    return objective


class _Infeasible(Exception):
    pass


def backtest_rejects(exc: Exception) -> bool:
    """Whether the backtest module refused the parameters themselves (not the strategy name,
    not the data): such trials are infeasible, not failed."""
    try:
        from app.modules.backtest.public import StrategyError, UnknownStrategyError
    except ImportError:
        return False
    return isinstance(exc, StrategyError) and not isinstance(exc, UnknownStrategyError)


def _checked(
    evaluate: Evaluate,
    strategy: str,
    params: dict[str, Any],
    names: list[str],
    rejects: Callable[[Exception], bool],
) -> dict[str, float]:
    """Finite metrics of one evaluation. An undefined objective metric (NaN Sharpe of a run
    without trades) makes the parameters infeasible; other undefined ratios are left out."""
    try:
        raw = evaluate(strategy, params)
    except Exception as exc:
        if rejects(exc):
            raise _Infeasible(f"rejected: {exc}") from exc
        raise
    metrics = {k: float(v) for k, v in raw.items() if math.isfinite(float(v))}
    for name in names:
        if name not in raw:
            raise ValueError(f"evaluation returned no {name!r} metric (got {sorted(raw)})")
        if name not in metrics:
            raise _Infeasible(f"{name} is undefined ({raw[name]})")
    return metrics


def _values(metrics: Mapping[str, float], names: list[str]) -> float | list[float]:
    values = [objective_value(metrics, n) for n in names]
    return values[0] if len(values) == 1 else values


def _mean_metrics(per_fold: list[dict[str, float]]) -> dict[str, float]:
    keys = set.intersection(*(set(m) for m in per_fold))
    mean = {k: sum(m[k] for m in per_fold) / len(per_fold) for k in sorted(keys)}
    # The spread over folds tells how consistent the parameters are out of sample.
    low = {f"{k}_fold_min": min(m[k] for m in per_fold) for k in sorted(keys)}
    high = {f"{k}_fold_max": max(m[k] for m in per_fold) for k in sorted(keys)}
    return mean | low | high


def walk_forward_windows(items: Sequence[T], n_folds: int, *, warmup: int = 0) -> list[Sequence[T]]:
    """Split ``items`` (candles) into ``n_folds`` consecutive, non-overlapping windows.

    Each window is prefixed with the ``warmup`` items before it (for indicator history); the
    backtest should not count trades in that prefix, which is its ``base_spec``'s business.
    """
    if n_folds < 2:
        raise InvalidAutoMLInput("walk-forward needs at least two folds")
    size = (len(items) - warmup) // n_folds
    if size < 2:
        raise InvalidAutoMLInput(f"{len(items)} bars are too few for {n_folds} folds")
    starts = [warmup + i * size for i in range(n_folds)]
    return [items[s - warmup : s + size] for s in starts]


def bind_evaluator(
    evaluate_params: Callable[..., Mapping[str, float]], candles: Any, base_spec: Any
) -> Evaluate:
    """Adapt the backtest module's ``evaluate_params(strategy, params, candles, base_spec)``."""
    return partial(_call_evaluate, evaluate_params, candles, base_spec)


def walk_forward_evaluators(
    evaluate_params: Callable[..., Mapping[str, float]],
    candles: Any,  # a sequence of candles or a frame: anything walk_forward_windows slices
    base_spec: Any,
    n_folds: int,
    *,
    warmup: int = 0,
) -> list[Evaluate]:
    return [
        bind_evaluator(evaluate_params, window, base_spec)
        for window in walk_forward_windows(candles, n_folds, warmup=warmup)
    ]


def _call_evaluate(
    evaluate_params: Callable[..., Mapping[str, float]],
    candles: Any,
    base_spec: Any,
    strategy: str,
    params: dict[str, Any],
) -> Mapping[str, float]:
    return evaluate_params(strategy, params, candles, base_spec)
