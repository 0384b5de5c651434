"""Promoting trials to named deployments, and turning a signal-model deployment into predictions.

A deployment is one trial or an ensemble of several (e.g. the top k). For ``strategy`` it is the
parameter sets. For ``signal_model`` it also carries an artifact: the members' trained weights.

Why weights and not "retrain on demand": at promotion time every member is retrained with the
trial's hyperparameters and the study's seed on the study's own candle window (checked by
fingerprint). Training is deterministic, so this reproduces the exact model the trial scored
(its validation metrics are recomputed and stored beside the trial's). Members of any family
(``families``) go into one ``torch.save`` blob loaded back with ``torch.load(weights_only=True)``
(tensors and plain containers only, never pickled code): MLP ``state_dict``s, LightGBM boosters
in LightGBM's text format, and for scikit-learn estimators the path and sha256 of the app's own
model file (``model_files``). An ensemble's weights are fitted on the members' validation
predictions (``ensemble_weights``) unless equal weights are asked for. So predictions need
neither the training data nor a retrain, survive candle retention, and nothing is ever
downloaded.

Retraining takes a while, so the API splits promotion in two: ``plan`` resolves the members
(a deployment in status ``training``) up front, and a job runs ``train`` on them. ``promote``
does both in one call for library callers.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from app.modules.automl.errors import DataMismatch, InvalidAutoMLInput
from app.modules.automl.families import FittedModel, fit_family, split_params
from app.modules.automl.features import (
    OHLCV,
    CandleLike,
    SignalDataset,
    build_dataset,
    fingerprint,
    latest_features,
    to_ohlcv,
    warmup_bars,
)
from app.modules.automl.signal_model import MLPParams, model_from_state_dict, validation_scores
from app.modules.automl.specs import ModelFamily, SignalModelTarget, StudySpec, Target
from app.modules.automl.studies import get_trials, load_spec, top_trials

if TYPE_CHECKING:
    import numpy as np
    from optuna.storages import BaseStorage

ARTIFACT_FORMAT = 2  # 1: MLP members only, equal weights (still loaded)
DEPLOYMENT_NAME_PATTERN = r"^[a-z0-9][a-z0-9_.-]{0,63}$"
DeploymentStatus = Literal["training", "active", "failed", "retired"]
Weighting = Literal["fitted", "equal"]


class DeploymentMember(BaseModel):
    trial_number: int
    params: dict[str, Any]
    values: list[float]
    metrics: dict[str, float] = Field(default_factory=dict)
    reproduced_metrics: dict[str, float] | None = Field(
        None, description="signal_model: validation metrics of the retrained deployed weights"
    )
    family: ModelFamily | None = Field(None, description="signal_model: the member's model family")
    weight: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="signal_model: the member's ensemble weight (fitted on the validation "
        "predictions, or equal)",
    )


class Deployment(BaseModel):
    model_config = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")

    name: str = Field(pattern=DEPLOYMENT_NAME_PATTERN)
    study_id: str
    target: Target
    objectives: list[str]
    members: list[DeploymentMember] = Field(min_length=1)
    created_at: datetime
    status: DeploymentStatus = "active"
    retired_at: datetime | None = None
    artifact: bytes | None = Field(
        None, description="signal_model: torch.save blob of the members' weights"
    )
    job_id: str | None = Field(None, description="signal_model: the job that trains it")
    error: str | None = Field(None, description="status failed: why training failed")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def trial_numbers(self) -> list[int]:
        return [m.trial_number for m in self.members]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def is_ensemble(self) -> bool:
        return len(self.members) > 1


class TrainingCancelled(Exception):
    """Raised from inside training when ``should_cancel`` says stop."""


def promote(
    storage: BaseStorage,
    study_id: str,
    name: str,
    *,
    trial_numbers: list[int] | None = None,
    top_k: int | None = None,
    candles: OHLCV | Sequence[CandleLike] | None = None,
    now: datetime | None = None,
    model_dir: Path | None = None,
    weighting: Weighting = "fitted",
) -> Deployment:
    """Build a deployment of the given trials, or of the ``top_k`` best (default: the best one).

    ``signal_model`` needs the study's candles to retrain the members (see module docstring).
    Name uniqueness across deployments is the caller's (database's) job.
    """
    planned = plan(storage, study_id, name, trial_numbers=trial_numbers, top_k=top_k, now=now)
    if planned.target != "signal_model":
        return planned
    if candles is None:
        raise InvalidAutoMLInput("deploying a signal model needs the study's candles")
    return train(
        load_spec(storage, study_id), planned, candles, model_dir=model_dir, weighting=weighting
    )


def plan(
    storage: BaseStorage,
    study_id: str,
    name: str,
    *,
    trial_numbers: list[int] | None = None,
    top_k: int | None = None,
    now: datetime | None = None,
) -> Deployment:
    """Resolve the members (404/409/422 as problems) without training anything.

    A strategy deployment is complete and ``active``; a signal model comes back ``training``,
    without weights, for ``train`` to finish.
    """
    if not re.fullmatch(DEPLOYMENT_NAME_PATTERN, name):
        raise InvalidAutoMLInput(
            f"deployment name {name!r} must be 1-64 of a-z 0-9 _ . - (alphanumeric first)"
        )
    if trial_numbers is not None and top_k is not None:
        raise InvalidAutoMLInput("give trial_numbers or top_k, not both")
    if trial_numbers is not None and (
        not trial_numbers or len(set(trial_numbers)) != len(trial_numbers)
    ):
        raise InvalidAutoMLInput("trial_numbers must be a non-empty list of distinct numbers")
    spec = load_spec(storage, study_id)
    trials = (
        get_trials(storage, study_id, trial_numbers)
        if trial_numbers is not None
        else top_trials(storage, study_id, top_k or 1)
    )
    members = [
        DeploymentMember(
            trial_number=t.number,
            params=t.params,
            values=t.values or [],
            metrics=t.metrics,
            family=split_params(t.params)[0] if spec.target == "signal_model" else None,
        )
        for t in trials
    ]
    return Deployment(
        name=name,
        study_id=study_id,
        target=spec.target,
        objectives=spec.objectives,
        members=members,
        created_at=now or datetime.now(UTC),
        status="training" if spec.target == "signal_model" else "active",
    )


def train(
    spec: StudySpec,
    deployment: Deployment,
    candles: OHLCV | Sequence[CandleLike],
    *,
    model_dir: Path | None = None,
    weighting: Weighting = "fitted",
    on_progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Deployment:
    """Retrain a planned signal-model deployment's members: ``active``, with the artifact, each
    member's reproduced metrics and ensemble weight. Raises ``TrainingCancelled`` when
    ``should_cancel()``. ``model_dir`` holds scikit-learn members' files (``model_files``)."""
    built = build_signal_artifact(
        spec,
        deployment.members,
        candles,
        model_dir=model_dir,
        weighting=weighting,
        on_progress=on_progress,
        should_cancel=should_cancel,
    )
    members = [
        member.model_copy(
            update={"reproduced_metrics": metrics, "weight": weight, "family": family}
        )
        for member, metrics, weight, family in zip(
            deployment.members, built.reproduced, built.weights, built.families, strict=True
        )
    ]
    return deployment.model_copy(
        update={"members": members, "artifact": built.artifact, "status": "active", "error": None}
    )


