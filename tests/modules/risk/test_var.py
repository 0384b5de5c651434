"""VaR/CVaR against closed forms, empyrical-reloaded and hand computations."""

from __future__ import annotations

from pathlib import Path

import empyrical
import numpy as np
import pytest
from scipy import stats

from app.modules.risk import var as v
from app.modules.risk.var_backtest import (
    christoffersen_independence,
    conditional_coverage,
    kupiec_pof,
)


@pytest.fixture(scope="module")
def btc_returns(shared_data: Path) -> np.ndarray:
    import pandas as pd

    frame = pd.read_csv(
        shared_data / "ohlcv/daily_usd/derived_daily_close_matrix_14coins_aligned.csv"
    )
    return frame["BTC"].pct_change().dropna().to_numpy()


@pytest.mark.parametrize("confidence", [0.9, 0.95, 0.99])
def test_historical_matches_empyrical(btc_returns: np.ndarray, confidence: float) -> None:
    result = v.historical(btc_returns, confidence)
    cutoff = 1 - confidence
    assert result.var == pytest.approx(-empyrical.value_at_risk(btc_returns, cutoff), rel=1e-12)
    assert result.cvar == pytest.approx(
        -empyrical.conditional_value_at_risk(btc_returns, cutoff), rel=1e-12
    )


def test_historical_small_sample_by_hand() -> None:
    r = np.array([0.02, -0.05, 0.01, -0.01, 0.03, -0.02, 0.0, 0.04, -0.03, 0.05])
    # sorted: -0.05 -0.03 -0.02 -0.01 0 ...; 10 % quantile at position 0.9: -0.05 + 0.9*0.02
    result = v.historical(r, 0.90)
    assert result.var == pytest.approx(0.032)
    assert result.cvar == pytest.approx(0.05)  # only -0.05 is at or below -0.032


def test_gaussian_closed_form(btc_returns: np.ndarray) -> None:
    mu, sigma = btc_returns.mean(), btc_returns.std(ddof=1)
    result = v.gaussian(btc_returns, 0.99, horizon=10)
    z = stats.norm.ppf(0.99)
    assert result.var == pytest.approx(z * sigma * np.sqrt(10) - 10 * mu, rel=1e-12)
    es = sigma * np.sqrt(10) * stats.norm.pdf(z) / 0.01 - 10 * mu
    assert result.cvar == pytest.approx(es, rel=1e-12)


def test_cornish_fisher_reduces_to_gaussian_for_symmetric_thin_tails() -> None:
    # symmetric sample with zero skew and (nearly) zero excess kurtosis: Gauss-Hermite nodes
    x = stats.norm.ppf((np.arange(1, 20001) - 0.5) / 20000) * 0.02
    cf = v.cornish_fisher(x, 0.95)
    g = v.gaussian(x, 0.95)
    assert abs(cf.details["skew"]) < 1e-9
    assert cf.var == pytest.approx(g.var, rel=2e-2)
    assert cf.cvar == pytest.approx(g.cvar, rel=2e-2)


def test_cornish_fisher_formula(btc_returns: np.ndarray) -> None:
    s = stats.skew(btc_returns, bias=False)
    k = stats.kurtosis(btc_returns, bias=False)
    z = stats.norm.ppf(0.05)
    zcf = z + (z**2 - 1) * s / 6 + (z**3 - 3 * z) * k / 24 - (2 * z**3 - 5 * z) * s**2 / 36
    expected = -(btc_returns.mean() + zcf * btc_returns.std(ddof=1))
    assert v.cornish_fisher(btc_returns, 0.95).var == pytest.approx(expected, rel=1e-10)


def test_ewma_matches_pandas_recursion(btc_returns: np.ndarray) -> None:
    import pandas as pd

    lam = 0.94
    seed = np.mean(btc_returns[:30] ** 2)
    series = pd.Series(np.concatenate([[seed], btc_returns**2]))
    sigma = np.sqrt(series.ewm(alpha=1 - lam, adjust=False).mean().iloc[-1])
    result = v.ewma(btc_returns, 0.99)
    assert result.var == pytest.approx(stats.norm.ppf(0.99) * sigma, rel=1e-10)


def test_filtered_historical_one_day_by_hand(btc_returns: np.ndarray) -> None:
    variance = v.ewma_variance(btc_returns)
    z = btc_returns / np.sqrt(variance[:-1])
    expected = -np.quantile(z, 0.05) * np.sqrt(variance[-1])
    assert v.filtered_historical(btc_returns, 0.95).var == pytest.approx(expected, rel=1e-12)


