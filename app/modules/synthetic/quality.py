"""Quality of synthetic windows against real ones, the same metrics for every generator.

Stylised facts of log returns (``stylized_facts``), pooled over windows, so real windows and
synthetic paths of the same length are compared like with like:

- moments of the pooled returns: mean, std, skewness and excess kurtosis (fat tails);
- ACF of returns at lags 1..K (≈ 0: no linear predictability), pooled over windows: the mean
  and variance are those of all windows together and the lagged products are summed inside
  each window (``pooled_acf``; for one window it is ``statsmodels.tsa.acf``). Pooling keeps
  the differences of volatility level between windows, which per-window ACFs would remove;
- ACF of |returns| (> 0 and slowly decaying: volatility clustering);
- leverage effect: corr(r_t, r²_{t+k}) over all pairs inside windows (< 0 for equities,
  often ≈ 0 or positive for crypto — reported, not assumed);
- gain/loss asymmetry: |q₀.₀₁| / q₀.₉₉ of the pooled returns (> 1: large losses exceed gains).

Scores (``compare``):

- ``ks``: two-sample Kolmogorov–Smirnov statistic of the pooled returns (0 = same);
- ``*_error``: mean absolute differences of the moments and ACF curves;
- ``discriminative``: a post-hoc classifier (logistic regression with quadratic terms on
  per-window statistics) told real from synthetic windows on a held-out 30 %;
  score = |accuracy − 0.5| (0 = indistinguishable, 0.5 = always told apart);
- ``predictive``: train on synthetic, test on real (TSTR): a ridge regression predicts each
  window's last bar from the bars before it; the mean absolute error on held-out real windows,
  per feature divided by the real feature's std, beside the same predictor trained on real
  windows (TRTR). ``predictive_ratio`` = TSTR / TRTR (1 = as useful as real data).
"""

from __future__ import annotations

from typing import Any

import numpy as np

MAX_LAG = 10
DISCRIMINATIVE_TEST_SHARE = 0.3
RIDGE = 1e-3


# ---------------------------------------------------------------- stylised facts


def acf_rows(x: np.ndarray, max_lag: int) -> np.ndarray:
    """ACF at lags 1..max_lag of each row of ``x`` (rows, length): (rows, max_lag)."""
    centred = x - x.mean(axis=1, keepdims=True)
    denom = (centred**2).sum(axis=1)
    denom = np.where(denom > 0, denom, np.nan)
    lags = min(max_lag, x.shape[1] - 1)
    out = np.full((x.shape[0], max_lag), np.nan)
    for k in range(1, lags + 1):
        out[:, k - 1] = (centred[:, :-k] * centred[:, k:]).sum(axis=1) / denom
    return out


def pooled_acf(x: np.ndarray, max_lag: int) -> np.ndarray:
    """ACF at lags 1..max_lag of the rows of ``x`` (rows, length) taken as pieces of one
    series: Σ_rows Σ_t (x_t − μ)(x_{t+k} − μ) / Σ (x − μ)², μ the mean of all values."""
    centred = x - x.mean()
    denom = float((centred**2).sum())
    out = np.full(max_lag, np.nan)
    if denom <= 0:
        return out
    for k in range(1, min(max_lag, x.shape[1] - 1) + 1):
        out[k - 1] = float((centred[:, :-k] * centred[:, k:]).sum()) / denom
    return out


def moments(x: np.ndarray) -> dict[str, float]:
    """Mean, std (ddof 0), skewness and excess kurtosis (biased, like scipy's defaults)."""
    x = np.asarray(x, dtype="float64").ravel()
    mean = float(x.mean())
    centred = x - mean
    m2 = float((centred**2).mean())
    if m2 <= 0:
        return {"mean": mean, "std": 0.0, "skewness": 0.0, "excess_kurtosis": 0.0}
    m3 = float((centred**3).mean())
    m4 = float((centred**4).mean())
    return {
        "mean": mean,
        "std": m2**0.5,
        "skewness": m3 / m2**1.5,
        "excess_kurtosis": m4 / m2**2 - 3.0,
    }


