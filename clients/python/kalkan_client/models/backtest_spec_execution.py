from typing import Literal

BacktestSpecExecution = Literal["close", "next_open"]

BACKTEST_SPEC_EXECUTION_VALUES: set[BacktestSpecExecution] = {
    "close",
    "next_open",
}


def check_backtest_spec_execution(value: str) -> BacktestSpecExecution:
    if value in BACKTEST_SPEC_EXECUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_SPEC_EXECUTION_VALUES!r}")
