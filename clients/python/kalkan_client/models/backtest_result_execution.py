from typing import Literal

BacktestResultExecution = Literal["close", "next_open"]

BACKTEST_RESULT_EXECUTION_VALUES: set[BacktestResultExecution] = {
    "close",
    "next_open",
}


def check_backtest_result_execution(value: str) -> BacktestResultExecution:
    if value in BACKTEST_RESULT_EXECUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_RESULT_EXECUTION_VALUES!r}")
