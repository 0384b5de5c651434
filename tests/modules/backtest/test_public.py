"""The public surface end to end on real candles: results, charts, evaluate_params."""

from __future__ import annotations

import json
import math

import pytest

from app.modules.backtest.errors import DataError
from app.modules.backtest.public import (
    build_chart,
    chart_html,
    evaluate_params,
    list_strategies,
    run_backtest,
    warmup,
)
from app.modules.backtest.specs import BacktestResult, BacktestSpec


def _spec(strategy: str, **overrides) -> BacktestSpec:
    values = {
        "strategy": strategy,
        "symbols": ["BTC/USDT"],
        "stop_loss": {"type": "atr", "multiplier": 2.5},
        "take_profit": {"type": "risk_reward", "ratio": 2},
    } | overrides
    return BacktestSpec(**values)


@pytest.mark.parametrize("strategy", [s.name for s in list_strategies() if s.optimisable])
def test_every_strategy_runs_on_real_candles(strategy: str, btc_window) -> None:
    result = run_backtest(_spec(strategy, direction="both"), {"BTC/USDT": btc_window})
    assert result.bars == len(btc_window)
    assert result.metrics.trade_count > 0
    reasons = {t.exit_reason for t in result.trades}
    assert reasons <= {"signal", "stop_loss", "take_profit", "end_of_data"}
    for trade in result.trades:  # every position carried its stop
        assert (trade.stop_price < trade.entry_price) == (trade.direction == "long")
    # JSON round trip (no NaN/inf leaks into the response).
    again = BacktestResult.model_validate_json(result.model_dump_json())
    assert again.final_equity == result.final_equity


def test_stored_signals_strategy(btc_window) -> None:
    index = btc_window.index
    closes = btc_window["close"]
    signals = [
        {"timestamp": index[100], "side": "BUY", "stop_loss": float(closes.iloc[99]) * 0.9,
         "take_profit": float(closes.iloc[99]) * 1.05, "confidence": 0.9},
        {"timestamp": index[300], "side": "SELL", "confidence": 0.8},
        {"timestamp": index[310], "side": "BUY", "confidence": 0.4},
    ]  # fmt: skip
    spec = _spec("signals", signals=signals, take_profit=None)
    result = run_backtest(spec, {"BTC/USDT": btc_window})
    first = result.trades[0]
    assert first.entry_time == index[100]  # signal at 100:00 → bar 99 closed → fills at bar 100
    entry_open = float(btc_window["open"].iloc[100])
    assert first.stop_price == pytest.approx(float(closes.iloc[99]) * 0.9, rel=1e-12)
    assert first.take_profit_price == pytest.approx(float(closes.iloc[99]) * 1.05, rel=1e-12)
    assert first.entry_price == pytest.approx(entry_open * 1.0005)
    assert len(result.trades) == 1
    assert any("below confidence" in w for w in result.warnings)


def test_chart_json_and_html(btc_window) -> None:
    result = run_backtest(_spec("sma_cross"), {"BTC/USDT": btc_window})
    figure = build_chart(result)
    json.dumps(figure)  # plain JSON
    names = [trace.get("name") for trace in figure["data"]]
    assert names[0] == "BTC/USDT"  # the price panel first
    assert {"Strategy", "Buy & hold", "Entry", "Exit", "Drawdown", "Gross exposure"} <= set(names)
    price = figure["data"][0]
    assert price["y"][-1] == pytest.approx(float(btc_window["close"].iloc[-1]))
    entries = next(t for t in figure["data"] if t.get("name") == "Entry")
    assert len(entries["x"]) == len(result.trades)
    assert entries["y"] == pytest.approx([t.entry_price for t in result.trades])  # at the fills
    (table,) = [t for t in figure["data"] if t.get("type") == "table"]
    rows = dict(zip(table["cells"]["values"][0], table["cells"]["values"][1], strict=True))
    assert rows["Sharpe"] == f"{result.metrics.sharpe:.2f}"
    assert rows["Trades"] == str(result.metrics.trade_count)
    html = chart_html(result)
    assert "plotly.min.js" in html and len(html) < 1_000_000  # plotly.js not inlined
    assert html.lstrip().lower().startswith("<!doctype html>") and "plotly" in html.lower()


def test_evaluate_params_returns_metrics(btc_window) -> None:
    base = _spec("sma_cross")
    metrics = evaluate_params("ema_cross", {"fast": 8, "slow": 30}, btc_window, base)
    assert {"sharpe", "sortino", "calmar", "total_return", "max_drawdown", "trade_count"} <= set(
        metrics
    )
    assert all(isinstance(v, float) for v in metrics.values())
    direct = run_backtest(
        base.model_copy(update={"strategy": "ema_cross", "params": {"fast": 8, "slow": 30}}),
        {"BTC/USDT": btc_window},
    )
    assert metrics["sharpe"] == pytest.approx(direct.metrics.sharpe, rel=1e-12)
    assert math.isfinite(metrics["total_return"])


def test_missing_candles_are_a_data_error(btc_window) -> None:
    with pytest.raises(DataError, match="ETH/USDT"):
        run_backtest(_spec("sma_cross", symbols=["BTC/USDT", "ETH/USDT"]), {"BTC/USDT": btc_window})
    spec = _spec("sma_cross", start=btc_window.index[-1])
    with pytest.raises(DataError, match="only 1 bars"):
        run_backtest(spec, {"btc-usdt": btc_window})


def test_warmup_compiles_or_loads_the_kernels() -> None:
    assert warmup() is None
