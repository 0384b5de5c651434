"""Optimiser: the vectorised grid equals one-at-a-time backtests, both searches find the known
optimum, chunking does not change results, and the overfitting statistics match hand math."""

from __future__ import annotations

import math
from itertools import combinations

import numpy as np
import pytest
from scipy.stats import norm

from app.modules.backtest.errors import CancelledError, StrategyError
from app.modules.backtest.overfitting import (
    EULER_GAMMA,
    block_stats,
    deflated_sharpe,
    expected_max_sharpe,
    probabilistic_sharpe,
    probability_of_overfitting,
)
from app.modules.backtest.public import optimize, run_backtest
from app.modules.backtest.specs import BacktestSpec, OptimizeSpec

SPACE = {"fast": {"min": 5, "max": 20, "step": 5}, "slow": {"values": [30, 60, 90]}}


def _base(**overrides) -> BacktestSpec:
    values = {
        "strategy": "sma_cross",
        "symbols": ["BTC/USDT"],
        "stop_loss": {"type": "fixed_pct", "value": 0.04},
    } | overrides
    return BacktestSpec(**values)


@pytest.fixture(scope="module")
def brute_force(btc_window) -> dict[tuple[int, int], float]:
    """The planted optimum, found independently: one ordinary backtest per combination."""
    scores = {}
    for fast in (5, 10, 15, 20):
        for slow in (30, 60, 90):
            spec = _base(params={"fast": fast, "slow": slow})
            scores[(fast, slow)] = run_backtest(spec, {"BTC/USDT": btc_window}).metrics.sharpe
    return scores


def test_grid_equals_individual_backtests_and_finds_the_optimum(btc_window, brute_force) -> None:
    progress: list[float] = []
    spec = OptimizeSpec(base=_base(), param_space=SPACE, method="grid", chunk_size=5, top_n=12)
    result = optimize(spec, {"BTC/USDT": btc_window}, on_progress=progress.append)
    assert result.method == "grid" and result.n_evaluated == 12
    for row in result.ranked:
        key = (row.params["fast"], row.params["slow"])
        assert row.score == pytest.approx(brute_force[key], rel=1e-9)
    best = max(brute_force, key=brute_force.get)
    assert (result.best_params["fast"], result.best_params["slow"]) == best
    assert [r.score for r in result.ranked] == sorted(
        (r.score for r in result.ranked), reverse=True
    )
    assert progress == sorted(progress) and progress[-1] == 1.0 and len(progress) >= 3
    whole = optimize(spec.model_copy(update={"chunk_size": 100}), {"BTC/USDT": btc_window})
    assert [r.score for r in whole.ranked] == pytest.approx([r.score for r in result.ranked])


def test_optuna_finds_the_same_optimum(btc_window, brute_force) -> None:
    spec = OptimizeSpec(
        base=_base(),
        param_space={
            "fast": {"min": 5, "max": 20, "step": 5},
            "slow": {"min": 30, "max": 90, "step": 30},
        },
        method="optuna",
        n_trials=60,
        seed=3,
    )
    result = optimize(spec, {"BTC/USDT": btc_window})
    assert result.method == "optuna"
    best = max(brute_force, key=brute_force.get)
    assert (result.best_params["fast"], result.best_params["slow"]) == best
    assert result.best_score == pytest.approx(brute_force[best], rel=1e-9)


def test_constraints_drawdown_limit_and_cancellation(btc_window) -> None:
    space = {"fast": {"values": [10, 50]}, "slow": {"values": [30, 60]}}  # (50, 30) is invalid
    result = optimize(OptimizeSpec(base=_base(), param_space=space), {"BTC/USDT": btc_window})
    assert result.n_evaluated == 3
    strict = OptimizeSpec(base=_base(), param_space=space, max_drawdown=0.001)
    limited = optimize(strict, {"BTC/USDT": btc_window})
    assert limited.best_params is None and limited.n_feasible == 0
    assert not any(r.feasible for r in limited.ranked)
    with pytest.raises(CancelledError):
        optimize(OptimizeSpec(base=_base(), param_space=space), {"BTC/USDT": btc_window},
                 should_cancel=lambda: True)  # fmt: skip
    with pytest.raises(StrategyError) as excinfo:
        optimize(OptimizeSpec(base=_base(), param_space={"speed": {"values": [1]}}), {})
    assert excinfo.value.param == "speed"


def test_multi_symbol_grid_matches_individual_backtests(btc_1h, eth_1h) -> None:
    """Combos × symbols as grouped columns with shared cash, leverage via two-pass sizing."""
    start = btc_1h.index[25_000]
    frames = {
        "BTC/USDT": btc_1h.loc[start:].iloc[:1_500],
        "ETH/USDT": eth_1h.loc[start:].iloc[:1_500],
    }
    base = _base(symbols=["BTC/USDT", "ETH/USDT"], leverage=1.5, direction="both")
    space = {"fast": {"values": [8, 16]}, "slow": {"values": [48]}}
    result = optimize(OptimizeSpec(base=base, param_space=space, objective="total_return"), frames)
    for row in result.ranked:
        alone = run_backtest(base.model_copy(update={"params": row.params}), frames)
        assert row.metrics["total_return"] == pytest.approx(alone.metrics.total_return, rel=1e-9)
        assert row.metrics["trade_count"] == alone.metrics.trade_count


def test_expected_max_sharpe_by_hand_and_by_simulation() -> None:
    n, variance = 10, 0.04
    by_hand = math.sqrt(variance) * (
        (1 - EULER_GAMMA) * norm.ppf(1 - 1 / n) + EULER_GAMMA * norm.ppf(1 - 1 / (n * math.e))
    )
    assert expected_max_sharpe(variance, n) == pytest.approx(by_hand, rel=1e-12)
    # The closed form approximates E[max of N normals]: within 3% of a simulation here.
    draws = np.random.default_rng(0).normal(0, math.sqrt(variance), (200_000, n)).max(axis=1)
    assert expected_max_sharpe(variance, n) == pytest.approx(draws.mean(), rel=0.03)


