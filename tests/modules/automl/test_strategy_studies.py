"""Strategy-parameter studies through an injected evaluator: planted optima, Pareto sets,
pruning over walk-forward folds, cancellation, timeouts and failure handling."""

from __future__ import annotations

import importlib.util
import itertools
import time
from typing import Any

import optuna
import pytest
from pydantic import ValidationError

from app.modules.automl.errors import (
    InvalidAutoMLInput,
    NoCompletedTrials,
    SamplerUnavailable,
    StudyNotFound,
)
from app.modules.automl.objectives import build_objective, walk_forward_evaluators
from app.modules.automl.specs import ParamSchema, StrategyTarget, StudySpec
from app.modules.automl.storage import create_storage
from app.modules.automl.studies import (
    best_results,
    create_study,
    delete_study,
    list_study_ids,
    load_spec,
    run_study,
    study_status,
    top_trials,
)
from tests.modules.automl.planted import (
    OPT_THRESHOLD,
    OPT_WINDOW,
    SCHEMA,
    planted_metrics,
    planted_spec,
)

optuna.logging.set_verbosity(optuna.logging.WARNING)


@pytest.fixture
def storage(sqlite_app_url: str) -> optuna.storages.BaseStorage:
    # Heartbeats (on in production, and in the two-process tests) add a thread and two queries
    # per trial; these single-process tests of millisecond trials don't need them.
    return create_storage(sqlite_app_url, heartbeat=False)


def test_tpe_finds_the_planted_optimum(storage: optuna.storages.BaseStorage) -> None:
    study_id = create_study(storage, planted_spec())
    objective = build_objective(load_spec(storage, study_id), evaluate=planted_metrics)
    progress: list[tuple[int, int]] = []
    report = run_study(
        storage, study_id, objective, n_trials=60, on_progress=lambda d, t: progress.append((d, t))
    )
    assert report.complete == 60 and report.stopped_by == "n_trials"
    assert progress == [(i, 60) for i in range(1, 61)]

    best = best_results(storage, study_id)
    assert not best.multi_objective and len(best.trials) == 1
    top = best.trials[0]
    assert abs(top.params["window"] - OPT_WINDOW) <= 3
    assert abs(top.params["threshold"] - OPT_THRESHOLD) <= 0.1
    assert top.values == [pytest.approx(top.metrics["sharpe"])]
    assert top.metrics == planted_metrics("planted", top.params)
    assert study_status(storage, study_id).best_value == pytest.approx(top.values[0])

    ranked = top_trials(storage, study_id, 5)
    assert ranked[0].number == top.number
    assert all(a.values[0] >= b.values[0] for a, b in itertools.pairwise(ranked))

    # Re-running with the same study-wide budget does nothing: it is already reached.
    again = run_study(storage, study_id, objective, n_trials=60)
    assert again.trials_run == 0 and again.stopped_by == "budget_reached"


def test_cmaes_finds_the_planted_optimum_or_says_it_is_missing(
    storage: optuna.storages.BaseStorage,
) -> None:
    study_id = create_study(storage, planted_spec(sampler="cmaes"))
    objective = build_objective(load_spec(storage, study_id), evaluate=planted_metrics)
    if importlib.util.find_spec("cmaes") is None:
        with pytest.raises(SamplerUnavailable):
            run_study(storage, study_id, objective, n_trials=5)
        return
    run_study(storage, study_id, objective, n_trials=80)
    top = best_results(storage, study_id).trials[0]
    assert abs(top.params["window"] - OPT_WINDOW) <= 3
    assert abs(top.params["threshold"] - OPT_THRESHOLD) <= 0.1


def _dominates(a: list[float], b: list[float], directions: list[str]) -> bool:
    """a is no worse than b everywhere and strictly better somewhere."""
    signs = [1.0 if d == "maximize" else -1.0 for d in directions]
    no_worse = all(s * x >= s * y for s, x, y in zip(signs, a, b, strict=True))
    better = any(s * x > s * y for s, x, y in zip(signs, a, b, strict=True))
    return no_worse and better


def tradeoff_metrics(strategy: str, params: dict[str, Any]) -> dict[str, float]:
    """Higher leverage raises Sharpe but deepens drawdown; noise only hurts both."""
    x, noise = params["aggression"], params["noise"]
    return {"sharpe": x - noise, "max_drawdown": -(x**2 + noise)}


