"""The simple generators TimeGAN is compared with, on the same metrics.

- Stationary bootstrap (Politis & Romano, 1994): a path is glued from blocks of consecutive
  real feature rows; each block starts at a uniformly drawn row and its length is geometric
  with mean ``block`` (so the resampled series is stationary). Rows are whole feature vectors,
  so the cross-feature and cross-asset dependence inside a bar is kept; blocks stay inside one
  gap-free segment.
- GARCH(1,1) with Student-t innovations, fitted with ``arch`` (imported lazily) on the first
  asset's log returns (in percent, constant mean). Paths are simulated from the fitted
  parameters with our own seeded generator. GARCH models returns only: the high-low range is
  ``a + b·|r| + e`` (least squares on the real bars, residual ``e`` resampled) and the volume
  change is resampled from the real bars, so its candles are complete.
"""

from __future__ import annotations

import warnings
from dataclasses import asdict, dataclass

import numpy as np


def stationary_bootstrap(
    rows: np.ndarray,
    segment: np.ndarray,
    n_paths: int,
    length: int,
    block: float,
    rng: np.random.Generator,
) -> np.ndarray:
    """(n_paths, length, columns) resampled from ``rows`` (n, columns)."""
    n = len(rows)
    p = 1.0 / max(block, 1.0)
    # Next row of the same segment, or -1 when the segment ends there (the block restarts).
    nxt = np.arange(1, n + 1)
    nxt[-1] = -1
    ends = np.nonzero(segment[1:] != segment[:-1])[0]
    nxt[ends] = -1
    index = np.empty((n_paths, length), dtype="int64")
    current = rng.integers(0, n, size=n_paths)
    index[:, 0] = current
    for t in range(1, length):
        restart = rng.random(n_paths) < p
        following = nxt[current]
        restart |= following < 0
        current = np.where(restart, rng.integers(0, n, size=n_paths), following)
        index[:, t] = current
    return rows[index]


@dataclass(frozen=True)
class GarchT:
    """GARCH(1,1)-t in percent returns: r = mu + e, e = sigma·z, z ~ t(nu) with unit variance,
    sigma² = omega + alpha·e²_{t−1} + beta·sigma²_{t−1}; plus the range and volume models."""

    mu: float
    omega: float
    alpha: float
    beta: float
    nu: float
    range_a: float
    range_b: float
    columns: int
    loglikelihood: float
    converged: bool = True

    def as_dict(self) -> dict[str, float | bool]:
        return {k: v if isinstance(v, bool) else float(v) for k, v in asdict(self).items()}


def fit_garch_t(rows: np.ndarray) -> GarchT:
    """Fit on the first asset's features (rows: (n, columns), column 0 the log return)."""
    from arch import arch_model
    from arch.utility.exceptions import ConvergenceWarning

    r = rows[:, 0] * 100.0
    model = arch_model(r, mean="Constant", vol="GARCH", p=1, q=1, dist="t", rescale=False)
    with warnings.catch_warnings():  # reported as ``converged`` instead
        warnings.simplefilter("ignore", ConvergenceWarning)
        result = model.fit(disp="off")
    params = result.params
    design = np.column_stack([np.ones(len(rows)), np.abs(rows[:, 0])])
    (a, b), *_ = np.linalg.lstsq(design, rows[:, 1], rcond=None)
    return GarchT(
        mu=float(params["mu"]),
        omega=float(params["omega"]),
        alpha=float(params["alpha[1]"]),
        beta=float(params["beta[1]"]),
        nu=float(params["nu"]),
        range_a=float(a),
        range_b=float(b),
        columns=int(rows.shape[1]),
        loglikelihood=float(result.loglikelihood),
        converged=int(result.convergence_flag) == 0,
    )


def simulate_garch_t(
    model: GarchT,
    rows: np.ndarray,
    n_paths: int,
    length: int,
    rng: np.random.Generator,
    burn: int = 200,
) -> np.ndarray:
    """(n_paths, length, columns); ``rows`` are the real features the residuals come from."""
    persistence = model.alpha + model.beta
    var = model.omega / (1 - persistence) if persistence < 1 else model.omega / 1e-3
    sigma2 = np.full(n_paths, var)
    eps = np.zeros(n_paths)
    scale = np.sqrt((model.nu - 2) / model.nu) if model.nu > 2 else 1.0
    returns = np.empty((n_paths, length))
    for t in range(burn + length):
        sigma2 = model.omega + model.alpha * eps**2 + model.beta * sigma2
        eps = np.sqrt(sigma2) * rng.standard_t(model.nu, size=n_paths) * scale
        if t >= burn:
            returns[:, t - burn] = (model.mu + eps) / 100.0
    out = np.zeros((n_paths, length, model.columns))
    out[:, :, 0] = returns
    residuals = rows[:, 1] - (model.range_a + model.range_b * np.abs(rows[:, 0]))
    pick = rng.integers(0, len(rows), size=(n_paths, length))
    fitted = model.range_a + model.range_b * np.abs(returns)
    out[:, :, 1] = np.maximum(fitted + residuals[pick], 0.0)
    out[:, :, 2] = rows[rng.integers(0, len(rows), size=(n_paths, length)), 2]
    # Further assets (GARCH is univariate here): resampled whole bars.
    if model.columns > 3:
        out[:, :, 3:] = rows[rng.integers(0, len(rows), size=(n_paths, length)), 3:]
    return out
