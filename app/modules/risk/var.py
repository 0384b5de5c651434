"""Value at risk and expected shortfall: one implementation for the whole platform.

Conventions (the API documents the same):
* inputs are simple per-period returns (0.01 = +1 %); multi-period returns compound;
* ``var`` and ``cvar`` are positive fractions of value lost: a one-period 95 % VaR of 0.031
  means a 3.1 % loss is exceeded with 5 % probability (negative when even the tail gains);
* historical VaR is minus the empirical ``1 − confidence`` quantile with linear interpolation
  between order statistics (numpy's default, as empyrical does); historical CVaR is minus the
  mean of the returns at or below that quantile;
* Gaussian VaR is ``z·σ − μ`` from the sample mean and standard deviation (ddof=1);
* horizons: ``√h`` scaling is used only where it is exact (Gaussian with i.i.d. returns, where
  μ scales with h and σ with √h; Cornish-Fisher through the cumulants of an i.i.d. sum);
  historical, filtered-historical and Monte Carlo VaR simulate h-period paths and compound.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

Method = Literal[
    "historical", "gaussian", "cornish_fisher", "ewma", "filtered_historical", "monte_carlo"
]
METHODS: tuple[str, ...] = Method.__args__  # type: ignore[attr-defined]
RISKMETRICS_LAMBDA = 0.94


class VarInputError(ValueError):
    """Returns or parameters that no VaR can be computed from; ``field`` names the culprit."""

    def __init__(self, message: str, field: str = "returns") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class VarResult:
    var: float
    cvar: float
    method: str
    confidence: float
    horizon: int
    observations: int
    details: dict[str, float]


def _clean(returns: np.ndarray, minimum: int = 2) -> np.ndarray:
    array = np.asarray(returns, dtype=float)
    if array.ndim != 1:
        raise VarInputError("returns must be one series")
    if not np.all(np.isfinite(array)):
        raise VarInputError("returns contain NaN or infinite values")
    if np.any(array <= -1.0):
        raise VarInputError("a simple return of -100 % or less is impossible")
    if array.size < minimum:
        raise VarInputError(f"at least {minimum} returns are needed, got {array.size}")
    return array


def _check(confidence: float, horizon: int) -> None:
    if not 0.0 < confidence < 1.0:
        raise VarInputError("confidence must be strictly between 0 and 1", "confidence")
    if horizon < 1:
        raise VarInputError("horizon must be at least 1 period", "horizon")


def tail_of(sample: np.ndarray, alpha: float) -> tuple[float, float]:
    """(VaR, CVaR) of an empirical sample: linear-interpolated quantile, mean at or below it."""
    quantile = float(np.quantile(sample, alpha))
    tail = sample[sample <= quantile]
    return -quantile, -float(tail.mean()) if tail.size else -quantile


def historical(
    returns: np.ndarray, confidence: float, horizon: int = 1, *, paths: int = 100_000, seed: int = 0
) -> VarResult:
    _check(confidence, horizon)
    r = _clean(returns)
    alpha = 1.0 - confidence
    if horizon == 1:
        var, cvar = tail_of(r, alpha)
        details = {}
    else:  # i.i.d. bootstrap of h-period paths: no √h, which assumes normality
        rng = np.random.default_rng(seed)
        growth = np.ones(paths)
        for _ in range(horizon):
            growth *= 1.0 + r[rng.integers(0, r.size, paths)]
        var, cvar = tail_of(growth - 1.0, alpha)
        details = {"paths": float(paths)}
    return VarResult(var, cvar, "historical", confidence, horizon, r.size, details)


def _normal_ppf(alpha: float) -> float:
    from scipy.stats import norm

    return float(norm.ppf(alpha))


def gaussian_from_moments(
    mu: float, sigma: float, confidence: float, horizon: int = 1
) -> tuple[float, float]:
    """Closed form for i.i.d. normal returns: VaR = z·σ√h − μh, CVaR = σ√h·φ(z)/α − μh."""
    from scipy.stats import norm

    alpha = 1.0 - confidence
    z = float(norm.ppf(confidence))
    mu_h, sigma_h = mu * horizon, sigma * np.sqrt(horizon)
    return z * sigma_h - mu_h, sigma_h * float(norm.pdf(z)) / alpha - mu_h


def gaussian(returns: np.ndarray, confidence: float, horizon: int = 1) -> VarResult:
    _check(confidence, horizon)
    r = _clean(returns)
    mu, sigma = float(r.mean()), float(r.std(ddof=1))
    var, cvar = gaussian_from_moments(mu, sigma, confidence, horizon)
    return VarResult(var, cvar, "gaussian", confidence, horizon, r.size, {"mean": mu, "std": sigma})


def cornish_fisher(returns: np.ndarray, confidence: float, horizon: int = 1) -> VarResult:
    """Modified VaR: the normal quantile corrected for sample skewness S and excess kurtosis K
    (z + (z²−1)S/6 + (z³−3z)K/24 − (2z³−5z)S²/36). Over h periods the cumulants of an i.i.d.
    sum scale as S/√h and K/h. CVaR integrates the expanded quantile over the tail."""
    from scipy import integrate
    from scipy.stats import kurtosis, norm, skew

    _check(confidence, horizon)
    r = _clean(returns, 4)
    mu, sigma = float(r.mean()) * horizon, float(r.std(ddof=1)) * np.sqrt(horizon)
    s = float(skew(r, bias=False)) / np.sqrt(horizon)
    k = float(kurtosis(r, fisher=True, bias=False)) / horizon
    alpha = 1.0 - confidence

    def quantile(p: float) -> float:
        z = norm.ppf(p)
        return float(
            z + (z**2 - 1) * s / 6 + (z**3 - 3 * z) * k / 24 - (2 * z**3 - 5 * z) * s**2 / 36
        )

    var = -(mu + sigma * quantile(alpha))
    tail_mean, _ = integrate.quad(quantile, 0.0, alpha, limit=200)
    cvar = -(mu + sigma * tail_mean / alpha)
    return VarResult(
        var,
        cvar,
        "cornish_fisher",
        confidence,
        horizon,
        r.size,
        {"mean": mu, "std": sigma, "skew": s, "excess_kurtosis": k},
    )


def ewma_variance(
    returns: np.ndarray, lam: float = RISKMETRICS_LAMBDA, seed_window: int = 30
) -> np.ndarray:
    """RiskMetrics variances: σ²₀ = mean square of the first ``seed_window`` returns, then
    σ²ₜ₊₁ = λσ²ₜ + (1−λ)rₜ². Element t is the forecast made before rₜ is seen; the last
    element (length n+1) is the forecast for the next period."""
    r = np.asarray(returns, dtype=float)
    out = np.empty(r.size + 1)
    out[0] = float(np.mean(r[: max(1, min(seed_window, r.size))] ** 2))
    for t in range(r.size):
        out[t + 1] = lam * out[t] + (1.0 - lam) * r[t] ** 2
    return out


def ewma(
    returns: np.ndarray, confidence: float, horizon: int = 1, lam: float = RISKMETRICS_LAMBDA
) -> VarResult:
    """Normal VaR with the EWMA volatility forecast and zero mean (RiskMetrics); √h is exact
    here because the forecast variance of an i.i.d. zero-mean sum adds up."""
    _check(confidence, horizon)
    if not 0.0 < lam < 1.0:
        raise VarInputError("ewma_lambda must be strictly between 0 and 1", "ewma_lambda")
    r = _clean(returns)
    sigma = float(np.sqrt(ewma_variance(r, lam)[-1]))
    var, cvar = gaussian_from_moments(0.0, sigma, confidence, horizon)
    return VarResult(
        var, cvar, "ewma", confidence, horizon, r.size, {"sigma_forecast": sigma, "lambda": lam}
    )


def filtered_historical(
    returns: np.ndarray,
    confidence: float,
    horizon: int = 1,
    *,
    lam: float = RISKMETRICS_LAMBDA,
    paths: int = 100_000,
    seed: int = 0,
) -> VarResult:
    """Filtered historical simulation (Barone-Adesi): returns devolatilised by their EWMA σ,
    rescaled by tomorrow's σ; over h periods each path resamples residuals and updates σ."""
    _check(confidence, horizon)
    if not 0.0 < lam < 1.0:
        raise VarInputError("ewma_lambda must be strictly between 0 and 1", "ewma_lambda")
    r = _clean(returns, 10)
    variance = ewma_variance(r, lam)
    residuals = r / np.sqrt(variance[:-1])
    alpha = 1.0 - confidence
    if horizon == 1:
        var_z, cvar_z = tail_of(residuals, alpha)
        sigma = float(np.sqrt(variance[-1]))
        var, cvar = var_z * sigma, cvar_z * sigma
    else:
        rng = np.random.default_rng(seed)
        var_path = np.full(paths, variance[-1])
        growth = np.ones(paths)
        for _ in range(horizon):
            step = residuals[rng.integers(0, residuals.size, paths)] * np.sqrt(var_path)
            step = np.maximum(step, -0.999999)
            growth *= 1.0 + step
            var_path = lam * var_path + (1.0 - lam) * step**2
        var, cvar = tail_of(growth - 1.0, alpha)
    return VarResult(
        var,
        cvar,
        "filtered_historical",
        confidence,
        horizon,
        r.size,
        {"sigma_forecast": float(np.sqrt(variance[-1])), "lambda": lam},
    )


