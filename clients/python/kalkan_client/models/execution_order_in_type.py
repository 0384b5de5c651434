from typing import Literal

ExecutionOrderInType = Literal["limit", "market"]

EXECUTION_ORDER_IN_TYPE_VALUES: set[ExecutionOrderInType] = {
    "limit",
    "market",
}


def check_execution_order_in_type(value: str) -> ExecutionOrderInType:
    if value in EXECUTION_ORDER_IN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ORDER_IN_TYPE_VALUES!r}")
