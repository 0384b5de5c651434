from typing import Literal

BacktestWalkForwardRunOutStatus = Literal["cancelled", "failed", "queued", "running", "succeeded"]

BACKTEST_WALK_FORWARD_RUN_OUT_STATUS_VALUES: set[BacktestWalkForwardRunOutStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_backtest_walk_forward_run_out_status(value: str) -> BacktestWalkForwardRunOutStatus:
    if value in BACKTEST_WALK_FORWARD_RUN_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_WALK_FORWARD_RUN_OUT_STATUS_VALUES!r}")
