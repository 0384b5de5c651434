"""Online learning of a deployed signal model: drift detection on its live prediction error,
then an incremental update or a rolling refit, scored against the current version.

One update, on a window of candles newer than (or overlapping) the deployment's:

1. The window's usable rows are split like a study's (``splits.purged_time_splits``): the last
   ``holdout_fraction`` are the *holdout*, the rows before it (purged, embargoed) may train.
2. The current version predicts every usable row in time order; its 0/1 errors stream through
   ADWIN (``river.drift.ADWIN``, Bifet & Gavaldà 2007), which reports the first row at which the
   error rate has changed. That is the drift point.
3. ``auto``: a drift triggers a **refit** of every member on the training rows after the drift
   point (a rolling window; at least ``MIN_REFIT_ROWS``), with fresh standardisation. Without
   drift it is an **incremental** update on the window's training rows: LightGBM continues
   boosting from the current booster (``init_model``), the MLP trains a few more epochs from its
   current weights, and the scikit-learn families (no ``partial_fit`` in these estimators) are
   refitted on the rolling window. ``incremental`` / ``refit`` force one kind.
4. Candidate and current version are scored on the same holdout rows; the candidate is promoted
   only if its score on the deployment's first objective is at least the current one's.

Members keep their ensemble weights (refitting them on the holdout would score the candidate on
the rows it was tuned on).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from app.modules.automl.deployments import BuiltArtifact, load_signal_ensemble, package
from app.modules.automl.errors import InvalidAutoMLInput
from app.modules.automl.families import FittedModel, fit_arrays, fit_family
from app.modules.automl.features import (
    LABEL_HORIZON,
    OHLCV,
    SignalDataset,
    compute_features,
    warmup_bars,
)
from app.modules.automl.signal_model import MLPParams, continue_training, probability_scores
from app.modules.automl.specs import SIGNAL_METRICS

if TYPE_CHECKING:
    import numpy as np

UpdateMode = Literal["auto", "incremental", "refit"]
UpdateKind = Literal["incremental", "refit"]
MIN_REFIT_ROWS = 50
MIN_HOLDOUT_ROWS = 20


@dataclass
class DriftReport:
    detected: bool
    row: int | None = None  # index among the window's usable rows
    ts: int | None = None  # open time of that bar (epoch ms)
    error_before: float | None = None  # the current version's error rate before / after it
    error_after: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "detected": self.detected,
            "row": self.row,
            "ts": self.ts,
            "error_before": self.error_before,
            "error_after": self.error_after,
        }


@dataclass
class UpdateOutcome:
    kind: UpdateKind
    drift: DriftReport
    objective: str
    candidate_metrics: dict[str, float]
    previous_metrics: dict[str, float]
    promoted: bool
    built: BuiltArtifact
    train_rows: int
    holdout_rows: int
    window: dict[str, int] = field(default_factory=dict)

    @property
    def artifact(self) -> bytes:
        return self.built.artifact


def detect_drift(errors: np.ndarray, *, delta: float = 0.002) -> int | None:
    """First index at which ADWIN flags a change in the mean of ``errors`` (or ``None``)."""
    from river.drift import ADWIN

    detector = ADWIN(delta=delta)
    for i, value in enumerate(errors.tolist()):
        detector.update(float(value))
        if detector.drift_detected:
            return i
    return None


def better_or_equal(candidate: float, previous: float, objective: str) -> bool:
    direction = SIGNAL_METRICS[objective]
    return candidate >= previous if direction == "maximize" else candidate <= previous


def update_artifact(
    artifact: bytes,
    candles: OHLCV,
    *,
    objective: str,
    seed: int,
    model_dir: Path | None,
    mode: UpdateMode = "auto",
    holdout_fraction: float = 0.25,
    incremental_epochs: int = 3,
    incremental_rounds: int = 25,
    delta: float = 0.002,
) -> UpdateOutcome:
    """One online update of a deployment's artifact on ``candles`` (see the module docstring)."""
    import numpy as np

    from app.modules.automl.splits import purged_time_splits

    if objective not in SIGNAL_METRICS:
        raise InvalidAutoMLInput(f"unknown objective {objective!r}")
    current = load_signal_ensemble(artifact)
    cfg = current.features
    features = compute_features(candles, cfg)
    logc = np.log(candles.close)
    next_ret = np.full(len(candles), np.nan)
    next_ret[:-1] = logc[1:] - logc[:-1]
    labels = (next_ret > 0).astype(np.float32)
    usable = np.arange(warmup_bars(cfg), len(candles) - 1)
    n_hold = round(len(usable) * holdout_fraction)
    if n_hold < MIN_HOLDOUT_ROWS or len(usable) - n_hold < MIN_REFIT_ROWS + cfg.embargo + 1:
        raise InvalidAutoMLInput(
            f"{len(candles)} candles are too few for an update: need {MIN_REFIT_ROWS} training "
            f"and {MIN_HOLDOUT_ROWS} holdout rows after the {warmup_bars(cfg)}-bar warm-up"
        )
    [split] = purged_time_splits(
        len(usable), val_size=n_hold, horizon=LABEL_HORIZON, embargo=cfg.embargo
    )
    hold_bars = usable[split.val]

    # The current version's live errors over the window, in time order.
    x_current = ((features[usable] - current.mean) / current.std).astype(np.float32)
    probs_current = np.asarray(current.weights) @ np.stack(
        [m.predict_up(x_current) for m in current.models]
    )
    errors = ((probs_current > 0.5) != (labels[usable] > 0.5)).astype(np.float64)
    drift_row = detect_drift(errors, delta=delta)
    drift = DriftReport(detected=drift_row is not None)
    if drift_row is not None:
        drift.row, drift.ts = drift_row, int(candles.ts[usable[drift_row]])
        drift.error_before = float(errors[:drift_row].mean()) if drift_row else None
        drift.error_after = float(errors[drift_row:].mean())
    kind: UpdateKind = ("refit" if drift.detected else "incremental") if mode == "auto" else mode

    train_rows = split.train
    if kind == "refit" and drift_row is not None:
        after = train_rows[train_rows >= drift_row]
        train_rows = after if len(after) >= MIN_REFIT_ROWS else train_rows[-MIN_REFIT_ROWS:]
    train_bars = usable[train_rows]
    if kind == "refit":
        mean = features[train_bars].mean(axis=0)
        std = features[train_bars].std(axis=0)
        std = np.where(std > 1e-12, std, 1.0)
    else:
        mean, std = current.mean, current.std
    data = SignalDataset(
        x_train=((features[train_bars] - mean) / std).astype(np.float32),
        y_train=labels[train_bars],
        x_val=((features[hold_bars] - mean) / std).astype(np.float32),
        y_val=labels[hold_bars],
        next_returns_val=next_ret[hold_bars],
        mean=mean,
        std=std,
        bars_per_year=candles.bars_per_year,
        val_start_ts=int(candles.ts[hold_bars[0]]),
    )
    fitted = [
        _update_member(m, data, kind, seed, incremental_epochs, incremental_rounds)
        for m in current.models
    ]
    built = package(
        cfg, data, fitted, current.trial_numbers, model_dir=model_dir, weights=current.weights
    )
    previous_metrics = probability_scores(
        probs_current[split.val], labels[hold_bars], next_ret[hold_bars], candles.bars_per_year
    )
    candidate_metrics = built.ensemble_metrics
    return UpdateOutcome(
        kind=kind,
        drift=drift,
        objective=objective,
        candidate_metrics=candidate_metrics,
        previous_metrics=previous_metrics,
        promoted=better_or_equal(
            candidate_metrics[objective], previous_metrics[objective], objective
        ),
        built=built,
        train_rows=len(train_bars),
        holdout_rows=len(hold_bars),
        window={
            "start_ts": int(candles.ts[0]),
            "end_ts": int(candles.ts[-1]),
            "train_start_ts": int(candles.ts[train_bars[0]]),
            "holdout_start_ts": int(candles.ts[hold_bars[0]]),
        },
    )


def _update_member(
    member: FittedModel,
    data: SignalDataset,
    kind: UpdateKind,
    seed: int,
    epochs: int,
    rounds: int,
) -> FittedModel:
    if kind == "refit":
        return fit_family(member.family, member.params, data, seed=seed)
    if member.family == "mlp":
        params = MLPParams.model_validate(member.params)
        model = continue_training(
            member.model, data.x_train, data.y_train, params, epochs=epochs, seed=seed
        )
        return FittedModel("mlp", member.params, model)
    if member.family == "lightgbm":
        booster = fit_arrays(
            "lightgbm",
            {**member.params, "n_estimators": rounds},
            data.x_train,
            data.y_train,
            seed=seed,
            init_model=member.model,
        )
        return FittedModel("lightgbm", member.params, booster)
    # scikit-learn families: a refit on the rolling window, in the deployed feature scaling
    return fit_family(member.family, member.params, data, seed=seed)
