"""Model-family search: the purged splitter, planted datasets where the right family is known,
deployment of every family (safe serialisation), and ensemble weights fitted on validation."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import optuna
import pytest

from app.modules.automl import public
from app.modules.automl.deployments import load_signal_ensemble, promote
from app.modules.automl.ensemble_weights import ensemble_log_loss, fit_ensemble_weights
from app.modules.automl.errors import ModelFileInvalid
from app.modules.automl.families import split_params
from app.modules.automl.features import build_dataset, to_ohlcv, warmup_bars
from app.modules.automl.objectives import build_objective, dataset_objective
from app.modules.automl.specs import MODEL_FAMILIES, SignalModelTarget, StudySpec
from app.modules.automl.splits import purged_time_splits
from app.modules.automl.storage import create_storage
from app.modules.automl.studies import best_results, create_study, load_spec, run_study
from app.modules.database.candle_parsing import CandleRow
from tests.modules.automl.planted_families import planted_dataset

optuna.logging.set_verbosity(optuna.logging.WARNING)
TREES = {"random_forest", "hist_gb", "lightgbm"}


# ---------------------------------------------------------------- purged, embargoed splits


def test_purged_splits_match_a_hand_built_expectation() -> None:
    # 20 rows, 2 folds of 4, labels 3 bars ahead, 2 bars embargo. Fold 0 validates rows
    # 12..15; a training row i has label window i+1..i+3, which must end before row 12 minus
    # the embargo: i + 3 + 2 < 12, so rows 0..6. Fold 1 validates 16..19: rows 0..10 train.
    folds = purged_time_splits(20, val_size=4, n_folds=2, horizon=3, embargo=2)
    assert [f.val.tolist() for f in folds] == [[12, 13, 14, 15], [16, 17, 18, 19]]
    assert [f.train.tolist() for f in folds] == [list(range(7)), list(range(11))]
    # No embargo, one-bar labels: the single fold keeps every row up to two before validation.
    [single] = purged_time_splits(10, val_size=3)
    assert single.train.tolist() == [0, 1, 2, 3, 4, 5] and single.val.tolist() == [7, 8, 9]
    with pytest.raises(ValueError, match="training rows"):
        purged_time_splits(10, val_size=4, n_folds=2, horizon=2, embargo=1)


@pytest.mark.parametrize(("horizon", "embargo", "n_folds"), [(1, 0, 1), (3, 2, 3), (5, 7, 2)])
def test_no_training_label_window_overlaps_a_validation_row(
    horizon: int, embargo: int, n_folds: int
) -> None:
    n_rows, val_size = 120, 15
    for fold in purged_time_splits(
        n_rows, val_size=val_size, n_folds=n_folds, horizon=horizon, embargo=embargo
    ):
        val_bars = set(fold.val.tolist())
        for i in fold.train.tolist():
            label_window = set(range(i + 1, i + horizon + 1))
            assert not label_window & val_bars  # never labelled with validation bars
            assert i + horizon + embargo < min(val_bars)  # and the embargo holds
        # Every row that the rules allow trains (nothing more is thrown away).
        assert fold.train.tolist() == list(range(min(val_bars) - horizon - embargo))
        assert sorted(val_bars) == list(range(min(val_bars), min(val_bars) + val_size))


def test_build_dataset_purges_and_embargoes_real_candles(candles: list[CandleRow]) -> None:
    ohlcv = to_ohlcv(candles)
    plain = build_dataset(ohlcv, SignalModelTarget())
    embargoed = build_dataset(ohlcv, SignalModelTarget(embargo=10))
    # Same validation rows; ten fewer training rows at the end of the training part.
    assert embargoed.val_start_ts == plain.val_start_ts
    np.testing.assert_array_equal(embargoed.y_val, plain.y_val)
    assert plain.x_train.shape[0] - embargoed.x_train.shape[0] == 10
    # Hand count: usable bars warmup..n-2, the last 20% validate, one label bar + embargo gap.
    usable = len(candles) - 1 - warmup_bars(SignalModelTarget())
    n_val = round(usable * 0.2)
    assert embargoed.x_train.shape[0] == usable - n_val - 1 - 10
    val_start = next(i for i, c in enumerate(candles) if c.ts == embargoed.val_start_ts)
    last_train_bar = warmup_bars(SignalModelTarget()) + embargoed.x_train.shape[0] - 1
    assert last_train_bar + 1 + 10 < val_start  # its label bar + the embargo end before it


# ---------------------------------------------------------------- the search picks the family


def _family_study(tmp_path: Path, kind: str, families: list[str], n_trials: int):
    storage = create_storage(f"sqlite+aiosqlite:///{tmp_path / 'app.db'}")
    spec = StudySpec(
        target="signal_model",
        objectives=["accuracy"],
        seed=1,
        n_startup_trials=10,
        model_families=families,  # type: ignore[arg-type]
        signal_model=SignalModelTarget(max_epochs=8),
    )
    study_id = create_study(storage, spec)
    data = planted_dataset(kind)
    run_study(
        storage, study_id, dataset_objective(load_spec(storage, study_id), data), n_trials=n_trials
    )
    trials = [
        t
        for t in optuna.load_study(study_name=study_id, storage=storage).trials
        if t.value is not None
    ]
    best_of = {
        family: max(t.value for t in trials if t.params["family"] == family)
        for family in {t.params["family"] for t in trials}
    }
    return best_results(storage, study_id).trials[0], best_of


def test_a_tree_family_wins_the_checkerboard(tmp_path: Path) -> None:
    best, best_of = _family_study(tmp_path, "checkerboard", list(MODEL_FAMILIES), 16)
    family, _ = split_params(best.params)
    assert family in TREES, best_of
    assert "mlp" in best_of and best_of[family] > best_of["mlp"] + 0.1
    assert best.metrics["accuracy"] > 0.65


def test_the_mlp_wins_the_oblique_boundary(tmp_path: Path) -> None:
    best, best_of = _family_study(tmp_path, "oblique", list(MODEL_FAMILIES), 16)
    assert split_params(best.params)[0] == "mlp", best_of
    assert max(best_of[f] for f in best_of if f != "mlp") < best_of["mlp"] - 0.05
    assert best.metrics["accuracy"] > 0.85


# ---------------------------------------------------------------- deploying every family


def test_every_family_deploys_and_mixes_into_one_weighted_ensemble(
    candles: list[CandleRow], tmp_path: Path
) -> None:
    storage = create_storage(f"sqlite+aiosqlite:///{tmp_path / 'app.db'}")
    spec = StudySpec(
        target="signal_model",
        objectives=["log_loss"],
        seed=4,
        model_families=list(MODEL_FAMILIES),
        signal_model=SignalModelTarget(max_epochs=3, embargo=2),
    )
    study_id = create_study(storage, spec, candles=candles)
    objective = build_objective(load_spec(storage, study_id), candles=candles)
    run_study(storage, study_id, objective, n_trials=len(MODEL_FAMILIES))  # the defaults
    model_dir = tmp_path / "models"
    deployment = promote(
        storage, study_id, "mixed", trial_numbers=list(range(5)), candles=candles,
        model_dir=model_dir,
    )  # fmt: skip
    assert [m.family for m in deployment.members] == list(MODEL_FAMILIES)
    for member in deployment.members:  # deterministic refits score what the trials scored
        assert member.reproduced_metrics == member.metrics
    weights = [m.weight or 0.0 for m in deployment.members]
    assert sum(weights) == pytest.approx(1.0) and min(weights) >= 0.0

    # The artifact holds no pickles: torch tensors, LightGBM text, and sklearn file references.
    ensemble = load_signal_ensemble(deployment.artifact or b"")
    assert [m.family for m in ensemble.models] == list(MODEL_FAMILIES)
    assert len(list((model_dir / "automl").glob("*.pkl"))) == 3  # logistic, forest, hist_gb
    data = build_dataset(to_ohlcv(candles), load_spec(storage, study_id).signal_model)
    for model, member in zip(ensemble.models, deployment.members, strict=True):
        probs = model.predict_up(data.x_val)
        accuracy = float(np.mean((probs > 0.5) == (data.y_val > 0.5)))
        assert accuracy == pytest.approx(member.metrics["accuracy"])
    # The fitted weights beat (or tie) equal weights on validation log loss, as fitted.
    val_probs = np.stack([m.predict_up(data.x_val) for m in ensemble.models])
    equal = np.full(5, 0.2)
    assert ensemble_log_loss(np.array(weights), val_probs, data.y_val) <= ensemble_log_loss(
        equal, val_probs, data.y_val
    )

    [prediction] = public.predict_signal(deployment, candles)
    assert prediction.prob_up == pytest.approx(
        sum(w * p for w, p in zip(weights, prediction.member_prob_up, strict=True))
    )

    # A model file changed on disk is refused before anything is unpickled.
    victim = sorted((model_dir / "automl").glob("*.pkl"))[0]
    victim.write_bytes(victim.read_bytes() + b"x")
    with pytest.raises(ModelFileInvalid, match="sha256"):
        load_signal_ensemble(deployment.artifact or b"")


def test_ensemble_weights_match_a_brute_force_search() -> None:
    rng = np.random.default_rng(3)
    y = (rng.random(300) < 0.5).astype(np.float64)
    signal = np.where(y > 0, 0.7, 0.3)
    members = np.stack(
        [
            np.clip(signal + rng.normal(0, 0.15, 300), 0.01, 0.99),  # informative
            np.clip(signal + rng.normal(0, 0.35, 300), 0.01, 0.99),  # noisier
            rng.uniform(0.05, 0.95, 300),  # noise
        ]
    )
    fitted = fit_ensemble_weights(members, y)
    grid = np.linspace(0.0, 1.0, 101)
    best = min(
        (np.array([a, b, 1.0 - a - b]) for a, b in itertools.product(grid, grid) if a + b <= 1),
        key=lambda w: ensemble_log_loss(w, members, y),
    )
    np.testing.assert_allclose(fitted, best, atol=0.02)
    assert ensemble_log_loss(fitted, members, y) <= ensemble_log_loss(best, members, y) + 1e-9
    assert fit_ensemble_weights(members[:1], y).tolist() == [1.0]