def fit_student_dof(returns: np.ndarray) -> float:
    """Degrees of freedom from the mean per-asset excess kurtosis K of a Student-t
    (K = 6/(ν−4)), floored at 4.5 so variance and kurtosis exist; thin tails give ν = 100."""
    from scipy.stats import kurtosis

    x = np.asarray(returns, dtype=float).reshape(len(returns), -1)
    k = float(np.mean(kurtosis(x, axis=0, fisher=True, bias=False)))
    return max(4.5, 4.0 + 6.0 / k) if k > 0.0625 else 100.0


def _scale_root(scale: np.ndarray) -> np.ndarray:
    """L with L·Lᵀ = scale: Cholesky, or an eigen square root when only semi-definite."""
    try:
        return np.linalg.cholesky(scale)
    except np.linalg.LinAlgError:
        values, vectors = np.linalg.eigh(scale)
        return vectors * np.sqrt(np.clip(values, 0.0, None))


def simulate_student_t(
    mean: np.ndarray,
    cov: np.ndarray,
    dof: float,
    paths: int,
    rng: np.random.Generator,
    dtype: type = np.float64,
) -> np.ndarray:
    """``paths`` × assets draws of a multivariate Student-t with the given mean and covariance
    (the scale matrix is cov·(ν−2)/ν so the draws' covariance is ``cov``)."""
    n = mean.size
    chol = _scale_root(cov * (dof - 2.0) / dof)
    z = rng.standard_normal((paths, n), dtype=dtype) @ chol.T.astype(dtype)
    w = rng.chisquare(dof, paths).astype(dtype) / dtype(dof)
    z /= np.sqrt(w)[:, None]
    z += mean.astype(dtype)
    return z


