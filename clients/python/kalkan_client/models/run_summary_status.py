from typing import Literal

RunSummaryStatus = Literal["cancelled", "failed", "queued", "running", "succeeded"]

RUN_SUMMARY_STATUS_VALUES: set[RunSummaryStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_run_summary_status(value: str) -> RunSummaryStatus:
    if value in RUN_SUMMARY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_SUMMARY_STATUS_VALUES!r}")
