from typing import Literal

WalkForwardRunOutStatus = Literal["cancelled", "failed", "queued", "running", "succeeded"]

WALK_FORWARD_RUN_OUT_STATUS_VALUES: set[WalkForwardRunOutStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_walk_forward_run_out_status(value: str) -> WalkForwardRunOutStatus:
    if value in WALK_FORWARD_RUN_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALK_FORWARD_RUN_OUT_STATUS_VALUES!r}")
