from typing import Literal

ExecutionEstimateOutSide = Literal["BUY", "SELL"]

EXECUTION_ESTIMATE_OUT_SIDE_VALUES: set[ExecutionEstimateOutSide] = {
    "BUY",
    "SELL",
}


def check_execution_estimate_out_side(value: str) -> ExecutionEstimateOutSide:
    if value in EXECUTION_ESTIMATE_OUT_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ESTIMATE_OUT_SIDE_VALUES!r}")
