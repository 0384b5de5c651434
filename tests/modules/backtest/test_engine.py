"""Hand-checkable backtests on a few constructed bars, plus accounting checks on real candles.

The constructed series: closes 10,10,10,11,12,13,12,11,10,10,10. SMA(2) crosses above SMA(3)
on bar 3 (10.5 > 10.33 after 10 ≤ 10) and below on bar 7 (11.5 < 12 after 12.5 > 12.33). With
next-open fills the long opens at bar 4's open (11.2) and closes at bar 8's open (10.8).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.modules.backtest.data import build_market
from app.modules.backtest.engine import simulate_strategy
from app.modules.backtest.public import run_backtest
from app.modules.backtest.specs import BacktestSpec

CLOSES = [10, 10, 10, 11, 12, 13, 12, 11, 10, 10, 10]
OPENS = [10, 10, 10, 10, 11.2, 12, 13, 12, 10.8, 10, 10]
FEE, SLIP, CAPITAL = 0.001, 0.0005, 1_000.0


def bars(opens=OPENS, closes=CLOSES, lows=None, highs=None) -> pd.DataFrame:
    opens, closes = np.asarray(opens, float), np.asarray(closes, float)
    highs = np.maximum(opens, closes) + 0.1 if highs is None else np.asarray(highs, float)
    lows = np.minimum(opens, closes) - 0.1 if lows is None else np.asarray(lows, float)
    index = pd.date_range("2024-01-01", periods=len(closes), freq="h", tz="UTC", name="time")
    return pd.DataFrame(
        {"open": opens, "high": highs, "low": lows, "close": closes, "volume": 1.0}, index=index
    )


def make_spec(**overrides) -> BacktestSpec:
    values = {
        "strategy": "sma_cross",
        "params": {"fast": 2, "slow": 3},
        "symbols": ["BTC/USDT"],
        "timeframe": "1h",
        "initial_capital": CAPITAL,
        "fees": FEE,
        "slippage": SLIP,
        "stop_loss": {"type": "fixed_pct", "value": 0.2},
    } | overrides
    return BacktestSpec(**values)


def test_sma_cross_trade_matches_hand_computation() -> None:
    frame = bars()
    result = run_backtest(make_spec(), {"BTC/USDT": frame})

    entry_fill = 11.2 * (1 + SLIP)  # bar 4 open, buying pays the slippage
    size = CAPITAL / (entry_fill * (1 + FEE))  # all cash, fee included
    entry_fee = size * entry_fill * FEE
    exit_fill = 10.8 * (1 - SLIP)  # bar 8 open, selling
    exit_fee = size * exit_fill * FEE
    pnl = size * (exit_fill - entry_fill) - entry_fee - exit_fee

    (trade,) = result.trades
    assert trade.direction == "long" and trade.status == "closed"
    assert trade.entry_time == frame.index[4] and trade.exit_time == frame.index[8]
    assert trade.entry_price == pytest.approx(entry_fill, rel=1e-12)
    assert trade.exit_price == pytest.approx(exit_fill, rel=1e-12)
    assert trade.size == pytest.approx(size, rel=1e-12)
    assert trade.fees == pytest.approx(entry_fee + exit_fee, rel=1e-12)
    assert trade.pnl == pytest.approx(pnl, rel=1e-12)
    assert trade.exit_reason == "signal" and trade.bars_held == 4
    assert trade.stop_price == pytest.approx(11.2 * 0.8)
    equity = result.equity_curve.equity
    assert equity[:4] == [CAPITAL] * 4
    assert equity[5] == pytest.approx(size * 13, rel=1e-12)  # fully invested, cash 0
    assert result.final_equity == pytest.approx(CAPITAL + pnl, rel=1e-12)
    assert result.metrics.total_return == pytest.approx(pnl / CAPITAL, rel=1e-10)
    assert result.metrics.trade_count == 1 and result.metrics.win_rate == 0.0
    assert result.metrics.exposure_time == pytest.approx(4 / 11)


def test_close_execution_fills_on_the_signal_bar() -> None:
    result = run_backtest(make_spec(execution="close"), {"BTC/USDT": bars()})
    (trade,) = result.trades
    size = CAPITAL / (11 * (1 + SLIP) * (1 + FEE))
    pnl = size * 11 * ((1 - SLIP) * (1 - FEE) - (1 + SLIP) * (1 + FEE))
    assert (trade.entry_time, trade.exit_time) == (bars().index[3], bars().index[7])
    assert trade.pnl == pytest.approx(pnl, rel=1e-10)


def test_inline_candles_give_the_same_result() -> None:
    frame = bars()
    candles = [
        {"ts": ts, **{k: float(row[k]) for k in ("open", "high", "low", "close", "volume")}}
        for ts, row in frame.iterrows()
    ]
    inline = run_backtest(make_spec(candles={"BTC/USDT": candles}))
    assert inline.final_equity == run_backtest(make_spec(), {"BTC/USDT": frame}).final_equity


def test_stop_loss_triggers_at_the_stop_price_on_the_right_bar() -> None:
    lows = np.minimum(OPENS, CLOSES) - 0.1
    lows[5] = 10.5  # bar 5 dips through the 5% stop at 11.2 × 0.95 = 10.64, then closes at 13
    frame = bars(lows=lows)
    result = run_backtest(
        make_spec(stop_loss={"type": "fixed_pct", "value": 0.05}), {"BTC/USDT": frame}
    )
    (trade,) = result.trades
    assert trade.exit_time == frame.index[5]
    assert trade.exit_reason == "stop_loss"
    assert trade.stop_price == pytest.approx(10.64)
    assert trade.exit_price == pytest.approx(10.64 * (1 - SLIP), rel=1e-12)  # stop-market


def test_gap_through_the_stop_fills_at_the_open() -> None:
    opens = list(OPENS)
    opens[5] = 10.0  # opens below the 10.64 stop
    frame = bars(opens=opens)
    result = run_backtest(
        make_spec(stop_loss={"type": "fixed_pct", "value": 0.05}), {"BTC/USDT": frame}
    )
    (trade,) = result.trades
    assert trade.exit_time == frame.index[5] and trade.exit_reason == "stop_loss"
    assert trade.exit_price == pytest.approx(10.0 * (1 - SLIP), rel=1e-12)


def test_take_profit_and_trailing_stop() -> None:
    frame = bars()
    result = run_backtest(
        make_spec(take_profit={"type": "fixed_pct", "value": 0.1}), {"BTC/USDT": frame}
    )
    (trade,) = result.trades
    assert trade.exit_reason == "take_profit" and trade.exit_time == frame.index[5]
    assert trade.exit_price == pytest.approx(11.2 * 1.1 * (1 - SLIP), rel=1e-12)
    assert trade.take_profit_price == pytest.approx(12.32)

    # Trailing 5%: bar 5's high 13.1 lifts the stop to 12.445 after bar 5 is checked; bar 6
    # (open 13, low 11.9) trades through it.
    trailing = run_backtest(
        make_spec(stop_loss={"type": "trailing", "value": 0.05}), {"BTC/USDT": frame}
    )
    (trade,) = trailing.trades
    assert trade.exit_reason == "trailing_stop" and trade.exit_time == frame.index[6]
    assert trade.exit_price == pytest.approx(13.1 * 0.95 * (1 - SLIP), rel=1e-12)


def test_atr_stop_uses_the_atr_known_before_the_fill() -> None:
    frame = bars()
    result = run_backtest(
        make_spec(stop_loss={"type": "atr", "multiplier": 2.0, "atr_period": 3}),
        {"BTC/USDT": frame},
    )
    high, low, close = (frame[c].to_numpy() for c in ("high", "low", "close"))
    true_range = [high[0] - low[0]] + [
        max(high[i] - low[i], abs(high[i] - close[i - 1]), abs(low[i] - close[i - 1]))
        for i in range(1, len(close))
    ]
    atr = true_range[0]
    for i in range(1, 4):  # Wilder smoothing up to bar 3, the signal bar
        atr += (true_range[i] - atr) / 3
    (trade,) = result.trades
    assert trade.stop_price == pytest.approx(11.2 - 2.0 * atr, rel=1e-12)


def test_short_side_and_open_trade_at_the_end() -> None:
    frame = bars()
    result = run_backtest(make_spec(direction="short"), {"BTC/USDT": frame})
    (trade,) = result.trades
    entry_fill = 10.8 * (1 - SLIP)  # selling short at bar 8's open
    # Sized with the price the sell actually gets: notional incl. the fee = equity (sizing with
    # the slipped buy price gave (1 - SLIP) / (1 + SLIP) ≈ 0.999 of it).
    amount = CAPITAL / (entry_fill * (1 + FEE))
    assert trade.direction == "short" and trade.status == "open"
    assert trade.exit_reason == "end_of_data" and trade.exit_time is None
    assert trade.size == pytest.approx(amount, rel=1e-12)
    assert trade.entry_price == pytest.approx(entry_fill, rel=1e-12)
    expected = amount * (entry_fill - 10.0) - amount * entry_fill * FEE
    assert trade.pnl == pytest.approx(expected, rel=1e-10)
    assert result.final_equity == pytest.approx(CAPITAL + expected, rel=1e-10)


def test_leverage_two_doubles_exposure_and_returns_without_costs() -> None:
    frame = bars()
    plain = run_backtest(make_spec(fees=0, slippage=0), {"BTC/USDT": frame})
    double = run_backtest(make_spec(fees=0, slippage=0, leverage=2), {"BTC/USDT": frame})
    (one,), (two,) = plain.trades, double.trades
    assert one.notional == pytest.approx(CAPITAL)
    assert two.notional == pytest.approx(2 * CAPITAL, rel=1e-12)
    assert two.pnl == pytest.approx(2 * one.pnl, rel=1e-12)
    assert double.metrics.total_return == pytest.approx(2 * plain.metrics.total_return, rel=1e-12)
    assert plain.metrics.total_return == pytest.approx(10.8 / 11.2 - 1, rel=1e-12)
    # Mark-to-market exposure on the entry bar: 2 × 1000/11.2 units at 12 over the equity then.
    units = 2 * CAPITAL / 11.2
    exposure = units * 12 / (CAPITAL + units * (12 - 11.2))
    assert double.equity_curve.gross_exposure[4] == pytest.approx(exposure, rel=1e-12)
    assert plain.equity_curve.gross_exposure[4] == pytest.approx(1.0)


def test_leverage_can_wipe_the_account_out() -> None:
    opens = list(OPENS)
    opens[5] = 7.0  # a 37.5% gap below the entry with 3× leverage
    lows = np.minimum(opens, CLOSES) - 0.1
    result = run_backtest(
        make_spec(leverage=3, fees=0, slippage=0), {"BTC/USDT": bars(opens, lows=lows)}
    )
    assert result.liquidated
    assert result.final_equity == 0.0 and result.equity_curve.equity[5] == 0.0
    assert any("equity reached zero" in w for w in result.warnings)


def test_risk_per_trade_sizes_from_the_stop_distance() -> None:
    lows = np.minimum(OPENS, CLOSES) - 0.1
    lows[5] = 10.5
    frame = bars(lows=lows)
    risk = make_spec(
        sizing={"method": "risk_per_trade", "risk": 0.01},
        stop_loss={"type": "fixed_pct", "value": 0.05},
        leverage=3,
    )
    (trade,) = run_backtest(risk, {"BTC/USDT": frame}).trades
    assert trade.size == pytest.approx(0.01 / 0.05 * CAPITAL / (11.2 * (1 + SLIP) * (1 + FEE)))
    assert -0.0115 < trade.equity_return < -0.01  # 1% at the stop, plus fees and slippage

    capped = run_backtest(
        make_spec(sizing={"method": "risk_per_trade", "risk": 0.1},
                  stop_loss={"type": "fixed_pct", "value": 0.02}),
        {"BTC/USDT": frame},
    )  # fmt: skip
    assert capped.trades[0].notional * (1 + FEE) == pytest.approx(CAPITAL)  # 5× wanted, 1× cap
    assert any("capped" in w for w in capped.warnings)


def test_one_pass_and_two_pass_sizing_agree_on_real_candles(btc_window) -> None:
    spec = make_spec(params={"fast": 10, "slow": 40}, stop_loss={"type": "atr", "multiplier": 2})
    market, _ = build_market({"BTC/USDT": btc_window}, ["BTC/USDT"])
    one, _ = simulate_strategy(market, spec, [spec.params])
    two, _ = simulate_strategy(market, spec, [spec.params], force_two_pass=True)
    assert len(one.trades) > 20
    np.testing.assert_allclose(one.equity, two.equity, rtol=1e-9)


def test_multi_symbol_leveraged_accounting_on_real_candles(btc_1h, eth_1h) -> None:
    start = btc_1h.index[20_000]
    frames = {
        "BTC/USDT": btc_1h.loc[start:].iloc[:2_000],
        "ETH/USDT": eth_1h.loc[start:].iloc[:2_000],
    }
    spec = make_spec(
        symbols=["BTC/USDT", "ETH/USDT"],
        params={"fast": 10, "slow": 40},
        direction="both",
        leverage=2,
        initial_capital=10_000,
        stop_loss={"type": "trailing", "multiplier": 3},
    )
    result = run_backtest(spec, frames)
    assert {t.symbol for t in result.trades} == {"BTC/USDT", "ETH/USDT"}
    assert {t.direction for t in result.trades} == {"long", "short"}
    # Every PnL lands in the shared account: final equity = capital + Σ trade PnL.
    total = sum(t.pnl for t in result.trades)
    assert result.final_equity == pytest.approx(10_000 + total, rel=1e-9)
    # Each entry is sized from the shared equity at the previous close, half of 2× per symbol:
    # amount × open × (1 ± slippage: the price the order gets) × (1 + fee) = equity.
    times = result.equity_curve.timestamps
    for trade in result.trades:
        before = result.equity_curve.equity[times.index(trade.entry_time) - 1]
        slip = SLIP if trade.direction == "long" else -SLIP
        fill = frames[trade.symbol].loc[trade.entry_time, "open"] * (1 + slip) * (1 + FEE)
        assert trade.size * fill == pytest.approx(2 * before / 2, rel=1e-9)


def test_short_exposure_equals_the_long_exposure_of_a_mirrored_trade() -> None:
    """Regression: both sides are sized so that fill notional plus the entry fee is the equity."""
    frame = bars()
    short = run_backtest(make_spec(direction="short", leverage=2), {"BTC/USDT": frame})
    (trade,) = short.trades
    assert trade.notional * (1 + FEE) == pytest.approx(2 * CAPITAL, rel=1e-12)
    assert trade.size == pytest.approx(2 * CAPITAL / (10.8 * (1 - SLIP) * (1 + FEE)), rel=1e-12)


# A long opens at bar 4's open (11.2); bar 4 itself trades down to 10.5, through the 5% stop at
# 10.64, and closes at 12. The stop must fire on the entry bar, not a bar later.
ENTRY_BAR_LOWS = [9.9, 9.9, 9.9, 9.9, 10.5, 11.9, 11.9, 10.9, 10.0, 9.9, 9.9]


def test_stop_loss_is_checked_on_the_entry_bar() -> None:
    frame = bars(lows=ENTRY_BAR_LOWS)
    spec = make_spec(stop_loss={"type": "fixed_pct", "value": 0.05})
    result = run_backtest(spec, {"BTC/USDT": frame})
    entry_fill = 11.2 * (1 + SLIP)
    size = CAPITAL / (entry_fill * (1 + FEE))
    stop = 11.2 * 0.95
    exit_fill = stop * (1 - SLIP)  # stop-market inside bar 4
    pnl = size * (exit_fill - entry_fill) - size * (entry_fill + exit_fill) * FEE
    (trade,) = result.trades
    assert trade.entry_time == frame.index[4] and trade.exit_time == frame.index[4]
    assert trade.exit_reason == "stop_loss" and trade.bars_held == 0
    assert trade.exit_price == pytest.approx(exit_fill, rel=1e-12)
    assert trade.pnl == pytest.approx(pnl, rel=1e-12)
    equity = result.equity_curve.equity
    assert equity[4] == pytest.approx(CAPITAL + pnl, rel=1e-12)  # flat again at bar 4's close
    assert result.final_equity == pytest.approx(CAPITAL + pnl, rel=1e-12)
    # the sized (two-pass) engine agrees with the single-run path
    two = run_backtest(spec.model_copy(update={"leverage": 2.0}), {"BTC/USDT": frame})
    assert two.trades[0].exit_time == frame.index[4]
    assert two.trades[0].pnl == pytest.approx(2 * pnl, rel=1e-9)


def test_short_stop_is_checked_on_the_entry_bar() -> None:
    highs = np.maximum(OPENS, CLOSES) + 0.1
    highs[8] = 11.5  # the short opened at bar 8's open (10.8) has its 5% stop at 11.34
    frame = bars(highs=highs)
    spec = make_spec(direction="short", stop_loss={"type": "fixed_pct", "value": 0.05})
    (trade,) = run_backtest(spec, {"BTC/USDT": frame}).trades
    assert trade.entry_time == frame.index[8] and trade.exit_time == frame.index[8]
    assert trade.exit_reason == "stop_loss"
    assert trade.exit_price == pytest.approx(10.8 * 1.05 * (1 + SLIP), rel=1e-12)


def _sine_bars(n: int) -> pd.DataFrame:
    close = 100 + 10 * np.sin(np.arange(n) / 10)
    opens = np.r_[close[0], close[:-1]]
    return bars(
        opens=opens, closes=close,
        highs=np.maximum(opens, close) * 1.002, lows=np.minimum(opens, close) * 0.998,
    )  # fmt: skip


def test_long_decaying_account_does_not_diverge_issue_18() -> None:
    """Regression (#18): over 20,000 bars a losing 3× long/short strategy decays the account to
    ~1e-14 of its capital; vectorbt read those sizes as zero and the sized run lost trades
    ("internal: the sized run diverged from the timing run"). Equity is homogeneous in the
    capital, so a 2**40 times larger account must show exactly the same curve scaled."""
    frame = _sine_bars(20_000)
    spec = make_spec(
        params={"fast": 20, "slow": 30}, direction="both", leverage=3.0,
        stop_loss={"type": "fixed_pct", "value": 0.02},
    )  # fmt: skip
    small = run_backtest(spec, {"BTC/USDT": frame})
    big = run_backtest(
        spec.model_copy(update={"initial_capital": CAPITAL * 2.0**40}), {"BTC/USDT": frame}
    )
    assert small.final_equity < CAPITAL * 1e-9  # the decay that used to break it
    assert len(small.trades) == len(big.trades) > 500
    assert [t.entry_time for t in small.trades] == [t.entry_time for t in big.trades]
    np.testing.assert_allclose(
        np.asarray(small.equity_curve.equity) * 2.0**40, big.equity_curve.equity, rtol=1e-9
    )
