from typing import Literal

BacktestHistoryStatusType0 = Literal["cancelled", "failed", "queued", "running", "succeeded"]

BACKTEST_HISTORY_STATUS_TYPE_0_VALUES: set[BacktestHistoryStatusType0] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_backtest_history_status_type_0(value: str) -> BacktestHistoryStatusType0:
    if value in BACKTEST_HISTORY_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_HISTORY_STATUS_TYPE_0_VALUES!r}")
