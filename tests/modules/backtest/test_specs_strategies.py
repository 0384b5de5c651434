"""Spec validation (white-hat rules), the strategy registry and parameter validation."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError

from app.core.errors import PolicyViolation
from app.modules.backtest.indicators import IndicatorCache
from app.modules.backtest.public import (
    StrategyError,
    UnknownStrategyError,
    check_spec_policy,
    list_strategies,
    run_backtest,
)
from app.modules.backtest.specs import BacktestSignalIn, BacktestSpec
from app.modules.backtest.strategies import STRATEGIES, Prices, SignalContext, get_strategy

STOP = {"type": "fixed_pct", "value": 0.02}


def spec(**overrides) -> BacktestSpec:
    values = {"strategy": "sma_cross", "symbols": ["btc-usdt"], "stop_loss": STOP} | overrides
    return BacktestSpec(**values)


def test_leverage_above_three_is_rejected_naming_the_rule() -> None:
    check_spec_policy(spec(leverage=3))
    with pytest.raises(PolicyViolation) as excinfo:
        check_spec_policy(spec(leverage=4), "body.base")
    problem = excinfo.value
    assert problem.extra["rule"] == "max-leverage" and "3x cap" in problem.detail
    assert [e.field for e in problem.errors] == ["body.base.leverage"]
    with pytest.raises(PolicyViolation):  # the pipeline checks it too, for callers of public
        run_backtest(spec(leverage=4), {"BTC/USDT": None})


@pytest.mark.parametrize("stop", [None, "missing"])
def test_missing_stop_loss_is_rejected_naming_the_rule(stop: object) -> None:
    values = {"strategy": "sma_cross", "symbols": ["BTC/USDT"]}
    if stop is None:
        values["stop_loss"] = None
    with pytest.raises(PolicyViolation) as excinfo:
        check_spec_policy(BacktestSpec(**values))
    problem = excinfo.value
    assert problem.extra["rule"] == "stop-loss-required" and "stop-loss required" in problem.detail
    assert [e.field for e in problem.errors] == ["body.stop_loss"]


def test_spec_normalises_and_checks_inputs() -> None:
    assert spec().symbols == ["BTC/USDT"]
    with pytest.raises(ValidationError, match="exactly one of value"):
        spec(stop_loss={"type": "trailing"})
    with pytest.raises(ValidationError, match="timeframe"):
        spec(timeframe="7m")
    with pytest.raises(ValidationError, match="start must be before end"):
        spec(start=datetime(2021, 1, 2, tzinfo=UTC), end=datetime(2021, 1, 1, tzinfo=UTC))
    with pytest.raises(ValidationError, match="inline candles missing"):
        spec(candles={"ETH/USDT": []})
    with pytest.raises(ValidationError, match="signals"):
        spec(strategy="signals")
    with pytest.raises(ValidationError):
        spec(fees=0.5)
    with pytest.raises(ValidationError):
        spec(sizing={"method": "risk_per_trade"})  # risk missing


def test_registry_exposes_parameter_schemas() -> None:
    infos = {info.name: info for info in list_strategies()}
    assert set(infos) == {
        "sma_cross",
        "ema_cross",
        "rsi_mean_reversion",
        "bollinger_breakout",
        "macd",
        "donchian_breakout",
        "signals",
    }
    for name, info in infos.items():
        for param in info.params:
            assert param.min <= param.default <= param.max, (name, param.name)
            assert param.description
        get_strategy(name).validate({})  # defaults satisfy every constraint
    assert infos["sma_cross"].constraints == ["fast < slow"]
    assert not infos["signals"].optimisable


@pytest.mark.parametrize(
    ("strategy", "params", "param", "text"),
    [
        ("sma_cross", {"fastt": 3}, "fastt", "unknown parameter 'fastt'"),
        ("sma_cross", {"fast": 1}, "fast", "outside"),
        ("sma_cross", {"fast": 2.5}, "fast", "integer"),
        ("sma_cross", {"fast": "10"}, "fast", "number"),
        ("sma_cross", {"fast": 60, "slow": 50}, "fast", "fast < slow"),
        ("rsi_mean_reversion", {"lower": 45, "exit_level": 40}, "exit_level", "lower < exit_level"),
        ("bollinger_breakout", {"k": float("nan")}, "k", "finite"),
    ],
)
def test_bad_params_raise_value_errors_naming_the_parameter(
    strategy: str, params: dict, param: str, text: str
) -> None:
    with pytest.raises(StrategyError) as excinfo:
        get_strategy(strategy).validate(params)
    assert isinstance(excinfo.value, ValueError)
    assert excinfo.value.param == param
    assert text in str(excinfo.value)


def test_unknown_strategy() -> None:
    with pytest.raises(UnknownStrategyError, match="unknown strategy 'nope'"):
        get_strategy("nope")


def _prices(frame) -> Prices:
    from datetime import timedelta

    return Prices(
        frame.index,
        frame["open"].to_numpy(),
        frame["high"].to_numpy(),
        frame["low"].to_numpy(),
        frame["close"].to_numpy(),
        timedelta(hours=1),
    )


@pytest.mark.parametrize("name", [n for n in STRATEGIES if n != "signals"])
def test_signals_never_use_future_bars(name: str, btc_window) -> None:
    """Signals on a prefix equal the full run's signals on that prefix; the rest is garbage."""
    strategy = get_strategy(name)
    params = [strategy.validate({})]
    full = strategy.generate(_prices(btc_window), params, IndicatorCache(), SignalContext("X"))
    cut = 1_200
    damaged = btc_window.copy()
    damaged.iloc[cut:] = damaged.iloc[cut:] * np.random.default_rng(1).uniform(0.5, 2.0, (800, 1))
    again = strategy.generate(_prices(damaged), params, IndicatorCache(), SignalContext("X"))
    for field in ("long_entries", "long_exits", "short_entries", "short_exits"):
        np.testing.assert_array_equal(getattr(full, field)[:cut], getattr(again, field)[:cut])
        assert getattr(full, field)[:cut].any(), f"{name}.{field} never fires"


