"""Promoting trials to deployments, and predicting with a deployed signal model or ensemble."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import optuna
import pytest

from app.modules.automl import public
from app.modules.automl.deployments import (
    Deployment,
    TrainingCancelled,
    load_signal_ensemble,
    plan,
    promote,
    retire,
    train,
)
from app.modules.automl.errors import (
    DataMismatch,
    DeploymentNotReady,
    DeploymentRetired,
    InvalidAutoMLInput,
    TrialNotFound,
)
from app.modules.automl.features import build_dataset, to_ohlcv
from app.modules.automl.objectives import build_objective
from app.modules.automl.signal_model import predict_proba
from app.modules.automl.specs import SignalModelTarget, StudySpec
from app.modules.automl.storage import create_storage
from app.modules.automl.studies import best_results, create_study, load_spec, run_study
from app.modules.database.candle_parsing import CandleRow
from tests.modules.automl.planted import planted_metrics, planted_spec

optuna.logging.set_verbosity(optuna.logging.WARNING)


@pytest.fixture(scope="module")
def signal_study(
    candles: list[CandleRow], tmp_path_factory: pytest.TempPathFactory
) -> tuple[optuna.storages.BaseStorage, str]:
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('deploy') / 'app.db'}"
    storage = create_storage(url)
    spec = StudySpec(
        target="signal_model",
        objectives=["accuracy"],
        seed=7,
        n_startup_trials=5,
        signal_model=SignalModelTarget(
            max_epochs=6, data={"symbol": "BTC/USDT", "timeframe": "1h"}
        ),
    )
    study_id = create_study(storage, spec, candles=candles)
    run_study(
        storage,
        study_id,
        build_objective(load_spec(storage, study_id), candles=candles),
        n_trials=8,
    )
    return storage, study_id


def test_best_params_round_trip_into_a_deployment_that_predicts(
    signal_study: tuple[optuna.storages.BaseStorage, str], candles: list[CandleRow]
) -> None:
    storage, study_id = signal_study
    best = best_results(storage, study_id).trials[0]
    deployment = promote(storage, study_id, "btc-direction", candles=candles)

    assert deployment.trial_numbers == [best.number] and not deployment.is_ensemble
    member = deployment.members[0]
    assert member.params == best.params and member.values == best.values
    # Retraining is deterministic: the deployed weights score exactly what the trial scored.
    assert member.reproduced_metrics == member.metrics == best.metrics

    # Stored as JSON (artifact base64) and read back, it predicts the same.
    restored = Deployment.model_validate_json(deployment.model_dump_json())
    assert restored.artifact == deployment.artifact and restored.trial_numbers == [best.number]
    predictions = public.predict_signal(restored, candles, last_n=3)
    assert [p.ts for p in predictions] == [c.ts for c in candles[-3:]]
    for p in predictions:
        assert 0 < p.prob_up < 1 and p.direction == ("UP" if p.prob_up > 0.5 else "DOWN")
        assert p.confidence == pytest.approx(max(p.prob_up, 1 - p.prob_up))
        assert p.actionable == (p.confidence >= 0.65)
        assert p.member_prob_up == [pytest.approx(p.prob_up)]

    # The deployed model's validation predictions reproduce the trial's accuracy independently.
    ensemble = load_signal_ensemble(deployment.artifact)
    data = build_dataset(to_ohlcv(candles), load_spec(storage, study_id).signal_model)
    assert ensemble.models[0].family == "mlp" and ensemble.weights == [1.0]
    probs = predict_proba(ensemble.models[0].model, data.x_val)
    assert float(np.mean((probs > 0.5) == (data.y_val > 0.5))) == pytest.approx(
        best.metrics["accuracy"]
    )


def test_top_k_ensemble_averages_its_members(
    signal_study: tuple[optuna.storages.BaseStorage, str], candles: list[CandleRow]
) -> None:
    storage, study_id = signal_study
    deployment = promote(
        storage, study_id, "btc-ensemble", top_k=3, candles=candles, weighting="equal"
    )
    assert deployment.is_ensemble and len(deployment.trial_numbers) == 3
    accuracies = [m.metrics["accuracy"] for m in deployment.members]
    assert accuracies == sorted(accuracies, reverse=True)
    assert [m.weight for m in deployment.members] == pytest.approx([1 / 3] * 3)

    [prediction] = public.predict_signal(deployment, candles)
    assert len(prediction.member_prob_up) == 3
    assert prediction.prob_up == pytest.approx(np.mean(prediction.member_prob_up))

    # Fitted weights: a convex combination, and the prediction is that weighted mean.
    fitted = promote(storage, study_id, "btc-fitted", top_k=3, candles=candles)
    weights = [m.weight for m in fitted.members]
    assert all(w is not None and w >= 0 for w in weights)
    assert sum(w or 0.0 for w in weights) == pytest.approx(1.0)
    [weighted] = public.predict_signal(fitted, candles)
    assert weighted.prob_up == pytest.approx(
        sum((w or 0.0) * p for w, p in zip(weights, weighted.member_prob_up, strict=True))
    )

    retired = retire(deployment, now=datetime(2024, 1, 1, tzinfo=UTC))
    assert retired.status == "retired" and retired.retired_at is not None
    assert deployment.status == "active"
    with pytest.raises(DeploymentRetired):
        public.predict_signal(retired, candles)


def test_signal_deployments_check_their_inputs(
    signal_study: tuple[optuna.storages.BaseStorage, str], candles: list[CandleRow]
) -> None:
    storage, study_id = signal_study
    with pytest.raises(DataMismatch):
        promote(storage, study_id, "wrong-window", candles=candles[10:])
    with pytest.raises(InvalidAutoMLInput, match="needs the study's candles"):
        promote(storage, study_id, "no-candles")
    with pytest.raises(TrialNotFound):
        promote(storage, study_id, "missing", trial_numbers=[999], candles=candles)
    with pytest.raises(InvalidAutoMLInput, match="must be 1-64"):
        promote(storage, study_id, "Bad Name!", candles=candles)
    deployment = promote(storage, study_id, "short", candles=candles)
    with pytest.raises(InvalidAutoMLInput, match="at least"):
        public.predict_signal(deployment, candles[:5])


def test_plan_then_train_is_promote_with_progress_and_cancellation(
    signal_study: tuple[optuna.storages.BaseStorage, str], candles: list[CandleRow]
) -> None:
    storage, study_id = signal_study
    planned = plan(storage, study_id, "planned", top_k=2)
    assert planned.status == "training" and planned.artifact is None
    assert all(m.reproduced_metrics is None for m in planned.members)
    with pytest.raises(DeploymentNotReady):
        public.predict_signal(planned, candles)

    spec = load_spec(storage, study_id)
    progress: list[float] = []
    trained = train(spec, planned, candles, on_progress=progress.append)
    assert trained.status == "active" and trained.artifact
    assert [m.reproduced_metrics for m in trained.members] == [m.metrics for m in trained.members]
    epochs = sum(m.params["epochs"] for m in planned.members)
    assert progress == [i / epochs for i in range(1, epochs + 1)]

    calls: list[float] = []
    with pytest.raises(TrainingCancelled):
        train(spec, planned, candles, on_progress=calls.append, should_cancel=lambda: True)
    assert calls == [1 / epochs]  # stopped after the first epoch


def test_strategy_deployment_carries_parameter_sets(sqlite_app_url: str) -> None:
    storage = create_storage(sqlite_app_url)
    study_id = create_study(storage, planted_spec())
    run_study(
        storage, study_id, build_objective(planted_spec(), evaluate=planted_metrics), n_trials=20
    )
    best = best_results(storage, study_id).trials[0]

    single = promote(storage, study_id, "planted-best")
    assert single.artifact is None and single.target == "strategy"
    assert public.strategy_param_sets(single) == [best.params]

    chosen = promote(storage, study_id, "planted-pair", trial_numbers=[3, best.number])
    assert chosen.trial_numbers == [3, best.number]
    assert len(public.strategy_param_sets(chosen)) == 2
    with pytest.raises(InvalidAutoMLInput, match="not a signal model"):
        public.predict_signal(chosen, [])


def test_ensemble_probability_is_a_soft_vote() -> None:
    assert public.ensemble_probability([[0.2, 0.9], [0.4, 0.7]]) == pytest.approx([0.3, 0.8])
    # 0.25 * 0.2 + 0.75 * 0.4 = 0.35 and 0.25 * 0.9 + 0.75 * 0.7 = 0.75
    assert public.ensemble_probability([[0.2, 0.9], [0.4, 0.7]], [1, 3]) == pytest.approx(
        [0.35, 0.75]
    )
    with pytest.raises(ValueError):
        public.ensemble_probability([[0.2], [0.4, 0.7]])