def leverage(x: np.ndarray, max_lag: int) -> np.ndarray:
    """corr(r_t, r²_{t+k}) for k = 1..max_lag over all pairs inside the rows of ``x``."""
    out = np.full(max_lag, np.nan)
    for k in range(1, min(max_lag, x.shape[1] - 1) + 1):
        a = x[:, :-k].ravel()
        b = (x[:, k:] ** 2).ravel()
        if a.std() > 0 and b.std() > 0:
            out[k - 1] = float(np.corrcoef(a, b)[0, 1])
    return out


def stylized_facts(returns: np.ndarray, max_lag: int = MAX_LAG) -> dict[str, Any]:
    """Facts of the log returns ``returns`` (windows, length)."""
    returns = np.asarray(returns, dtype="float64")
    pooled = returns.ravel()
    q01, q99 = np.quantile(pooled, [0.01, 0.99])
    return {
        **moments(pooled),
        "acf_returns": _list(pooled_acf(returns, max_lag)),
        "acf_abs_returns": _list(pooled_acf(np.abs(returns), max_lag)),
        "leverage": _list(leverage(returns, max_lag)),
        "gain_loss_asymmetry": float(abs(q01) / q99) if q99 > 0 else None,
    }


def ks_statistic(a: np.ndarray, b: np.ndarray) -> float:
    """sup |F_a − F_b| over the pooled sample (two-sample Kolmogorov–Smirnov)."""
    a = np.sort(np.asarray(a, dtype="float64").ravel())
    b = np.sort(np.asarray(b, dtype="float64").ravel())
    grid = np.concatenate([a, b])
    fa = np.searchsorted(a, grid, side="right") / len(a)
    fb = np.searchsorted(b, grid, side="right") / len(b)
    return float(np.max(np.abs(fa - fb)))


# ---------------------------------------------------------------- discriminative score


def window_statistics(windows: np.ndarray) -> np.ndarray:
    """Per-window statistics the post-hoc classifier sees: per feature its mean, std, log std,
    min, max and lag-1 ACF, plus the lag-1 ACF of |first feature| and its drawdown."""
    cols = []
    for c in range(windows.shape[2]):
        x = windows[:, :, c]
        std = x.std(axis=1)
        cols += [x.mean(axis=1), std, np.log(std + 1e-12), x.min(axis=1), x.max(axis=1)]
        cols.append(np.nan_to_num(acf_rows(x, 1)[:, 0]))
    r = windows[:, :, 0]
    cols.append(np.nan_to_num(acf_rows(np.abs(r), 1)[:, 0]))
    path = np.cumsum(r, axis=1)
    cols.append((np.maximum.accumulate(path, axis=1) - path).max(axis=1))
    return np.column_stack(cols)


def _logistic_fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; x includes the bias column."""
    w = np.zeros(x.shape[1])
    eye = np.eye(x.shape[1]) * l2
    eye[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + eye @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + eye + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def discriminative_score(real: np.ndarray, synthetic: np.ndarray, seed: int = 0) -> float:
    """|held-out accuracy − 0.5| of a classifier telling ``real`` from ``synthetic`` windows
    (balanced by subsampling the larger side)."""
    rng = np.random.default_rng(seed)
    n = min(len(real), len(synthetic))
    if n < 4:
        raise ValueError("the discriminative score needs at least 4 windows on each side")
    a = window_statistics(real[rng.choice(len(real), n, replace=False)])
    b = window_statistics(synthetic[rng.choice(len(synthetic), n, replace=False)])
    x = np.vstack([a, b])
    y = np.r_[np.ones(n), np.zeros(n)]
    order = rng.permutation(2 * n)
    x, y = x[order], y[order]
    n_test = max(2, round(2 * n * DISCRIMINATIVE_TEST_SHARE))
    train, test = slice(n_test, None), slice(0, n_test)
    mu, sd = x[train].mean(axis=0), x[train].std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    z = np.clip((x - mu) / sd, -10, 10)
    design = np.column_stack([np.ones(len(z)), z, z**2])
    w = _logistic_fit(design[train], y[train])
    accuracy = float(((design[test] @ w > 0).astype(float) == y[test]).mean())
    return abs(accuracy - 0.5)


# ---------------------------------------------------------------- predictive score


def _lagged(windows: np.ndarray, lags: int) -> tuple[np.ndarray, np.ndarray]:
    x = windows[:, -1 - lags : -1, :].reshape(len(windows), -1)
    return np.column_stack([np.ones(len(x)), x]), windows[:, -1, :]


def _ridge(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    penalty = RIDGE * len(x) * np.eye(x.shape[1])
    penalty[0, 0] = 0.0
    return np.linalg.solve(x.T @ x + penalty, x.T @ y)


def predictive_mae(train: np.ndarray, test: np.ndarray, lags: int = 5) -> float:
    """Mean absolute error on ``test`` of a ridge regression fitted on ``train`` predicting
    each window's last bar from the ``lags`` bars before it, per feature over the test std."""
    lags = max(1, min(lags, train.shape[1] - 1))
    x_train, y_train = _lagged(train, lags)
    x_test, y_test = _lagged(test, lags)
    coef = _ridge(x_train, y_train)
    scale = y_test.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    return float((np.abs(x_test @ coef - y_test) / scale).mean())


