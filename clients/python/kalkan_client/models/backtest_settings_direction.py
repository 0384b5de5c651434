from typing import Literal

BacktestSettingsDirection = Literal["both", "long", "short"]

BACKTEST_SETTINGS_DIRECTION_VALUES: set[BacktestSettingsDirection] = {
    "both",
    "long",
    "short",
}


def check_backtest_settings_direction(value: str) -> BacktestSettingsDirection:
    if value in BACKTEST_SETTINGS_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_SETTINGS_DIRECTION_VALUES!r}")
