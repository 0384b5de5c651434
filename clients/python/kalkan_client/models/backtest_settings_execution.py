from typing import Literal

BacktestSettingsExecution = Literal["close", "next_open"]

BACKTEST_SETTINGS_EXECUTION_VALUES: set[BacktestSettingsExecution] = {
    "close",
    "next_open",
}


def check_backtest_settings_execution(value: str) -> BacktestSettingsExecution:
    if value in BACKTEST_SETTINGS_EXECUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_SETTINGS_EXECUTION_VALUES!r}")
