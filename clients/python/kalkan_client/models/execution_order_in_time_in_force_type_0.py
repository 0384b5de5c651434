from typing import Literal

ExecutionOrderInTimeInForceType0 = Literal["FOK", "GTC", "IOC"]

EXECUTION_ORDER_IN_TIME_IN_FORCE_TYPE_0_VALUES: set[ExecutionOrderInTimeInForceType0] = {
    "FOK",
    "GTC",
    "IOC",
}


def check_execution_order_in_time_in_force_type_0(value: str) -> ExecutionOrderInTimeInForceType0:
    if value in EXECUTION_ORDER_IN_TIME_IN_FORCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ORDER_IN_TIME_IN_FORCE_TYPE_0_VALUES!r}")
