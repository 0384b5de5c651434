from typing import Literal

BacktestTradeDirection = Literal["long", "short"]

BACKTEST_TRADE_DIRECTION_VALUES: set[BacktestTradeDirection] = {
    "long",
    "short",
}


def check_backtest_trade_direction(value: str) -> BacktestTradeDirection:
    if value in BACKTEST_TRADE_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_TRADE_DIRECTION_VALUES!r}")
