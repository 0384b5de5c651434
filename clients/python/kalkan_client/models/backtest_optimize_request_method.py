from typing import Literal

BacktestOptimizeRequestMethod = Literal["auto", "grid", "optuna"]

BACKTEST_OPTIMIZE_REQUEST_METHOD_VALUES: set[BacktestOptimizeRequestMethod] = {
    "auto",
    "grid",
    "optuna",
}


def check_backtest_optimize_request_method(value: str) -> BacktestOptimizeRequestMethod:
    if value in BACKTEST_OPTIMIZE_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_OPTIMIZE_REQUEST_METHOD_VALUES!r}")
