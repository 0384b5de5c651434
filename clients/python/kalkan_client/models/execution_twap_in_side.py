from typing import Literal

ExecutionTwapInSide = Literal["BUY", "SELL"]

EXECUTION_TWAP_IN_SIDE_VALUES: set[ExecutionTwapInSide] = {
    "BUY",
    "SELL",
}


def check_execution_twap_in_side(value: str) -> ExecutionTwapInSide:
    if value in EXECUTION_TWAP_IN_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_TWAP_IN_SIDE_VALUES!r}")
