"""Monte Carlo bootstrap: reproducible with a seed, and exact in degenerate cases."""

from __future__ import annotations

import pytest

from app.modules.backtest.errors import BacktestError
from app.modules.backtest.public import monte_carlo, run_backtest
from app.modules.backtest.specs import BacktestResult, BacktestSpec, MonteCarloSpec


@pytest.fixture(scope="module")
def result(btc_window) -> BacktestResult:
    spec = BacktestSpec(
        strategy="sma_cross",
        params={"fast": 10, "slow": 40},
        symbols=["BTC/USDT"],
        stop_loss={"type": "fixed_pct", "value": 0.03},
    )
    return run_backtest(spec, {"BTC/USDT": btc_window})


@pytest.mark.parametrize("method", ["trades", "bars"])
def test_same_seed_same_paths(result: BacktestResult, method: str) -> None:
    spec = MonteCarloSpec(method=method, n_paths=300, seed=42, block_size=24)
    first, second = monte_carlo(result, spec), monte_carlo(result, spec)
    assert first.model_dump() == second.model_dump()
    other = monte_carlo(result, spec.model_copy(update={"seed": 43}))
    assert other.final_return != first.final_return
    assert 0.0 <= first.probability_of_ruin <= 1.0 and 0.0 <= first.probability_of_loss <= 1.0
    bands = first.bands
    assert len(first.band_steps) == len(bands["p50"])
    for low, high in zip(("p5", "p25", "p50", "p75"), ("p25", "p50", "p75", "p95"), strict=True):
        assert all(a <= b + 1e-9 for a, b in zip(bands[low], bands[high], strict=True))
    assert sum(first.final_return_histogram["counts"]) == spec.n_paths


def test_unseeded_runs_report_their_seed(result: BacktestResult) -> None:
    run = monte_carlo(result, MonteCarloSpec(n_paths=50))
    again = monte_carlo(result, MonteCarloSpec(n_paths=50, seed=run.seed))
    assert run.model_dump() == again.model_dump()


def test_one_block_as_long_as_the_history_replays_it(result: BacktestResult) -> None:
    """With block_size ≥ bars the only possible block is the original sequence."""
    run = monte_carlo(result, MonteCarloSpec(method="bars", n_paths=20, seed=1, block_size=1_000))
    assert run.steps == len(result.equity_curve.equity)
    full = monte_carlo(
        result, MonteCarloSpec(method="bars", n_paths=20, seed=1, block_size=run.steps)
    )
    assert full.final_return["std"] == pytest.approx(0.0, abs=1e-12)
    assert full.final_return["mean"] == pytest.approx(result.metrics.total_return, rel=1e-9)
    assert full.max_drawdown["mean"] == pytest.approx(result.metrics.max_drawdown, rel=1e-9)


def test_identical_trades_compound_deterministically(result: BacktestResult) -> None:
    trades = [
        t.model_copy(update={"equity_return": 0.01, "status": "closed"}) for t in result.trades
    ]
    constant = result.model_copy(update={"trades": trades})
    run = monte_carlo(constant, MonteCarloSpec(n_paths=30, seed=5, ruin_threshold=0.01))
    n = len(trades)
    assert run.final_return["p5"] == pytest.approx(1.01**n - 1, rel=1e-12)
    assert run.final_return["p95"] == pytest.approx(1.01**n - 1, rel=1e-12)
    assert run.probability_of_loss == 0.0 and run.probability_of_ruin == 0.0
    assert run.bands["p50"][-1] == pytest.approx(result.initial_capital * 1.01**n)


def test_too_few_trades(result: BacktestResult) -> None:
    with pytest.raises(BacktestError, match="at least 2 closed trades"):
        monte_carlo(result.model_copy(update={"trades": result.trades[:1]}), MonteCarloSpec())
