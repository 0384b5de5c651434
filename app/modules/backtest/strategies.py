"""Built-in strategies: parameter schemas, validation and signal generation.

A strategy turns one symbol's prices into four boolean arrays of shape (bars, k) — long
entries/exits and short entries/exits — for k parameter sets at once, so an optimiser can run a
whole grid as one vectorised portfolio. Signals at bar t use bars ≤ t only; the engine decides
when they fill (next open or same close).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

from app.modules.backtest.errors import StrategyError, UnknownStrategyError
from app.modules.backtest.specs import BacktestSignalIn, ParamInfo, StrategyInfo

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from app.modules.backtest.indicators import IndicatorCache

ParamType = Literal["int", "float", "bool"]
Params = dict[str, Any]


@dataclass(frozen=True)
class ParamDef:
    name: str
    type: ParamType
    default: float | int | bool
    min: float | int | None
    max: float | int | None
    description: str

    def coerce(self, value: Any, strategy: str) -> float | int | bool:
        where = f"{strategy}.{self.name}"
        if self.type == "bool":
            if not isinstance(value, bool):
                raise StrategyError(
                    f"{where} must be true or false", strategy=strategy, param=self.name
                )
            return value
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
        ):
            raise StrategyError(
                f"{where} must be a finite number", strategy=strategy, param=self.name
            )
        if self.type == "int":
            if float(value) != int(value):
                raise StrategyError(
                    f"{where} must be an integer", strategy=strategy, param=self.name
                )
            value = int(value)
        else:
            value = float(value)
        if (self.min is not None and value < self.min) or (
            self.max is not None and value > self.max
        ):
            raise StrategyError(
                f"{where} = {value} is outside [{self.min}, {self.max}]",
                strategy=strategy,
                param=self.name,
            )
        return value

    def info(self) -> ParamInfo:
        return ParamInfo(
            name=self.name,
            type=self.type,
            default=self.default,
            min=self.min,
            max=self.max,
            description=self.description,
        )


@dataclass(frozen=True)
class Constraint:
    description: str
    params: tuple[str, ...]
    holds: Callable[[Params], bool]


@dataclass(frozen=True)
class Prices:
    """One symbol's bars as 1-D float arrays."""

    index: pd.DatetimeIndex
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    bar: timedelta


@dataclass
class SignalSet:
    """Boolean (bars, k) arrays; optional per-signal stop/target price levels (NaN = none)."""

    long_entries: np.ndarray
    long_exits: np.ndarray
    short_entries: np.ndarray
    short_exits: np.ndarray
    stop_price: np.ndarray | None = None
    target_price: np.ndarray | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SignalContext:
    """Extra inputs some strategies need (stored signals for ``signals``)."""

    symbol: str
    stored_signals: Sequence[BacktestSignalIn] = ()
    min_confidence: float = 0.65


Generator = Callable[[Prices, Sequence[Params], "IndicatorCache", SignalContext], SignalSet]


@dataclass(frozen=True)
class Strategy:
    name: str
    description: str
    params: tuple[ParamDef, ...]
    generate: Generator
    constraints: tuple[Constraint, ...] = ()
    optimisable: bool = True

    def param(self, name: str) -> ParamDef:
        for definition in self.params:
            if definition.name == name:
                return definition
        raise StrategyError(
            f"unknown parameter {name!r} for strategy {self.name!r}; "
            f"expected {', '.join(p.name for p in self.params) or 'none'}",
            strategy=self.name,
            param=name,
        )

    def validate(self, params: Mapping[str, Any] | None) -> Params:
        """Fill defaults, coerce types and check ranges and constraints."""
        params = dict(params or {})
        for name in params:
            self.param(name)
        values = {p.name: p.coerce(params.get(p.name, p.default), self.name) for p in self.params}
        for constraint in self.constraints:
            if not constraint.holds(values):
                shown = ", ".join(f"{n}={values[n]}" for n in constraint.params)
                raise StrategyError(
                    f"{self.name}: {constraint.description} is required (got {shown})",
                    strategy=self.name,
                    param=constraint.params[0],
                )
        return values

    def satisfies(self, values: Params) -> bool:
        return all(constraint.holds(values) for constraint in self.constraints)

    def info(self) -> StrategyInfo:
        return StrategyInfo(
            name=self.name,
            description=self.description,
            params=[p.info() for p in self.params],
            constraints=[c.description for c in self.constraints],
            optimisable=self.optimisable,
        )


