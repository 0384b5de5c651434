from typing import Literal

ExecutionEstimateSide = Literal["buy", "BUY", "sell", "SELL"]

EXECUTION_ESTIMATE_SIDE_VALUES: set[ExecutionEstimateSide] = {
    "buy",
    "BUY",
    "sell",
    "SELL",
}


def check_execution_estimate_side(value: str) -> ExecutionEstimateSide:
    if value in EXECUTION_ESTIMATE_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ESTIMATE_SIDE_VALUES!r}")
