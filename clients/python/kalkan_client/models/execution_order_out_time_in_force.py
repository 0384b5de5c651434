from typing import Literal

ExecutionOrderOutTimeInForce = Literal["FOK", "GTC", "IOC"]

EXECUTION_ORDER_OUT_TIME_IN_FORCE_VALUES: set[ExecutionOrderOutTimeInForce] = {
    "FOK",
    "GTC",
    "IOC",
}


def check_execution_order_out_time_in_force(value: str) -> ExecutionOrderOutTimeInForce:
    if value in EXECUTION_ORDER_OUT_TIME_IN_FORCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ORDER_OUT_TIME_IN_FORCE_VALUES!r}")