# ---------------------------------------------------------------- generators


def _stack(
    cache: IndicatorCache, key: Callable[[Params], tuple], compute, param_sets
) -> np.ndarray:
    import numpy as np

    columns = [cache.get(key(p), partial(compute, p)) for p in param_sets]
    return np.column_stack(columns)


def _cross_signals(fast: np.ndarray, slow: np.ndarray) -> SignalSet:
    from app.modules.backtest.indicators import crossed_above, crossed_below

    up = crossed_above(fast, slow)
    down = crossed_below(fast, slow)
    return SignalSet(up, down, down.copy(), up.copy())


def _ma_cross(kind: Literal["sma", "ema"]) -> Generator:
    def generate(prices: Prices, param_sets, cache, context) -> SignalSet:
        from app.modules.backtest import indicators

        average = indicators.sma if kind == "sma" else indicators.ema
        close = prices.close

        def line(name: str) -> np.ndarray:
            return _stack(
                cache, lambda p: (kind, p[name]), lambda p: average(close, p[name]), param_sets
            )

        return _cross_signals(line("fast"), line("slow"))

    return generate


def _rsi_mean_reversion(prices: Prices, param_sets, cache, context) -> SignalSet:
    import numpy as np

    from app.modules.backtest.indicators import crossed_above, crossed_below, rsi

    close = prices.close
    values = _stack(
        cache, lambda p: ("rsi", p["period"]), lambda p: rsi(close, p["period"]), param_sets
    )
    lower = np.array([p["lower"] for p in param_sets], dtype=float)
    upper = np.array([p["upper"] for p in param_sets], dtype=float)
    middle = np.array([p["exit_level"] for p in param_sets], dtype=float)
    return SignalSet(
        long_entries=crossed_below(values, np.broadcast_to(lower, values.shape)),
        long_exits=crossed_above(values, np.broadcast_to(middle, values.shape)),
        short_entries=crossed_above(values, np.broadcast_to(upper, values.shape)),
        short_exits=crossed_below(values, np.broadcast_to(middle, values.shape)),
    )


def _bollinger_breakout(prices: Prices, param_sets, cache, context) -> SignalSet:
    import numpy as np

    from app.modules.backtest.indicators import crossed_above, crossed_below, rolling_std, sma

    close = prices.close
    mid = _stack(
        cache, lambda p: ("sma", p["window"]), lambda p: sma(close, p["window"]), param_sets
    )
    sd = _stack(
        cache, lambda p: ("std", p["window"]), lambda p: rolling_std(close, p["window"]), param_sets
    )
    width = np.array([p["k"] for p in param_sets], dtype=float) * sd
    price = np.broadcast_to(close[:, None], mid.shape)
    return SignalSet(
        long_entries=crossed_above(price, mid + width),
        long_exits=crossed_below(price, mid),
        short_entries=crossed_below(price, mid - width),
        short_exits=crossed_above(price, mid),
    )


def _macd(prices: Prices, param_sets, cache, context) -> SignalSet:
    from app.modules.backtest.indicators import ema

    close = prices.close

    def macd_line(p: Params) -> np.ndarray:
        return ema(close, p["fast"]) - ema(close, p["slow"])

    def signal_line(p: Params) -> np.ndarray:
        line = cache.get(("macd", p["fast"], p["slow"]), lambda: macd_line(p))
        return ema(line, p["signal"])

    line = _stack(cache, lambda p: ("macd", p["fast"], p["slow"]), macd_line, param_sets)
    signal = _stack(
        cache, lambda p: ("macd_signal", p["fast"], p["slow"], p["signal"]), signal_line, param_sets
    )
    return _cross_signals(line, signal)


