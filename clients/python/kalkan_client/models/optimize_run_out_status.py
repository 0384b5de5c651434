from typing import Literal

OptimizeRunOutStatus = Literal["cancelled", "failed", "queued", "running", "succeeded"]

OPTIMIZE_RUN_OUT_STATUS_VALUES: set[OptimizeRunOutStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_optimize_run_out_status(value: str) -> OptimizeRunOutStatus:
    if value in OPTIMIZE_RUN_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTIMIZE_RUN_OUT_STATUS_VALUES!r}")
