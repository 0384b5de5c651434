from typing import Literal

BacktestRunRequestExecution = Literal["close", "next_open"]

BACKTEST_RUN_REQUEST_EXECUTION_VALUES: set[BacktestRunRequestExecution] = {
    "close",
    "next_open",
}


def check_backtest_run_request_execution(value: str) -> BacktestRunRequestExecution:
    if value in BACKTEST_RUN_REQUEST_EXECUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_RUN_REQUEST_EXECUTION_VALUES!r}")