def _donchian_breakout(prices: Prices, param_sets, cache, context) -> SignalSet:
    from app.modules.backtest.indicators import (
        crossed_above,
        crossed_below,
        rolling_max_prev,
        rolling_min_prev,
    )

    high, low, close = prices.high, prices.low, prices.close

    def channel(kind: str, name: str) -> np.ndarray:
        source, reducer = (high, rolling_max_prev) if kind == "max" else (low, rolling_min_prev)
        return _stack(
            cache,
            lambda p: ("donchian", kind, p[name]),
            lambda p: reducer(source, p[name]),
            param_sets,
        )

    import numpy as np

    upper_entry, lower_entry = channel("max", "entry_window"), channel("min", "entry_window")
    upper_exit, lower_exit = channel("max", "exit_window"), channel("min", "exit_window")
    price = np.broadcast_to(close[:, None], upper_entry.shape)
    return SignalSet(
        long_entries=crossed_above(price, upper_entry),
        long_exits=crossed_below(price, lower_exit),
        short_entries=crossed_below(price, lower_entry),
        short_exits=crossed_above(price, upper_exit),
    )


def _stored_signals(prices: Prices, param_sets, cache, context: SignalContext) -> SignalSet:
    """Replay stored BUY/SELL signals; a signal belongs to the first bar closing at or after it."""
    import numpy as np
    import pandas as pd

    n, k = len(prices.close), len(param_sets)
    long_entries = np.zeros((n, k), dtype=bool)
    short_entries = np.zeros((n, k), dtype=bool)
    stop_price = np.full((n, k), np.nan)
    target_price = np.full((n, k), np.nan)
    close_times = prices.index + pd.Timedelta(prices.bar)
    skipped_confidence = skipped_range = used = 0
    for signal in sorted(context.stored_signals, key=lambda s: s.timestamp):
        if signal.side == "HOLD" or (signal.symbol and signal.symbol != context.symbol):
            continue
        if signal.confidence is not None and signal.confidence < context.min_confidence:
            skipped_confidence += 1
            continue
        stamp = pd.Timestamp(signal.timestamp)
        if stamp < prices.index[0] or stamp > close_times[-1]:
            skipped_range += 1
            continue
        # The first bar closing at or after the signal: a signal issued inside a bar is only
        # known at that bar's close (mapping it to the previous bar would fill before it existed).
        bar = int(close_times.searchsorted(stamp, side="left"))
        buy = signal.side == "BUY"
        long_entries[bar] = buy
        short_entries[bar] = not buy
        stop_price[bar] = signal.stop_loss if signal.stop_loss is not None else np.nan
        target_price[bar] = signal.take_profit if signal.take_profit is not None else np.nan
        used += 1
    notes = [f"{context.symbol}: {used} stored signals replayed"]
    if skipped_confidence:
        notes.append(
            f"{context.symbol}: {skipped_confidence} signals below confidence "
            f"{context.min_confidence:g} ignored (not actionable)"
        )
    if skipped_range:
        notes.append(f"{context.symbol}: {skipped_range} signals outside the candle range ignored")
    # A BUY also closes a short and a SELL closes a long.
    return SignalSet(
        long_entries, short_entries.copy(), short_entries, long_entries.copy(), stop_price,
        target_price, notes,
    )  # fmt: skip


# ---------------------------------------------------------------- registry


def _p(name, type_, default, low, high, description) -> ParamDef:
    return ParamDef(name, type_, default, low, high, description)


