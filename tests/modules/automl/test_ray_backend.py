"""Ray Tune backend: the same search space through Ray Tune's Optuna searcher, results in the
same Optuna study; and a clear 503 when Ray is selected but not installed."""

from __future__ import annotations

import optuna
import pytest

from app.modules.automl import ray_backend
from app.modules.automl.deployments import promote
from app.modules.automl.objectives import build_objective, dataset_objective
from app.modules.automl.specs import SignalModelTarget, StudySpec
from app.modules.automl.storage import create_storage
from app.modules.automl.studies import best_results, create_study, load_spec, study_status
from tests.conftest import assert_problem
from tests.modules.automl.planted import OPT_WINDOW, planted_metrics, planted_spec
from tests.modules.automl.planted_families import planted_dataset

optuna.logging.set_verbosity(optuna.logging.WARNING)


@pytest.fixture(scope="module")
def local_ray():
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.mark.slow
def test_ray_tune_writes_trials_into_the_optuna_study(local_ray, sqlite_app_url: str) -> None:
    storage = create_storage(sqlite_app_url)
    spec = planted_spec(n_startup_trials=6)
    study_id = create_study(storage, spec)
    progress: list[tuple[int, int]] = []
    report = ray_backend.run_study_ray(
        storage, study_id, build_objective(spec, evaluate=planted_metrics), n_trials=16,
        on_progress=lambda done, total: progress.append((done, total)),
    )  # fmt: skip
    assert report.trials_run == 16 and report.complete == 16 and report.stopped_by == "n_trials"
    assert progress[-1] == (16, 16)
    status = study_status(storage, study_id)
    assert status.trials.complete == 16 and status.trials.running == 0
    best = best_results(storage, study_id).trials[0]
    assert abs(best.params["window"] - OPT_WINDOW) <= 15
    assert best.worker == "ray:local"
    # The recorded value is the planted objective at the recorded parameters.
    assert best.values == [pytest.approx(planted_metrics("planted", best.params)["sharpe"])]


@pytest.mark.slow
def test_a_family_study_on_ray_runs_its_defaults_and_deploys(
    local_ray, sqlite_app_url: str, tmp_path
) -> None:
    storage = create_storage(sqlite_app_url)
    spec = StudySpec(
        target="signal_model", objectives=["accuracy"], seed=1,
        model_families=["logistic", "lightgbm"], signal_model=SignalModelTarget(),
    )  # fmt: skip
    study_id = create_study(storage, spec)
    objective = dataset_objective(load_spec(storage, study_id), planted_dataset("checkerboard"))
    report = ray_backend.run_study_ray(storage, study_id, objective, n_trials=4)
    assert report.complete == 4, report
    study = optuna.load_study(study_name=study_id, storage=storage)
    assert [t.state.name for t in study.trials] == ["COMPLETE"] * 4  # no trial left WAITING
    assert [t.params["family"] for t in study.trials[:2]] == ["logistic", "lightgbm"]
    best = best_results(storage, study_id).trials[0]
    assert best.params["family"] == "lightgbm" and best.metrics["accuracy"] > 0.6
    # Deploy reads the study the same way whichever backend filled it.
    trial = next(t for t in study.trials if t.number == best.number)
    assert trial.user_attrs["family"] == "lightgbm"
    with pytest.raises(Exception, match="candles"):
        promote(storage, study_id, "ray-best")  # a signal deployment needs the study's candles


async def test_ray_backend_without_ray_is_a_503(client, alice, monkeypatch):
    monkeypatch.setenv("APP_AUTOML_BACKEND", "ray")
    monkeypatch.setattr(ray_backend, "ray_installed", lambda: False)
    body = {
        "target": "signal_model", "objectives": ["accuracy"],
        "data": {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h"},
    }  # fmt: skip
    response = await client.post("/api/v1/automl/optimize", json=body, headers=alice)
    assert_problem(response, 503)
    assert "kalkan[ray]" in response.json()["detail"]