def test_nsga2_returns_a_pareto_set(storage: optuna.storages.BaseStorage) -> None:
    spec = StudySpec(
        target="strategy",
        objectives=["sharpe", "max_drawdown"],
        sampler="nsga2",
        population_size=10,
        seed=1,
        strategy=StrategyTarget(
            strategy="tradeoff",
            params=[
                ParamSchema(name="aggression", type="float", min=0.0, max=2.0),
                ParamSchema(name="noise", type="float", min=0.0, max=1.0),
            ],
        ),
    )
    study_id = create_study(storage, spec)
    run_study(storage, study_id, build_objective(spec, evaluate=tradeoff_metrics), n_trials=40)

    best = best_results(storage, study_id)
    assert best.multi_objective and best.directions == ["maximize", "minimize"]
    front = best.trials
    assert len(front) >= 3
    for a in front:
        assert a.values[1] >= 0  # drawdown optimised as a magnitude
        for b in front:
            assert not _dominates(a.values, b.values, best.directions)
    # Independently: every completed trial outside the set is dominated by a member.
    study = optuna.load_study(study_name=study_id, storage=storage)
    members = {t.number for t in front}
    for trial in study.trials:
        if trial.number not in members:
            assert any(_dominates(m.values, trial.values, best.directions) for m in front)
    status = study_status(storage, study_id)
    assert status.pareto_size == len(front) and status.best_value is None


def test_pruning_stops_bad_parameters_between_walk_forward_folds(
    storage: optuna.storages.BaseStorage,
) -> None:
    calls: list[int] = []

    def fold(i: int):
        def evaluate(strategy: str, params: dict[str, Any]) -> dict[str, float]:
            calls.append(i)
            m = planted_metrics(strategy, params)
            return m | {"sharpe": m["sharpe"] - 0.05 * i}

        return evaluate

    spec = planted_spec(
        pruner="median",
        n_startup_trials=8,
        strategy=StrategyTarget(strategy="planted", params=SCHEMA, walk_forward_folds=4),
    )
    study_id = create_study(storage, spec)
    objective = build_objective(spec, folds=[fold(i) for i in range(4)])
    report = run_study(storage, study_id, objective, n_trials=40)

    assert report.pruned >= 5
    assert len(calls) < 40 * 4  # pruned trials skipped their remaining folds
    study = optuna.load_study(study_name=study_id, storage=storage)
    for trial in study.trials:
        steps = sorted(trial.intermediate_values)
        if trial.state == optuna.trial.TrialState.PRUNED:
            assert 2 <= len(steps) < 4  # warm-up step 0 is never pruned
        else:
            assert steps == [0, 1, 2, 3]
            assert len(trial.user_attrs["fold_metrics"]) == 4
            assert trial.value == pytest.approx(trial.user_attrs["metrics"]["sharpe"])
    top = best_results(storage, study_id).trials[0]
    assert abs(top.params["window"] - OPT_WINDOW) <= 5


def test_walk_forward_windows_bind_the_backtest_evaluator() -> None:
    seen: list[tuple[int, int, str]] = []

    def evaluate_params(strategy: str, params: dict, candles: list[int], base_spec: str):
        seen.append((candles[0], candles[-1], base_spec))
        return {"sharpe": float(len(candles))}

    evaluators = walk_forward_evaluators(evaluate_params, list(range(100)), "spec", 3, warmup=10)
    assert [e("s", {})["sharpe"] for e in evaluators] == [40.0, 40.0, 40.0]
    assert seen == [(0, 39, "spec"), (30, 69, "spec"), (60, 99, "spec")]


def test_cancellation_stops_a_study_early(storage: optuna.storages.BaseStorage) -> None:
    study_id = create_study(storage, planted_spec())
    objective = build_objective(load_spec(storage, study_id), evaluate=planted_metrics)
    seen: list[int] = []
    report = run_study(
        storage,
        study_id,
        objective,
        n_trials=500,
        on_progress=lambda done, total: seen.append(done),
        should_cancel=lambda: len(seen) >= 4,
    )
    assert report.stopped_by == "cancelled"
    assert report.trials_run == 4
    assert study_status(storage, study_id).trials.complete == 4

    # A job cancelled before it started runs nothing.
    nothing = run_study(storage, study_id, objective, n_trials=500, should_cancel=lambda: True)
    assert nothing.trials_run == 0 and nothing.stopped_by == "cancelled"


def test_timeout_ends_the_run(storage: optuna.storages.BaseStorage) -> None:
    def slow(strategy: str, params: dict[str, Any]) -> dict[str, float]:
        time.sleep(0.05)
        return planted_metrics(strategy, params)

    study_id = create_study(storage, planted_spec())
    started = time.monotonic()
    report = run_study(
        storage,
        study_id,
        build_objective(planted_spec(), evaluate=slow),
        n_trials=1000,
        timeout=0.5,
    )
    assert report.stopped_by == "timeout"
    assert 1 <= report.trials_run < 100
    assert time.monotonic() - started < 5
    assert study_status(storage, study_id).elapsed_seconds > 0.3


