from typing import Literal

ExecutionEstimateSide = Literal["BUY", "SELL"]

EXECUTION_ESTIMATE_SIDE_VALUES: set[ExecutionEstimateSide] = {
    "BUY",
    "SELL",
}


def check_execution_estimate_side(value: str) -> ExecutionEstimateSide:
    if value in EXECUTION_ESTIMATE_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ESTIMATE_SIDE_VALUES!r}")
