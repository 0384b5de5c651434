"""Promoting trials to named deployments, and turning a signal-model deployment into predictions.

A deployment is one trial or an ensemble of several (e.g. the top k). For ``strategy`` it is the
parameter sets. For ``signal_model`` it also carries an artifact: the members' trained weights.

Why weights and not "retrain on demand": at promotion time every member is retrained with the
trial's hyperparameters and the study's seed on the study's own candle window (checked by
fingerprint). Training is deterministic, so this reproduces the exact model the trial scored
(its validation metrics are recomputed and stored beside the trial's). The resulting
``state_dict``s are serialised with ``torch.save`` into one blob, loaded back with
``torch.load(weights_only=True)`` (tensors and plain containers only, never pickled code). So
predictions need neither the training data nor a retrain, survive candle retention, and nothing
is ever downloaded.

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
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from app.modules.automl.errors import DataMismatch, InvalidAutoMLInput
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
from app.modules.automl.signal_model import (
    EpochStats,
    MLPParams,
    model_from_state_dict,
    predict_proba,
    train_mlp,
)
from app.modules.automl.specs import SignalModelTarget, StudySpec, Target
from app.modules.automl.studies import get_trials, load_spec, top_trials

if TYPE_CHECKING:
    import numpy as np
    from optuna.storages import BaseStorage

ARTIFACT_FORMAT = 1
DEPLOYMENT_NAME_PATTERN = r"^[a-z0-9][a-z0-9_.-]{0,63}$"
DeploymentStatus = Literal["training", "active", "failed", "retired"]


class DeploymentMember(BaseModel):
    trial_number: int
    params: dict[str, Any]
    values: list[float]
    metrics: dict[str, float] = Field(default_factory=dict)
    reproduced_metrics: dict[str, float] | None = Field(
        None, description="signal_model: validation metrics of the retrained deployed weights"
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
    return train(load_spec(storage, study_id), planned, candles)


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
            trial_number=t.number, params=t.params, values=t.values or [], metrics=t.metrics
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
    on_progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Deployment:
    """Retrain a planned signal-model deployment's members: ``active``, with weights and each
    member's reproduced metrics. Raises ``TrainingCancelled`` when ``should_cancel()``."""
    artifact, reproduced = build_signal_artifact(
        spec, deployment.members, candles, on_progress=on_progress, should_cancel=should_cancel
    )
    members = [
        member.model_copy(update={"reproduced_metrics": metrics})
        for member, metrics in zip(deployment.members, reproduced, strict=True)
    ]
    return deployment.model_copy(
        update={"members": members, "artifact": artifact, "status": "active", "error": None}
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


def build_signal_artifact(
    spec: StudySpec,
    members: Sequence[DeploymentMember],
    candles: OHLCV | Sequence[CandleLike],
    *,
    on_progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> tuple[bytes, list[dict[str, float]]]:
    """Retrain each member deterministically; return the weights blob and reproduced metrics.

    ``on_progress`` gets the fraction of all members' epochs done; ``should_cancel`` is polled
    after every epoch (the callback doesn't touch the RNGs, so results stay bit-identical).
    """
    import torch

    data = check_candles(spec, candles)
    params_of = [MLPParams.model_validate(m.params) for m in members]
    total_epochs = sum(p.epochs for p in params_of)
    done = 0

    def after_epoch(_: EpochStats) -> None:
        nonlocal done
        done += 1
        if on_progress is not None:
            on_progress(done / total_epochs)
        if should_cancel is not None and should_cancel():
            raise TrainingCancelled

    payload_members: list[dict[str, Any]] = []
    reproduced: list[dict[str, float]] = []
    for member, params in zip(members, params_of, strict=True):
        trained = train_mlp(data, params, seed=spec.seed, on_epoch=after_epoch)
        reproduced.append(trained.final.metrics())
        payload_members.append(
            {
                "trial_number": member.trial_number,
                "params": params.model_dump(mode="json"),
                "state_dict": trained.model.state_dict(),
            }
        )
    payload = {
        "format": ARTIFACT_FORMAT,
        "features": spec.signal_model.model_dump(mode="json"),  # type: ignore[union-attr]
        "n_features": data.n_features,
        "mean": torch.from_numpy(data.mean.copy()),
        "std": torch.from_numpy(data.std.copy()),
        "members": payload_members,
    }
    buffer = io.BytesIO()
    torch.save(payload, buffer)
    return buffer.getvalue(), reproduced


@dataclass
class SignalEnsemble:
    """Loaded members of a signal-model deployment, ready to predict."""

    features: SignalModelTarget
    mean: np.ndarray
    std: np.ndarray
    models: list[Any]  # torch modules in eval mode
    trial_numbers: list[int]

    @property
    def min_candles(self) -> int:
        return warmup_bars(self.features) + 1

    def member_probabilities(self, candles: OHLCV | Sequence[CandleLike]) -> np.ndarray:
        """(n_members, n_bars_with_features) P(next bar closes up)."""
        import numpy as np

        ohlcv = candles if isinstance(candles, OHLCV) else to_ohlcv(candles)
        x = latest_features(ohlcv, self.features, self.mean, self.std)
        return np.stack([predict_proba(m, x) for m in self.models])


def load_signal_ensemble(artifact: bytes) -> SignalEnsemble:
    import torch

    payload = torch.load(io.BytesIO(artifact), weights_only=True)
    if payload.get("format") != ARTIFACT_FORMAT:
        raise InvalidAutoMLInput(f"unknown signal-model artifact format {payload.get('format')!r}")
    n_features = int(payload["n_features"])
    models = []
    for member in payload["members"]:
        params = MLPParams.model_validate(member["params"])
        models.append(model_from_state_dict(member["state_dict"], n_features, params))
    return SignalEnsemble(
        features=SignalModelTarget.model_validate(payload["features"]),
        mean=payload["mean"].numpy(),
        std=payload["std"].numpy(),
        models=models,
        trial_numbers=[int(m["trial_number"]) for m in payload["members"]],
    )
