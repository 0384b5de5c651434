from typing import Literal

ExecutionOrderOutOrigin = Literal["algo", "hedge", "liquidation", "manual", "signal"]

EXECUTION_ORDER_OUT_ORIGIN_VALUES: set[ExecutionOrderOutOrigin] = {
    "algo",
    "hedge",
    "liquidation",
    "manual",
    "signal",
}


def check_execution_order_out_origin(value: str) -> ExecutionOrderOutOrigin:
    if value in EXECUTION_ORDER_OUT_ORIGIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ORDER_OUT_ORIGIN_VALUES!r}")