def test_deflated_sharpe_for_a_tiny_case_by_hand() -> None:
    trial_sharpes = np.array([0.05, 0.10, 0.02, -0.03, 0.08])
    selected, n_obs, skew, kurtosis = 0.10, 250, -0.4, 5.0
    v = np.var(trial_sharpes, ddof=1)  # 0.00263
    assert v == pytest.approx(0.00263, rel=1e-12)
    e_max = math.sqrt(v) * (
        (1 - EULER_GAMMA) * norm.ppf(0.8) + EULER_GAMMA * norm.ppf(1 - 1 / (5 * math.e))
    )
    z = (
        (selected - e_max)
        * math.sqrt(n_obs - 1)
        / math.sqrt(1 - skew * selected + (kurtosis - 1) / 4 * selected**2)
    )
    dsr, benchmark = deflated_sharpe(selected, trial_sharpes, n_obs, skew, kurtosis)
    assert benchmark == pytest.approx(e_max, rel=1e-12)
    assert dsr == pytest.approx(norm.cdf(z), rel=1e-12)
    assert probabilistic_sharpe(0.1, 0.0, 250, 0.0, 3.0) == pytest.approx(
        norm.cdf(0.1 * math.sqrt(249) / math.sqrt(1 + 2 / 4 * 0.01)), rel=1e-12
    )


def test_probability_of_overfitting() -> None:
    rng = np.random.default_rng(11)
    noise = rng.normal(0, 0.01, (2_000, 20))
    pbo_noise = probability_of_overfitting(block_stats(noise, 10))
    assert 0.3 < pbo_noise < 0.7  # pure luck: the IS winner is a coin flip OOS
    skilled = noise.copy()
    skilled[:, 0] += 0.004  # one trial with a real, persistent edge
    assert probability_of_overfitting(block_stats(skilled, 10)) == 0.0
    # Tiny hand case: 4 blocks, 2 trials; trial 0 wins every block → never overfit.
    stats = block_stats(np.array([[0.02, 0.01], [0.01, 0.0], [0.03, 0.01], [0.02, 0.0]] * 2), 4)
    assert len(list(combinations(range(4), 2))) == 6
    assert probability_of_overfitting(stats) == 0.0


def test_report_flags_a_selection_from_many_lucky_trials(btc_window) -> None:
    spec = OptimizeSpec(base=_base(), param_space=SPACE, method="grid")
    report = optimize(spec, {"BTC/USDT": btc_window}).overfitting
    assert report.n_trials == 12
    assert report.deflated_sharpe is not None and 0.0 <= report.deflated_sharpe <= 1.0
    assert report.pbo is not None and 0.0 <= report.pbo <= 1.0
    assert report.expected_max_sharpe > 0
    assert report.warning == (report.deflated_sharpe < 0.95 or report.pbo > 0.5)


def test_grid_chunks_are_bounded_by_the_window_length(btc_window) -> None:
    """A job's memory is bounded: a long window gets fewer parameter sets per simulation."""
    from app.modules.backtest.data import build_market
    from app.modules.backtest.optimize import MAX_CHUNK_CELLS, chunk_columns

    market, _ = build_market({"BTC/USDT": btc_window}, ["BTC/USDT"])
    assert chunk_columns(200, market) == 200  # 2,000 bars: the requested size fits
    long_market = type(market)(
        market.index, market.symbols, *(a.repeat(20, axis=0) for a in (
            market.open, market.high, market.low, market.close))
    )  # fmt: skip
    chunk = chunk_columns(5_000, long_market)
    assert chunk * 2 * long_market.n_bars <= MAX_CHUNK_CELLS < (chunk + 1) * 2 * long_market.n_bars


def test_optimisation_over_20000_inline_bars_issue_18() -> None:
    """Regression (#18): a grid over 20,000 inline bars at 3× long/short failed with "the sized
    run diverged from the timing run" (losing sets decayed below vectorbt's size tolerance).
    Each grid row must equal the same parameters backtested alone."""
    import pandas as pd

    n = 20_000
    close = 100 + 10 * np.sin(np.arange(n) / 10)
    opens = np.r_[close[0], close[:-1]]
    index = pd.date_range("2020-01-01", periods=n, freq="h", tz="UTC")
    frame = pd.DataFrame(
        {"open": opens, "high": np.maximum(opens, close) * 1.002,
         "low": np.minimum(opens, close) * 0.998, "close": close, "volume": 1.0},
        index=index,
    )  # fmt: skip
    candles = [
        {"ts": ts.isoformat(), **{k: float(v) for k, v in row.items()}}
        for ts, row in frame.iterrows()
    ]
    base = _base(direction="both", leverage=3.0, stop_loss={"type": "fixed_pct", "value": 0.02})
    inline = base.model_copy(update={"candles": None})
    spec = OptimizeSpec(
        base=BacktestSpec(**(base.model_dump() | {"candles": {"BTC/USDT": candles}})),
        param_space={"fast": {"values": [5, 20]}, "slow": {"values": [30, 60]}},
        method="grid",
        top_n=4,
    )
    result = optimize(spec)
    assert result.n_evaluated == 4
    for row in result.ranked:
        alone = run_backtest(inline.model_copy(update={"params": row.params}), {"BTC/USDT": frame})
        assert row.metrics["total_return"] == pytest.approx(alone.metrics.total_return, rel=1e-9)