def _fast_below_slow() -> Constraint:
    return Constraint("fast < slow", ("fast", "slow"), lambda v: v["fast"] < v["slow"])


STRATEGIES: dict[str, Strategy] = {
    s.name: s
    for s in (
        Strategy(
            "sma_cross",
            "Long when the fast simple moving average crosses above the slow one; "
            "exit (or short) when it crosses below.",
            (
                _p("fast", "int", 20, 2, 500, "Fast SMA window in bars"),
                _p("slow", "int", 50, 3, 2000, "Slow SMA window in bars"),
            ),
            _ma_cross("sma"),
            (_fast_below_slow(),),
        ),
        Strategy(
            "ema_cross",
            "Crossover of a fast and a slow exponential moving average.",
            (
                _p("fast", "int", 12, 2, 500, "Fast EMA span in bars"),
                _p("slow", "int", 26, 3, 2000, "Slow EMA span in bars"),
            ),
            _ma_cross("ema"),
            (_fast_below_slow(),),
        ),
        Strategy(
            "rsi_mean_reversion",
            "Buy when Wilder's RSI falls below `lower`, sell short above `upper`; "
            "positions close when RSI crosses back through `exit_level`.",
            (
                _p("period", "int", 14, 2, 200, "RSI period"),
                _p("lower", "float", 30.0, 1.0, 49.0, "Oversold level (long entry)"),
                _p("upper", "float", 70.0, 51.0, 99.0, "Overbought level (short entry)"),
                _p("exit_level", "float", 50.0, 2.0, 98.0, "Level at which positions close"),
            ),
            _rsi_mean_reversion,
            (
                Constraint(
                    "lower < exit_level < upper",
                    ("exit_level", "lower", "upper"),
                    lambda v: v["lower"] < v["exit_level"] < v["upper"],
                ),
            ),
        ),
        Strategy(
            "bollinger_breakout",
            "Long when the close breaks above the upper Bollinger band, short below the lower "
            "band; exit when the close crosses the middle band.",
            (
                _p("window", "int", 20, 5, 500, "Moving-average window in bars"),
                _p("k", "float", 2.0, 0.5, 5.0, "Band width in standard deviations"),
            ),
            _bollinger_breakout,
        ),
        Strategy(
            "macd",
            "MACD line (fast EMA − slow EMA) crossing its signal line.",
            (
                _p("fast", "int", 12, 2, 200, "Fast EMA span"),
                _p("slow", "int", 26, 3, 500, "Slow EMA span"),
                _p("signal", "int", 9, 2, 200, "Signal-line EMA span"),
            ),
            _macd,
            (_fast_below_slow(),),
        ),
        Strategy(
            "donchian_breakout",
            "Turtle-style breakout: long when the close exceeds the previous `entry_window` "
            "high, exit below the previous `exit_window` low (mirrored for shorts).",
            (
                _p("entry_window", "int", 20, 2, 1000, "Breakout channel length in bars"),
                _p("exit_window", "int", 10, 2, 1000, "Exit channel length in bars"),
            ),
            _donchian_breakout,
        ),
        Strategy(
            "signals",
            "Replays stored signals: BUY opens a long (and closes a short), SELL the opposite; "
            "HOLD and signals below the confidence floor are ignored. A signal's own stop_loss "
            "and take_profit prices override the spec's for that entry.",
            (),
            _stored_signals,
            optimisable=False,
        ),
    )
}


def get_strategy(name: str) -> Strategy:
    try:
        return STRATEGIES[name]
    except KeyError:
        raise UnknownStrategyError(
            f"unknown strategy {name!r}; available: {', '.join(STRATEGIES)}",
            strategy=name,
            param="strategy",
        ) from None


def list_strategies() -> list[StrategyInfo]:
    return [strategy.info() for strategy in STRATEGIES.values()]


def validate_params(name: str, params: Mapping[str, Any] | None) -> Params:
    return get_strategy(name).validate(params)
