from typing import Literal

ExecutionOrderOutSide = Literal["BUY", "SELL"]

EXECUTION_ORDER_OUT_SIDE_VALUES: set[ExecutionOrderOutSide] = {
    "BUY",
    "SELL",
}


def check_execution_order_out_side(value: str) -> ExecutionOrderOutSide:
    if value in EXECUTION_ORDER_OUT_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ORDER_OUT_SIDE_VALUES!r}")