def test_vectorised_param_sets_match_one_at_a_time(btc_window) -> None:
    strategy = get_strategy("macd")
    sets = [strategy.validate(p) for p in ({}, {"fast": 5, "slow": 35, "signal": 5})]
    together = strategy.generate(_prices(btc_window), sets, IndicatorCache(), SignalContext("X"))
    for k, params in enumerate(sets):
        alone = strategy.generate(
            _prices(btc_window), [params], IndicatorCache(), SignalContext("X")
        )
        np.testing.assert_array_equal(together.long_entries[:, k], alone.long_entries[:, 0])


def test_stored_signals_map_to_the_first_bar_closing_at_or_after_them(btc_window) -> None:
    index = btc_window.index
    signals = [
        BacktestSignalIn(timestamp=index[10] + (index[1] - index[0]), side="buy", stop_loss=1.0),
        BacktestSignalIn(timestamp=index[20] + (index[1] - index[0]) * 1.5, side="SELL"),
        BacktestSignalIn(timestamp=index[30], side="BUY", confidence=0.5),  # below the 0.65 floor
        BacktestSignalIn(timestamp=index[40], side="HOLD"),
        BacktestSignalIn(timestamp=index[50], side="BUY", symbol="ETH/USDT"),
    ]
    context = SignalContext("BTC/USDT", signals, 0.65)
    out = get_strategy("signals").generate(_prices(btc_window), [{}], IndicatorCache(), context)
    assert np.flatnonzero(out.long_entries[:, 0]).tolist() == [10]
    assert np.flatnonzero(out.short_exits[:, 0]).tolist() == [10]
    # Issued half-way through bar 21: known at bar 21's close, not at bar 20's (no look-ahead).
    assert np.flatnonzero(out.short_entries[:, 0]).tolist() == [21]
    assert np.flatnonzero(out.long_exits[:, 0]).tolist() == [21]
    assert out.stop_price[10, 0] == 1.0
    assert any("below confidence" in note for note in out.notes)


def test_importing_the_public_surface_stays_light() -> None:
    code = (
        "import sys, app.modules.backtest.public as p; p.list_strategies();"
        "print(sorted(m for m in ('vectorbt', 'numba', 'pandas', 'plotly', 'optuna') "
        "if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "[]"
