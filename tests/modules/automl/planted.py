"""Planted objectives with known optima, importable by spawned worker processes."""

from __future__ import annotations

import time
from typing import Any

from app.modules.automl.specs import ParamSchema, StrategyTarget, StudySpec

OPT_WINDOW = 17
OPT_THRESHOLD = 0.3

SCHEMA = [
    ParamSchema(name="window", type="int", default=10, min=2, max=60),
    ParamSchema(name="threshold", type="float", default=0.5, min=0.0, max=1.0),
]


def planted_metrics(strategy: str, params: dict[str, Any]) -> dict[str, float]:
    """A concave quadratic with its maximum at (OPT_WINDOW, OPT_THRESHOLD)."""
    assert strategy == "planted"
    w, t = params["window"], params["threshold"]
    sharpe = 2.0 - ((w - OPT_WINDOW) / 10.0) ** 2 - 4.0 * (t - OPT_THRESHOLD) ** 2
    return {"sharpe": sharpe, "total_return": sharpe / 10, "max_drawdown": -0.1}


def planted_spec(**overrides: Any) -> StudySpec:
    fields: dict[str, Any] = {
        "target": "strategy",
        "objectives": ["sharpe"],
        "strategy": StrategyTarget(strategy="planted", params=SCHEMA),
        "seed": 3,
    }
    return StudySpec(**(fields | overrides))


def slow_planted_metrics(strategy: str, params: dict[str, Any]) -> dict[str, float]:
    time.sleep(0.02)  # a backtest takes time: keeps both workers busy at once
    return planted_metrics(strategy, params)


def worker(app_url: str, study_id: str, n_trials: int, index: int, start: Any = None) -> None:
    """One worker process: open the shared storage, rebuild the objective from the stored spec."""
    import optuna

    from app.modules.automl.objectives import build_objective
    from app.modules.automl.storage import create_storage
    from app.modules.automl.studies import load_spec, run_study

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    storage = create_storage(app_url)
    objective = build_objective(load_spec(storage, study_id), evaluate=slow_planted_metrics)
    if start is not None:
        start.wait(timeout=60)
    report = run_study(
        storage, study_id, objective, n_trials=n_trials, budget="worker", worker_index=index
    )
    assert report.trials_run == n_trials, report
