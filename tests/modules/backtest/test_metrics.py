"""Metrics against empyrical-reloaded (an independent implementation) on real BTC/USDT 1h bars."""

from __future__ import annotations

import empyrical as ep
import numpy as np
import pytest

from app.modules.backtest.metrics import (
    bar_returns,
    drawdown,
    max_drawdown_duration,
    performance,
    periods_per_year,
)
from app.modules.backtest.public import run_backtest
from app.modules.backtest.specs import BacktestSpec

HOURS_PER_YEAR = 365 * 24


def test_annualisation_is_365_days_of_bars() -> None:
    assert periods_per_year("1h") == HOURS_PER_YEAR
    assert periods_per_year("4h") == 365 * 6
    assert periods_per_year("1d") == 365
    assert periods_per_year("1w") == pytest.approx(365 / 7)


@pytest.fixture(scope="module")
def result(btc_window):
    spec = BacktestSpec(
        strategy="ema_cross",
        params={"fast": 12, "slow": 48},
        symbols=["BTC/USDT"],
        direction="both",
        stop_loss={"type": "atr", "multiplier": 3},
    )
    return run_backtest(spec, {"BTC/USDT": btc_window})


def _check_against_empyrical(equity: np.ndarray, capital: float, reported) -> None:
    returns = bar_returns(equity, capital)[:, 0]
    ann = HOURS_PER_YEAR
    assert reported.total_return == pytest.approx(ep.cum_returns_final(returns), rel=1e-9)
    assert reported.cagr == pytest.approx(ep.cagr(returns, annualization=ann), rel=1e-9)
    assert reported.annual_volatility == pytest.approx(
        ep.annual_volatility(returns, annualization=ann), rel=1e-9
    )
    assert reported.sharpe == pytest.approx(ep.sharpe_ratio(returns, annualization=ann), rel=1e-9)
    assert reported.sortino == pytest.approx(ep.sortino_ratio(returns, annualization=ann), rel=1e-9)
    assert reported.max_drawdown == pytest.approx(ep.max_drawdown(returns), rel=1e-9)
    assert reported.calmar == pytest.approx(ep.calmar_ratio(returns, annualization=ann), rel=1e-9)


def test_strategy_metrics_match_empyrical(result) -> None:
    assert result.metrics.trade_count > 30
    equity = np.asarray(result.equity_curve.equity)
    _check_against_empyrical(equity, result.initial_capital, result.metrics)


def test_benchmark_metrics_match_empyrical(result, btc_window) -> None:
    closes = btc_window["close"].to_numpy()
    benchmark = np.asarray(result.equity_curve.benchmark)
    # Buy & hold tracks the closes after paying one entry fee and slippage.
    np.testing.assert_allclose(benchmark / benchmark[0], closes / closes[0], rtol=1e-12)
    _check_against_empyrical(benchmark, result.initial_capital, result.benchmark)


def test_trade_statistics_from_the_trade_list(result) -> None:
    closed = [t for t in result.trades if t.status == "closed"]
    pnl = np.array([t.pnl for t in closed])
    returns = np.array([t.return_pct for t in closed])
    m = result.metrics
    assert m.closed_trades == len(closed)
    assert m.win_rate == pytest.approx((pnl > 0).mean())
    assert m.profit_factor == pytest.approx(pnl[pnl > 0].sum() / -pnl[pnl < 0].sum())
    assert m.expectancy == pytest.approx(pnl.mean())
    assert m.best_trade_pct == pytest.approx(returns.max())
    assert m.worst_trade_pct == pytest.approx(returns.min())
    assert m.total_fees == pytest.approx(sum(t.fees for t in result.trades))
    # Every PnL ends up in the equity curve.
    assert result.final_equity == pytest.approx(
        result.initial_capital + sum(t.pnl for t in result.trades), rel=1e-9
    )


def test_drawdown_and_its_duration_by_hand() -> None:
    equity = np.array([110.0, 99.0, 88.0, 105.0, 121.0, 120.0, 121.0])
    expected = [0.0, 99 / 110 - 1, 88 / 110 - 1, 105 / 110 - 1, 0.0, 120 / 121 - 1, 0.0]
    np.testing.assert_allclose(drawdown(equity, 100.0)[:, 0], expected, atol=1e-12)
    assert max_drawdown_duration(equity, 100.0)[0] == 3  # bars 1-3 below the 110 peak
    # A loss from the start counts: the initial capital is the first peak.
    assert drawdown(np.array([90.0, 95.0]), 100.0)[:, 0].tolist() == pytest.approx([-0.1, -0.05])
    stats = performance(np.array([90.0, 95.0]), 100.0, 365)
    assert stats["max_drawdown"][0] == pytest.approx(ep.max_drawdown(np.array([-0.1, 95 / 90 - 1])))
    assert stats["max_drawdown_duration_bars"][0] == 2
