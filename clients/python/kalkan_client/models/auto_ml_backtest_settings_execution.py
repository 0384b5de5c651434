from typing import Literal

AutoMLBacktestSettingsExecution = Literal["close", "next_open"]

AUTO_ML_BACKTEST_SETTINGS_EXECUTION_VALUES: set[AutoMLBacktestSettingsExecution] = {
    "close",
    "next_open",
}


def check_auto_ml_backtest_settings_execution(value: str) -> AutoMLBacktestSettingsExecution:
    if value in AUTO_ML_BACKTEST_SETTINGS_EXECUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_BACKTEST_SETTINGS_EXECUTION_VALUES!r}")
