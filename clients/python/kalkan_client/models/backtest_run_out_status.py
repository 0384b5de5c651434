from typing import Literal

BacktestRunOutStatus = Literal["cancelled", "failed", "queued", "running", "succeeded"]

BACKTEST_RUN_OUT_STATUS_VALUES: set[BacktestRunOutStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_backtest_run_out_status(value: str) -> BacktestRunOutStatus:
    if value in BACKTEST_RUN_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_RUN_OUT_STATUS_VALUES!r}")
