from typing import Literal

ExecutionVwapInSide = Literal["BUY", "SELL"]

EXECUTION_VWAP_IN_SIDE_VALUES: set[ExecutionVwapInSide] = {
    "BUY",
    "SELL",
}


def check_execution_vwap_in_side(value: str) -> ExecutionVwapInSide:
    if value in EXECUTION_VWAP_IN_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_VWAP_IN_SIDE_VALUES!r}")
