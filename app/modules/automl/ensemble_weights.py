"""Ensemble weights fitted on validation predictions (never on the training rows).

The ensemble predicts ``p = sum_k w_k p_k`` with ``w`` on the simplex (``w_k >= 0``,
``sum w = 1``); ``w`` minimises the log loss of ``p`` on the validation labels (SLSQP from
equal weights). A convex combination of probabilities is itself a probability, so members of
different families mix without calibration. Scores of an ensemble on the rows its weights were
fitted on are optimistic; the members' own scores are not affected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

EPS = 1e-7


def ensemble_log_loss(weights: np.ndarray, member_probs: np.ndarray, labels: np.ndarray) -> float:
    import numpy as np

    p = np.clip(weights @ member_probs, EPS, 1 - EPS)
    y = labels.astype(np.float64)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def fit_ensemble_weights(member_probs: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Simplex weights of the ``(k, n)`` member probabilities minimising validation log loss."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, minimize

    k = member_probs.shape[0]
    if k == 1:
        return np.ones(1)
    start = np.full(k, 1.0 / k, dtype=np.float64)

    def loss(w: np.ndarray) -> float:
        return ensemble_log_loss(w, member_probs, labels)

    result = minimize(
        loss,
        start,
        method="SLSQP",
        bounds=Bounds(np.zeros(k), np.ones(k)),
        constraints=LinearConstraint(np.ones((1, k)), 1.0, 1.0),
        tol=1e-12,
    )
    weights = np.clip(np.asarray(result.x, dtype=np.float64), 0.0, None)
    total = float(weights.sum())
    if not np.isfinite(total) or total <= 0:
        return start
    weights = weights / total
    # Never worse than the equal-weight soft vote it started from.
    if ensemble_log_loss(weights, member_probs, labels) > ensemble_log_loss(
        start, member_probs, labels
    ):
        return start
    return weights
