from typing import Literal

BacktestWalkForwardRequestMethod = Literal["auto", "grid", "optuna"]

BACKTEST_WALK_FORWARD_REQUEST_METHOD_VALUES: set[BacktestWalkForwardRequestMethod] = {
    "auto",
    "grid",
    "optuna",
}


def check_backtest_walk_forward_request_method(value: str) -> BacktestWalkForwardRequestMethod:
    if value in BACKTEST_WALK_FORWARD_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_WALK_FORWARD_REQUEST_METHOD_VALUES!r}")
