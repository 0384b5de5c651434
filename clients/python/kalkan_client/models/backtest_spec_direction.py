from typing import Literal

BacktestSpecDirection = Literal["both", "long", "short"]

BACKTEST_SPEC_DIRECTION_VALUES: set[BacktestSpecDirection] = {
    "both",
    "long",
    "short",
}


def check_backtest_spec_direction(value: str) -> BacktestSpecDirection:
    if value in BACKTEST_SPEC_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_SPEC_DIRECTION_VALUES!r}")
