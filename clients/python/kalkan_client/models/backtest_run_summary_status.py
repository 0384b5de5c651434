from typing import Literal

BacktestRunSummaryStatus = Literal["cancelled", "failed", "queued", "running", "succeeded"]

BACKTEST_RUN_SUMMARY_STATUS_VALUES: set[BacktestRunSummaryStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_backtest_run_summary_status(value: str) -> BacktestRunSummaryStatus:
    if value in BACKTEST_RUN_SUMMARY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_RUN_SUMMARY_STATUS_VALUES!r}")
