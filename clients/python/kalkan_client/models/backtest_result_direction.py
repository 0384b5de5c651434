from typing import Literal

BacktestResultDirection = Literal["both", "long", "short"]

BACKTEST_RESULT_DIRECTION_VALUES: set[BacktestResultDirection] = {
    "both",
    "long",
    "short",
}


def check_backtest_result_direction(value: str) -> BacktestResultDirection:
    if value in BACKTEST_RESULT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_RESULT_DIRECTION_VALUES!r}")
