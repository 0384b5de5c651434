from typing import Literal

ExecutionAlgoOutStatus = Literal["cancelled", "failed", "partial", "paused", "running", "succeeded"]

EXECUTION_ALGO_OUT_STATUS_VALUES: set[ExecutionAlgoOutStatus] = {
    "cancelled",
    "failed",
    "partial",
    "paused",
    "running",
    "succeeded",
}


def check_execution_algo_out_status(value: str) -> ExecutionAlgoOutStatus:
    if value in EXECUTION_ALGO_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ALGO_OUT_STATUS_VALUES!r}")
