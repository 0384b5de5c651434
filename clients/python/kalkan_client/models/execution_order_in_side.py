from typing import Literal

ExecutionOrderInSide = Literal["BUY", "SELL"]

EXECUTION_ORDER_IN_SIDE_VALUES: set[ExecutionOrderInSide] = {
    "BUY",
    "SELL",
}


def check_execution_order_in_side(value: str) -> ExecutionOrderInSide:
    if value in EXECUTION_ORDER_IN_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ORDER_IN_SIDE_VALUES!r}")