def monte_carlo(
    asset_returns: np.ndarray,
    weights: np.ndarray,
    confidence: float,
    horizon: int = 1,
    *,
    paths: int = 100_000,
    dof: float | None = None,
    seed: int = 0,
    chunk: int = 250_000,
) -> VarResult:
    """Multivariate Student-t Monte Carlo of a weighted portfolio of assets (columns of
    ``asset_returns``): mean and covariance from the sample, ν from the pooled kurtosis unless
    given; each path compounds every asset over ``horizon`` periods. Vectorised in chunks."""
    _check(confidence, horizon)
    x = np.asarray(asset_returns, dtype=float)
    if x.ndim == 1:
        x = x[:, None]
    w = np.asarray(weights, dtype=float).ravel()
    if w.size != x.shape[1]:
        raise VarInputError("one weight per asset is needed", "weights")
    if not np.all(np.isfinite(x)):
        raise VarInputError("returns contain NaN or infinite values")
    if x.shape[0] < max(3, x.shape[1] + 1):
        raise VarInputError(
            f"{x.shape[0]} observations cannot estimate a {x.shape[1]}-asset covariance"
        )
    if paths < 100:
        raise VarInputError("at least 100 paths are needed", "paths")
    nu = fit_student_dof(x) if dof is None else float(dof)
    if nu <= 2.0:
        raise VarInputError("Student-t degrees of freedom must exceed 2", "dof")
    mean, cov = x.mean(axis=0), np.atleast_2d(np.cov(x, rowvar=False))
    rng = np.random.default_rng(seed)
    pnl = np.empty(paths)
    # One period: the portfolio return is w·x, so each path needs z·(Lᵀw) rather than the full
    # z·Lᵀ matrix product; float32 normals halve the cost of the dominant draw.
    factor = (_scale_root(cov * (nu - 2.0) / nu).T @ w).astype(np.float32)
    for start in range(0, paths, chunk):
        size = min(chunk, paths - start)
        if horizon == 1:
            z = rng.standard_normal((size, w.size), dtype=np.float32) @ factor
            shock = np.sqrt(rng.chisquare(nu, size) / nu)
            pnl[start : start + size] = z / shock + float(mean @ w)
        else:
            growth = np.ones((size, w.size))
            for _ in range(horizon):
                growth *= 1.0 + np.maximum(simulate_student_t(mean, cov, nu, size, rng), -1.0)
            pnl[start : start + size] = (growth - 1.0) @ w
    var, cvar = tail_of(pnl, 1.0 - confidence)
    return VarResult(
        var,
        cvar,
        "monte_carlo",
        confidence,
        horizon,
        x.shape[0],
        {"paths": float(paths), "dof": nu},
    )


def compute(
    returns: np.ndarray,
    method: str,
    confidence: float,
    horizon: int = 1,
    *,
    paths: int = 100_000,
    seed: int = 0,
    lam: float = RISKMETRICS_LAMBDA,
    dof: float | None = None,
) -> VarResult:
    """VaR/CVaR of one return series by ``method``."""
    if method == "historical":
        return historical(returns, confidence, horizon, paths=paths, seed=seed)
    if method == "gaussian":
        return gaussian(returns, confidence, horizon)
    if method == "cornish_fisher":
        return cornish_fisher(returns, confidence, horizon)
    if method == "ewma":
        return ewma(returns, confidence, horizon, lam)
    if method == "filtered_historical":
        return filtered_historical(returns, confidence, horizon, lam=lam, paths=paths, seed=seed)
    if method == "monte_carlo":
        r = _clean(returns, 3)
        return monte_carlo(
            r[:, None], np.ones(1), confidence, horizon, paths=paths, dof=dof, seed=seed
        )
    raise VarInputError(f"unknown method {method!r}; one of {', '.join(METHODS)}", "method")
