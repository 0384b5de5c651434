from typing import Literal

BacktestSignalInSide = Literal["BUY", "HOLD", "SELL"]

BACKTEST_SIGNAL_IN_SIDE_VALUES: set[BacktestSignalInSide] = {
    "BUY",
    "HOLD",
    "SELL",
}


def check_backtest_signal_in_side(value: str) -> BacktestSignalInSide:
    if value in BACKTEST_SIGNAL_IN_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_SIGNAL_IN_SIDE_VALUES!r}")
