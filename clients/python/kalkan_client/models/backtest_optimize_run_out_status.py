from typing import Literal

BacktestOptimizeRunOutStatus = Literal["cancelled", "failed", "queued", "running", "succeeded"]

BACKTEST_OPTIMIZE_RUN_OUT_STATUS_VALUES: set[BacktestOptimizeRunOutStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_backtest_optimize_run_out_status(value: str) -> BacktestOptimizeRunOutStatus:
    if value in BACKTEST_OPTIMIZE_RUN_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_OPTIMIZE_RUN_OUT_STATUS_VALUES!r}")
