"""AutoML over the real backtest module: search space from list_strategies(), objective from
evaluate_params() on real candles, walk-forward folds, the strategy's own constraint."""

from __future__ import annotations

import optuna
import pytest

from app.modules.automl.objectives import build_objective, walk_forward_evaluators
from app.modules.automl.search_spaces import strategy_param_schema
from app.modules.automl.specs import StrategyTarget, StudySpec
from app.modules.automl.storage import create_storage
from app.modules.automl.studies import best_results, create_study, run_study, study_status
from app.modules.database.candle_parsing import CandleRow

backtest = pytest.importorskip("app.modules.backtest.public")


def test_sma_cross_study_on_real_candles(candles: list[CandleRow], sqlite_app_url: str) -> None:
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    schema = strategy_param_schema("sma_cross", [])
    assert {p.name for p in schema} == {"fast", "slow"}

    base = backtest.BacktestSpec(  # re-exported by the backtest module's public surface
        strategy="sma_cross",
        symbols=["BTC/USDT"],
        timeframe="1h",
        stop_loss={"type": "fixed_pct", "value": 0.05},
    )
    frame = backtest.candles_to_frame(candles)
    folds = walk_forward_evaluators(backtest.evaluate_params, frame, base, 2)
    # Narrow the slow window to what 1,000-bar folds can trade; keep the module's other bounds.
    narrowed = [p.model_copy(update={"max": 300}) if p.name == "slow" else p for p in schema]
    spec = StudySpec(
        target="strategy",
        objectives=["sharpe"],
        seed=4,
        n_startup_trials=6,
        strategy=StrategyTarget(strategy="sma_cross", params=narrowed, walk_forward_folds=2),
    )
    storage = create_storage(sqlite_app_url, heartbeat=False)
    study_id = create_study(storage, spec)
    report = run_study(storage, study_id, build_objective(spec, folds=folds), n_trials=14)

    assert report.failed == 0 and report.complete == 14
    best = best_results(storage, study_id).trials[0]
    assert best.params["fast"] < best.params["slow"]
    assert len(best.fold_metrics) == 2
    assert best.metrics["sharpe"] == pytest.approx(sum(f["sharpe"] for f in best.fold_metrics) / 2)
    # Re-evaluating the winner on each fold with the backtest itself gives the same numbers.
    again = [fold("sma_cross", best.params)["sharpe"] for fold in folds]
    assert again == pytest.approx([f["sharpe"] for f in best.fold_metrics])
    status = study_status(storage, study_id)
    assert status.trials.complete == 14
    # Random start-up trials with fast >= slow are rejected by the strategy: infeasible.
    study = optuna.load_study(study_name=study_id, storage=storage)
    for t in study.trials:
        if t.params["fast"] >= t.params["slow"]:
            assert "fast < slow" in t.user_attrs["infeasible"]
