from typing import Literal

AutoMLBacktestSettingsDirection = Literal["both", "long", "short"]

AUTO_ML_BACKTEST_SETTINGS_DIRECTION_VALUES: set[AutoMLBacktestSettingsDirection] = {
    "both",
    "long",
    "short",
}


def check_auto_ml_backtest_settings_direction(value: str) -> AutoMLBacktestSettingsDirection:
    if value in AUTO_ML_BACKTEST_SETTINGS_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_BACKTEST_SETTINGS_DIRECTION_VALUES!r}")
