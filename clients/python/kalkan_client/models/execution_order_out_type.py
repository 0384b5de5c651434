from typing import Literal

ExecutionOrderOutType = Literal["limit", "market"]

EXECUTION_ORDER_OUT_TYPE_VALUES: set[ExecutionOrderOutType] = {
    "limit",
    "market",
}


def check_execution_order_out_type(value: str) -> ExecutionOrderOutType:
    if value in EXECUTION_ORDER_OUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ORDER_OUT_TYPE_VALUES!r}")
