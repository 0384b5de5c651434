"""The AutoML surface other modules may import: deployments and their predictions, as DTOs.

Pure functions work on a ``Deployment`` the caller already has; the DB-backed lookups
(``get_deployment``, ``list_deployments``) delegate to ``service`` (the module's persistence).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from app.modules.automl.deployments import (
    Deployment,
    DeploymentMember,
    DeploymentStatus,
    SignalEnsemble,
    load_signal_ensemble,
)
from app.modules.automl.errors import DeploymentNotReady, DeploymentRetired, InvalidAutoMLInput
from app.modules.automl.features import CandleLike

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

__all__ = [
    "Deployment",
    "DeploymentMember",
    "DeploymentStatus",
    "SignalPrediction",
    "ensemble_probability",
    "get_deployment",
    "list_deployments",
    "predict_signal",
    "strategy_param_sets",
]


class SignalPrediction(BaseModel):
    """Direction of the bar after ``ts`` as the deployment's (weighted ensemble) model sees it."""

    deployment: str
    ts: int = Field(description="open time (epoch ms) of the bar the features end at")
    time: datetime
    prob_up: float = Field(ge=0.0, le=1.0)
    direction: Literal["UP", "DOWN"]
    confidence: float = Field(ge=0.5, le=1.0, description="max(prob_up, 1 - prob_up)")
    actionable: bool = Field(description="confidence reaches the white-hat minimum")
    member_prob_up: list[float]


def ensemble_probability(
    member_probs: Sequence[Sequence[float]], weights: Sequence[float] | None = None
) -> list[float]:
    """Soft vote: the (weighted) mean of the members' P(up), bar by bar. ``weights`` (the
    deployment's, fitted on validation predictions) are normalised to sum to one."""
    if not member_probs:
        raise ValueError("an ensemble needs at least one member")
    n = len(member_probs[0])
    if any(len(p) != n for p in member_probs):
        raise ValueError("members must predict the same bars")
    w = list(weights) if weights is not None else [1.0] * len(member_probs)
    if len(w) != len(member_probs) or any(v < 0 for v in w) or sum(w) <= 0:
        raise ValueError("one non-negative weight per member, not all zero")
    total = sum(w)
    return [sum(wk * p[i] for wk, p in zip(w, member_probs, strict=True)) / total for i in range(n)]


def predict_signal(
    deployment: Deployment, candles: Sequence[CandleLike], *, last_n: int = 1
) -> list[SignalPrediction]:
    """Predict next-bar direction for the last ``last_n`` bars of ``candles`` (ascending).

    ``candles`` must cover the feature warm-up (``SignalEnsemble.min_candles`` bars). CPU-bound
    (torch): call it from a worker thread in async code.
    """
    from app.core.policy import min_confidence

    if deployment.target != "signal_model":
        raise InvalidAutoMLInput(f"deployment {deployment.name!r} is not a signal model")
    if deployment.status == "retired":
        raise DeploymentRetired(f"deployment {deployment.name!r} is retired")
    if deployment.status != "active" or deployment.artifact is None:
        raise DeploymentNotReady(f"deployment {deployment.name!r} is {deployment.status}")
    if last_n < 1:
        raise InvalidAutoMLInput("last_n must be >= 1")
    ensemble = _ensemble(deployment.artifact)
    if len(candles) < ensemble.min_candles:
        raise InvalidAutoMLInput(f"need at least {ensemble.min_candles} candles to predict")
    try:
        per_member = ensemble.member_probabilities(candles)[:, -last_n:]
    except ValueError as exc:  # unordered or non-positive candles
        raise InvalidAutoMLInput(str(exc)) from exc
    averaged = ensemble_probability(per_member.tolist(), ensemble.weights)
    threshold = min_confidence()
    out: list[SignalPrediction] = []
    for j, candle in enumerate(candles[-len(averaged) :]):
        p = float(averaged[j])
        confidence = max(p, 1.0 - p)
        out.append(
            SignalPrediction(
                deployment=deployment.name,
                ts=candle.ts,
                time=datetime.fromtimestamp(candle.ts / 1000, UTC),
                prob_up=p,
                direction="UP" if p > 0.5 else "DOWN",
                confidence=confidence,
                actionable=confidence >= threshold,
                member_prob_up=[float(v) for v in per_member[:, j]],
            )
        )
    return out


def strategy_param_sets(deployment: Deployment) -> list[dict[str, Any]]:
    """The parameter set of each member of a strategy deployment (one for a single trial)."""
    if deployment.target != "strategy":
        raise InvalidAutoMLInput(f"deployment {deployment.name!r} is not a strategy")
    return [dict(m.params) for m in deployment.members]


async def get_deployment(session: AsyncSession, owner_id: int, name: str) -> Deployment | None:
    """``owner_id``'s deployment called ``name`` (any status), or ``None``: names are per user.
    Backed by the module's table through ``service.get_deployment``."""
    from app.modules.automl import service

    return await service.get_deployment(session, owner_id, name)


async def list_deployments(
    session: AsyncSession, *, status: DeploymentStatus | None = "active"
) -> list[Deployment]:
    """Deployments, newest first; ``status=None`` lists all. Backed by
    ``service.list_deployments(session, status=...)``."""
    from app.modules.automl import service

    return await service.list_deployments(session, status=status)


# Loaded ensembles keyed by artifact hash: deserialising is cheap, but not per request.
_CACHE: OrderedDict[str, SignalEnsemble] = OrderedDict()
_CACHE_SIZE = 8
_CACHE_LOCK = threading.Lock()


def _ensemble(artifact: bytes) -> SignalEnsemble:
    key = hashlib.sha256(artifact).hexdigest()
    with _CACHE_LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    ensemble = load_signal_ensemble(artifact)
    with _CACHE_LOCK:
        _CACHE[key] = ensemble
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return ensemble