def test_failing_evaluations_are_recorded_and_a_broken_evaluator_stops(
    storage: optuna.storages.BaseStorage,
) -> None:
    calls = iter(range(1000))

    def flaky(strategy: str, params: dict[str, Any]) -> dict[str, float]:
        if next(calls) % 3 == 2:
            raise ValueError("backtest rejected this run")
        return planted_metrics(strategy, params)

    study_id = create_study(storage, planted_spec())
    report = run_study(
        storage, study_id, build_objective(planted_spec(), evaluate=flaky), n_trials=30
    )
    assert (report.complete, report.failed, report.stopped_by) == (20, 10, "n_trials")
    assert study_status(storage, study_id).trials.failed == report.failed

    def broken(strategy: str, params: dict[str, Any]) -> dict[str, float]:
        return {"sortino": 1.0}  # no "sharpe" to optimise

    other = create_study(storage, planted_spec(), "broken-study")
    report = run_study(
        storage, other, build_objective(planted_spec(), evaluate=broken), n_trials=100
    )
    assert report.stopped_by == "failures" and report.failed == 10
    assert "no 'sharpe' metric" in report.last_error


def test_invalid_specs_are_refused(storage: optuna.storages.BaseStorage) -> None:
    with pytest.raises(ValidationError, match="CMA-ES is single-objective"):
        planted_spec(objectives=["sharpe", "max_drawdown"], sampler="cmaes")
    with pytest.raises(ValidationError, match="NSGA-II is for several"):
        planted_spec(sampler="nsga2")
    with pytest.raises(ValidationError, match="pruning needs a single objective"):
        planted_spec(objectives=["sharpe", "calmar"], pruner="median")
    with pytest.raises(ValidationError, match="unknown objectives"):
        planted_spec(objectives=["accuracy"])
    with pytest.raises(ValidationError, match="min must be <= max"):
        ParamSchema(name="w", type="int", min=5, max=1)
    with pytest.raises(InvalidAutoMLInput, match="needs an evaluate"):
        build_objective(planted_spec())
    study_id = create_study(storage, planted_spec())
    with pytest.raises(InvalidAutoMLInput, match="different specification"):
        create_study(storage, planted_spec(seed=99), study_id)
    assert create_study(storage, planted_spec(), study_id) == study_id  # same spec: joins


def test_unknown_and_foreign_studies_are_not_found(storage: optuna.storages.BaseStorage) -> None:
    with pytest.raises(StudyNotFound):
        study_status(storage, "automl-nope")
    optuna.create_study(storage=storage, study_name="someone-elses")
    with pytest.raises(StudyNotFound, match="not an AutoML study"):
        best_results(storage, "someone-elses")
    study_id = create_study(storage, planted_spec())
    assert set(list_study_ids(storage)) == {"someone-elses", study_id}
    assert best_results(storage, study_id).trials == []  # nothing run yet
    with pytest.raises(NoCompletedTrials):
        top_trials(storage, study_id, 3)
    delete_study(storage, study_id)
    with pytest.raises(StudyNotFound):
        delete_study(storage, study_id)


class ConstraintError(ValueError):
    """Stands in for the backtest's StrategyError ("fast < slow is required")."""


def test_rejected_or_undefined_parameters_are_infeasible_not_failed(
    storage: optuna.storages.BaseStorage,
) -> None:
    schema = [
        ParamSchema(name="fast", type="int", min=2, max=50),
        ParamSchema(name="slow", type="int", min=3, max=60),
    ]

    def crossing(strategy: str, params: dict[str, Any]) -> dict[str, float]:
        fast, slow = params["fast"], params["slow"]
        if fast >= slow:
            raise ConstraintError("fast < slow is required")
        if slow > 55:  # too slow to trade in the window: Sharpe undefined, as a backtest says
            return {"sharpe": float("nan"), "sortino": float("nan"), "total_return": 0.0}
        sharpe = 1.0 - ((fast - 10) / 10) ** 2 - ((slow - 30) / 20) ** 2
        return {"sharpe": sharpe, "sortino": float("nan"), "total_return": sharpe / 5}

    spec = StudySpec(
        target="strategy",
        objectives=["sharpe"],
        seed=2,
        strategy=StrategyTarget(strategy="crossing", params=schema),
    )
    study_id = create_study(storage, spec)
    objective = build_objective(
        spec, evaluate=crossing, rejects=lambda exc: isinstance(exc, ConstraintError)
    )
    report = run_study(storage, study_id, objective, n_trials=50)

    assert report.stopped_by == "n_trials" and report.failed == 0
    status = study_status(storage, study_id)
    assert 0 < status.trials.infeasible < 25  # TPE learns to stay in the feasible region
    study = optuna.load_study(study_name=study_id, storage=storage)
    infeasible = [t for t in study.trials if "infeasible" in t.user_attrs]
    assert any("fast < slow" in t.user_attrs["infeasible"] for t in infeasible)
    assert all(t.constraints == {"feasible": 1.0} for t in infeasible)

    best = best_results(storage, study_id).trials[0]
    assert best.infeasible is None and best.params["fast"] < best.params["slow"] <= 55
    assert "sortino" not in best.metrics  # undefined ratios are left out, not NaN
    assert status.best_value == pytest.approx(best.values[0])
    assert all(t.infeasible is None for t in top_trials(storage, study_id, 50))
    from app.modules.automl.deployments import promote

    with pytest.raises(InvalidAutoMLInput, match="infeasible"):
        promote(storage, study_id, "bad", trial_numbers=[infeasible[0].number])
