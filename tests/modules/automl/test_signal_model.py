"""The signal-model MLP: it learns, it is deterministic, and its trials report per epoch."""

from __future__ import annotations

import numpy as np
import optuna
import pytest

from app.modules.automl.features import build_dataset, to_ohlcv
from app.modules.automl.objectives import build_objective
from app.modules.automl.signal_model import MLPParams, predict_proba, train_mlp
from app.modules.automl.specs import SignalModelTarget, StudySpec
from app.modules.automl.storage import create_storage
from app.modules.automl.studies import create_study, load_spec, run_study, study_status
from app.modules.database.candle_parsing import CandleRow

PARAMS = MLPParams(
    n_layers=2,
    width=32,
    dropout=0.1,
    activation="relu",
    lr=3e-3,
    weight_decay=1e-4,
    batch_size=64,
    epochs=10,
)


def test_mlp_training_loss_decreases_and_is_deterministic(candles: list[CandleRow]) -> None:
    data = build_dataset(to_ohlcv(candles), SignalModelTarget())
    first = train_mlp(data, PARAMS, seed=11)
    losses = [e.train_loss for e in first.history]
    assert len(losses) == PARAMS.epochs
    assert losses[-1] < losses[0] - 0.005
    assert all(0.0 <= e.val_accuracy <= 1.0 and e.val_loss > 0 for e in first.history)

    # (no timed assertion: speed belongs in bench/, a loaded CI box must not fail this)
    second = train_mlp(data, PARAMS, seed=11)
    for a, b in zip(
        first.model.state_dict().values(), second.model.state_dict().values(), strict=True
    ):
        assert a.equal(b)
    np.testing.assert_array_equal(
        predict_proba(first.model, data.x_val), predict_proba(second.model, data.x_val)
    )
    other = train_mlp(data, PARAMS, seed=12)
    assert not other.model.state_dict()["0.weight"].equal(first.model.state_dict()["0.weight"])


def test_an_mlp_fits_a_learnable_signal(candles: list[CandleRow]) -> None:
    """Sanity check that the features → MLP pipeline can learn: labels planted from a feature."""
    data = build_dataset(to_ohlcv(candles), SignalModelTarget())
    planted = type(data)(
        **{
            **data.__dict__,
            "y_train": (data.x_train[:, 0] > 0).astype(np.float32),
            "y_val": (data.x_val[:, 0] > 0).astype(np.float32),
        }
    )
    trained = train_mlp(planted, PARAMS.model_copy(update={"epochs": 15}), seed=0)
    assert trained.final.val_accuracy > 0.9


def test_signal_model_study_reports_epochs_and_prunes(
    candles: list[CandleRow], sqlite_app_url: str
) -> None:
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    storage = create_storage(sqlite_app_url)
    spec = StudySpec(
        target="signal_model",
        objectives=["log_loss"],
        pruner="median",
        seed=5,
        n_startup_trials=6,
        signal_model=SignalModelTarget(max_epochs=8),
    )
    study_id = create_study(storage, spec, candles=candles)
    objective = build_objective(load_spec(storage, study_id), candles=candles)
    report = run_study(storage, study_id, objective, n_trials=12)
    assert report.trials_run == 12 and report.failed == 0
    assert report.pruned > 0

    study = optuna.load_study(study_name=study_id, storage=storage)
    for trial in study.trials:
        if trial.state == optuna.trial.TrialState.COMPLETE:
            assert sorted(trial.intermediate_values) == list(range(trial.params["epochs"]))
            assert trial.value == pytest.approx(
                trial.intermediate_values[trial.params["epochs"] - 1]
            )
            assert trial.user_attrs["metrics"]["log_loss"] == trial.value
        elif trial.state == optuna.trial.TrialState.PRUNED:
            assert len(trial.intermediate_values) < trial.params["epochs"]
    status = study_status(storage, study_id)
    assert status.trials.pruned == report.pruned
    assert status.best_value == pytest.approx(min(t.value for t in study.trials if t.value))


def test_signal_model_study_refuses_other_candles(
    candles: list[CandleRow], sqlite_app_url: str
) -> None:
    from app.modules.automl.errors import DataMismatch

    storage = create_storage(sqlite_app_url)
    study_id = create_study(
        storage, StudySpec(target="signal_model", objectives=["accuracy"]), candles=candles
    )
    with pytest.raises(DataMismatch):
        build_objective(load_spec(storage, study_id), candles=candles[1:])