def retire(deployment: Deployment, *, now: datetime | None = None) -> Deployment:
    if deployment.status == "retired":
        return deployment
    return deployment.model_copy(
        update={"status": "retired", "retired_at": now or datetime.now(UTC)}
    )


def check_candles(spec: StudySpec, candles: OHLCV | Sequence[CandleLike]) -> SignalDataset:
    """The training set of ``spec`` on ``candles``, after checking they are the study's window."""
    cfg = spec.signal_model
    if cfg is None:
        raise InvalidAutoMLInput("the study is not a signal-model study")
    try:
        ohlcv = candles if isinstance(candles, OHLCV) else to_ohlcv(candles)
        if cfg.data_fingerprint is not None and fingerprint(ohlcv) != cfg.data_fingerprint:
            raise DataMismatch("these candles are not the window the study was run on")
        return build_dataset(ohlcv, cfg)
    except ValueError as exc:  # too few or malformed candles
        raise InvalidAutoMLInput(str(exc)) from exc


@dataclass
class BuiltArtifact:
    artifact: bytes
    reproduced: list[dict[str, float]]  # each member's validation metrics
    weights: list[float]
    families: list[ModelFamily]
    ensemble_metrics: dict[str, float]  # of the weighted ensemble on validation


def build_signal_artifact(
    spec: StudySpec,
    members: Sequence[DeploymentMember],
    candles: OHLCV | Sequence[CandleLike],
    *,
    model_dir: Path | None = None,
    weighting: Weighting = "fitted",
    on_progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> BuiltArtifact:
    """Refit each member deterministically on the training rows; weights from the members'
    validation predictions (``ensemble_weights``).

    ``on_progress`` gets the fraction of the work done (an MLP epoch or a whole non-MLP fit is
    one unit); ``should_cancel`` is polled after each unit (it doesn't touch the RNGs, so
    results stay bit-identical).
    """
    data = check_candles(spec, candles)
    parts = [split_params(m.params) for m in members]
    total = sum(MLPParams.model_validate(p).epochs if f == "mlp" else 1 for f, p in parts)
    done = 0

    def unit_done(_: Any = None) -> None:
        nonlocal done
        done += 1
        if on_progress is not None:
            on_progress(done / total)
        if should_cancel is not None and should_cancel():
            raise TrainingCancelled

    fitted: list[FittedModel] = []
    for family, params in parts:
        if family != "mlp" and family != "lightgbm" and model_dir is None:
            raise InvalidAutoMLInput(f"deploying a {family} member needs a model directory")
        model = fit_family(family, params, data, seed=spec.seed, on_epoch=unit_done)
        if family != "mlp":
            unit_done()
        fitted.append(model)
    cfg = spec.signal_model
    assert cfg is not None  # check_candles checked it
    return package(
        cfg, data, fitted, [m.trial_number for m in members], model_dir=model_dir,
        weighting=weighting,
    )  # fmt: skip


def package(
    cfg: SignalModelTarget,
    data: SignalDataset,
    fitted: Sequence[FittedModel],
    trial_numbers: Sequence[int],
    *,
    model_dir: Path | None,
    weighting: Weighting = "fitted",
    weights: Sequence[float] | None = None,
) -> BuiltArtifact:
    """Score fitted members on ``data``'s validation rows, weight them (``weights`` as given,
    else fitted or equal) and serialise them into one artifact."""
    import numpy as np

    from app.modules.automl.ensemble_weights import fit_ensemble_weights

    val_probs = np.stack([m.predict_up(data.x_val) for m in fitted])
    reproduced: list[dict[str, float]] = []
    for model, probs in zip(fitted, val_probs, strict=True):
        scores = validation_scores(probs, data)
        scores["train_loss"] = float(model.train_loss or 0.0)
        reproduced.append(scores)
    if weights is not None:
        w = np.asarray(weights, dtype=np.float64)
    elif weighting == "fitted":
        w = fit_ensemble_weights(val_probs, data.y_val)
    else:
        w = np.full(len(fitted), 1.0 / len(fitted))
    ensemble_metrics = validation_scores(w @ val_probs, data)
    payload_members = [
        {
            "trial_number": int(number),
            "weight": float(weight),
            **serialise_member(model, model_dir),
        }
        for model, number, weight in zip(fitted, trial_numbers, w, strict=True)
    ]
    return BuiltArtifact(
        artifact=dump_payload(cfg, data.n_features, data.mean, data.std, payload_members),
        reproduced=reproduced,
        weights=[float(v) for v in w],
        families=[m.family for m in fitted],
        ensemble_metrics=ensemble_metrics,
    )


def serialise_member(model: FittedModel, model_dir: Path | None) -> dict[str, Any]:
    """A member as tensors and plain values (``torch.load(weights_only=True)`` reads it)."""
    from app.modules.automl.model_files import save_estimator

    out: dict[str, Any] = {"family": model.family, "params": model.params}
    if model.family == "mlp":
        out["state_dict"] = model.model.state_dict()
    elif model.family == "lightgbm":
        out["model_text"] = model.model.model_to_string()
    else:
        if model_dir is None:
            raise InvalidAutoMLInput(f"saving a {model.family} member needs a model directory")
        out["file"], out["sha256"] = save_estimator(model.model, model_dir)
    return out


def dump_payload(
    cfg: SignalModelTarget,
    n_features: int,
    mean: np.ndarray,
    std: np.ndarray,
    members: list[dict[str, Any]],
) -> bytes:
    import numpy as np
    import torch

    payload = {
        "format": ARTIFACT_FORMAT,
        "features": cfg.model_dump(mode="json"),
        "n_features": n_features,
        "mean": torch.from_numpy(np.ascontiguousarray(mean).copy()),
        "std": torch.from_numpy(np.ascontiguousarray(std).copy()),
        "members": members,
    }
    buffer = io.BytesIO()
    torch.save(payload, buffer)
    return buffer.getvalue()


@dataclass
class SignalEnsemble:
    """Loaded members of a signal-model deployment, ready to predict."""

    features: SignalModelTarget
    mean: np.ndarray
    std: np.ndarray
    models: list[FittedModel]
    trial_numbers: list[int]
    weights: list[float]

    @property
    def min_candles(self) -> int:
        return warmup_bars(self.features) + 1

    def member_probabilities(self, candles: OHLCV | Sequence[CandleLike]) -> np.ndarray:
        """(n_members, n_bars_with_features) P(next bar closes up)."""
        import numpy as np

        ohlcv = candles if isinstance(candles, OHLCV) else to_ohlcv(candles)
        x = latest_features(ohlcv, self.features, self.mean, self.std)
        return np.stack([m.predict_up(x) for m in self.models])

    def probabilities(self, candles: OHLCV | Sequence[CandleLike]) -> np.ndarray:
        """The weighted ensemble's P(up) per bar with complete features."""
        import numpy as np

        return np.asarray(self.weights) @ self.member_probabilities(candles)


def load_signal_ensemble(artifact: bytes) -> SignalEnsemble:
    import torch

    payload = torch.load(io.BytesIO(artifact), weights_only=True)
    if payload.get("format") not in (1, ARTIFACT_FORMAT):
        raise InvalidAutoMLInput(f"unknown signal-model artifact format {payload.get('format')!r}")
    n_features = int(payload["n_features"])
    members = payload["members"]
    models = [load_member(member, n_features) for member in members]
    weights = [float(m.get("weight", 1.0 / len(members))) for m in members]
    return SignalEnsemble(
        features=SignalModelTarget.model_validate(payload["features"]),
        mean=payload["mean"].numpy(),
        std=payload["std"].numpy(),
        models=models,
        trial_numbers=[int(m["trial_number"]) for m in members],
        weights=weights,
    )


def load_member(member: dict[str, Any], n_features: int) -> FittedModel:
    from app.modules.automl.model_files import load_estimator

    family: ModelFamily = member.get("family", "mlp")
    params = dict(member["params"])
    if family == "mlp":
        mlp = MLPParams.model_validate(params)
        model = model_from_state_dict(member["state_dict"], n_features, mlp)
        return FittedModel("mlp", mlp.model_dump(), model)
    if family == "lightgbm":
        import lightgbm as lgb

        return FittedModel(family, params, lgb.Booster(model_str=member["model_text"]))
    return FittedModel(family, params, load_estimator(member["file"], member["sha256"]))
