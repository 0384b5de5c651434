from typing import Literal

BacktestRunRequestDirection = Literal["both", "long", "short"]

BACKTEST_RUN_REQUEST_DIRECTION_VALUES: set[BacktestRunRequestDirection] = {
    "both",
    "long",
    "short",
}


def check_backtest_run_request_direction(value: str) -> BacktestRunRequestDirection:
    if value in BACKTEST_RUN_REQUEST_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_RUN_REQUEST_DIRECTION_VALUES!r}")