def test_monte_carlo_student_t_closed_form() -> None:
    rng = np.random.default_rng(1)
    returns = rng.normal(0.001, 0.03, 4000)
    mu, sigma = returns.mean(), returns.std(ddof=1)
    nu = 5.0
    result = v.monte_carlo(returns[:, None], np.ones(1), 0.99, paths=1_000_000, dof=nu)
    scale = sigma * np.sqrt((nu - 2) / nu)
    closed = -(mu + scale * stats.t.ppf(0.01, nu))
    assert result.var == pytest.approx(closed, rel=0.02)
    # ES of a Student-t: scale·(ν + t²)/(ν − 1)·f(t)/α − μ
    t = stats.t.ppf(0.01, nu)
    es = scale * (nu + t**2) / (nu - 1) * stats.t.pdf(t, nu) / 0.01 - mu
    assert result.cvar == pytest.approx(es, rel=0.03)


def test_monte_carlo_multivariate_portfolio_near_normal() -> None:
    rng = np.random.default_rng(2)
    cov = np.array([[0.0004, 0.0002, 0.0001], [0.0002, 0.0009, 0.0003], [0.0001, 0.0003, 0.0016]])
    x = rng.multivariate_normal([0.0005, 0.0002, 0.0], cov, size=5000)
    w = np.array([0.5, 0.3, 0.2])
    result = v.monte_carlo(x, w, 0.95, paths=400_000, dof=1000.0)
    port = x @ w
    expected, _ = v.gaussian_from_moments(port.mean(), port.std(ddof=1), 0.95)
    assert result.var == pytest.approx(expected, rel=0.02)


def test_multi_period_paths_compound() -> None:
    r = np.array([-0.1, 0.1])
    # two periods, equally likely paths: -19 %, -1 %, -1 %, +21 %; 10 % quantile ≈ -19 %+
    result = v.historical(r, 0.9, horizon=2, paths=200_000)
    assert result.var == pytest.approx(0.19, abs=0.01)
    assert result.cvar == pytest.approx(0.19, abs=1e-9)


def test_bad_input() -> None:
    with pytest.raises(v.VarInputError) as info:
        v.historical(np.array([0.01, np.nan, 0.02]), 0.95)
    assert info.value.field == "returns"
    with pytest.raises(v.VarInputError) as info:
        v.gaussian(np.array([0.01, 0.02]), 1.0)
    assert info.value.field == "confidence"
    with pytest.raises(v.VarInputError):
        v.monte_carlo(np.zeros((3, 5)), np.ones(5), 0.95)


def test_kupiec_by_hand() -> None:
    # T = 250, x = 8, p = 0.01: LR = -2 ln[(0.99^242 · 0.01^8) / ((242/250)^242 · (8/250)^8)]
    t, x, p = 250, 8, 0.01
    null = (t - x) * np.log(1 - p) + x * np.log(p)
    alt = (t - x) * np.log(1 - x / t) + x * np.log(x / t)
    result = kupiec_pof(x, t, 0.99)
    assert result.statistic == pytest.approx(-2 * (null - alt), rel=1e-12)
    # by hand: null = 242·ln 0.99 + 8·ln 0.01 = -39.27354, alt = 242·ln 0.968 + 8·ln 0.032
    # = -35.40677, LR = 7.7335
    assert result.statistic == pytest.approx(7.7335, abs=1e-3)
    assert result.p_value == pytest.approx(stats.chi2.sf(result.statistic, 1))
    assert kupiec_pof(0, 250, 0.99).statistic == pytest.approx(-2 * 250 * np.log(0.99))


def test_christoffersen_by_hand() -> None:
    hits = np.array([0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], dtype=bool)
    # transitions counted by hand: n00=10, n01=3, n10=3, n11=3
    n00, n01, n10, n11 = 10, 3, 3, 3
    pi0, pi1, pi = n01 / (n00 + n01), n11 / (n10 + n11), (n01 + n11) / 19
    null = (n00 + n10) * np.log(1 - pi) + (n01 + n11) * np.log(pi)
    alt = n00 * np.log(1 - pi0) + n01 * np.log(pi0) + n10 * np.log(1 - pi1) + n11 * np.log(pi1)
    ind = christoffersen_independence(hits)
    assert ind.statistic == pytest.approx(-2 * (null - alt), rel=1e-12)
    cc = conditional_coverage(kupiec_pof(int(hits.sum()), hits.size, 0.95), ind)
    assert cc.dof == 2
    assert cc.p_value == pytest.approx(stats.chi2.sf(cc.statistic, 2))