# ---------------------------------------------------------------- one generator vs real


def compare(
    real_train: np.ndarray, real_test: np.ndarray, synthetic: np.ndarray, seed: int = 0
) -> dict[str, Any]:
    """Facts of ``synthetic`` and its scores against the real windows (same length)."""
    real_r = real_train[:, :, 0]
    syn_r = synthetic[:, :, 0]
    real_facts = stylized_facts(real_r)
    facts = stylized_facts(syn_r)

    def curve_error(name: str) -> float:
        a = np.array(facts[name], dtype="float64")
        b = np.array(real_facts[name], dtype="float64")
        return float(np.nanmean(np.abs(a - b)))

    tstr = predictive_mae(synthetic, real_test)
    trtr = predictive_mae(real_train, real_test)
    return {
        "facts": facts,
        "ks": ks_statistic(real_r, syn_r),
        "std_ratio": facts["std"] / real_facts["std"] if real_facts["std"] else None,
        "kurtosis_error": abs(facts["excess_kurtosis"] - real_facts["excess_kurtosis"]),
        "acf_returns_error": curve_error("acf_returns"),
        "acf_abs_returns_error": curve_error("acf_abs_returns"),
        "leverage_error": curve_error("leverage"),
        "discriminative": discriminative_score(real_train, synthetic, seed),
        "predictive": tstr,
        "predictive_real": trtr,
        "predictive_ratio": tstr / trtr if trtr > 0 else None,
    }


LOWER_IS_BETTER = (
    "ks",
    "kurtosis_error",
    "acf_returns_error",
    "acf_abs_returns_error",
    "leverage_error",
    "discriminative",
    "predictive",
)


def report(
    real_train: np.ndarray,
    real_test: np.ndarray,
    generated: dict[str, np.ndarray],
    seed: int = 0,
) -> dict[str, Any]:
    """Every generator on the same metrics, the held-out real windows as the floor, and per
    metric which generator did best; ``verdict`` says in words whether TimeGAN beat the
    baselines."""
    rows = {name: compare(real_train, real_test, w, seed) for name, w in generated.items()}
    floor = compare(real_train, real_test, real_test, seed)
    best = {
        metric: min(rows, key=lambda name: _finite(rows[name][metric]))
        for metric in LOWER_IS_BETTER
    }
    verdict = _verdict(rows, best)
    return {
        "real": stylized_facts(real_train[:, :, 0]),
        "real_holdout": floor,
        "generators": rows,
        "best": best,
        "verdict": verdict,
        "windows": {"train": len(real_train), "test": len(real_test)},
        "length": int(real_train.shape[1]),
    }


def _verdict(rows: dict[str, dict[str, Any]], best: dict[str, str]) -> str:
    if "timegan" not in rows:
        return "no TimeGAN in this report"
    wins = [m for m, name in best.items() if name == "timegan"]
    others = [name for name in rows if name != "timegan"]
    if not wins:
        return (
            f"TimeGAN is best on none of the {len(best)} metrics: the baselines "
            f"({', '.join(others)}) are at least as good on every one"
        )
    losses = [m for m in best if m not in wins]
    text = f"TimeGAN is best on {len(wins)} of {len(best)} metrics ({', '.join(wins)})"
    if losses:
        text += "; it loses on " + ", ".join(f"{m} (to {best[m]})" for m in losses)
    return text


def _finite(value: Any) -> float:
    return float(value) if value is not None and np.isfinite(value) else float("inf")


def _list(values: np.ndarray) -> list[float | None]:
    return [float(v) if np.isfinite(v) else None for v in values]
