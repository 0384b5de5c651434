from typing import Literal

BacktestWalkForwardRequestMode = Literal["anchored", "rolling"]

BACKTEST_WALK_FORWARD_REQUEST_MODE_VALUES: set[BacktestWalkForwardRequestMode] = {
    "anchored",
    "rolling",
}


def check_backtest_walk_forward_request_mode(value: str) -> BacktestWalkForwardRequestMode:
    if value in BACKTEST_WALK_FORWARD_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_WALK_FORWARD_REQUEST_MODE_VALUES!r}")
