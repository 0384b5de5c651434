from typing import Literal

ExecutionOrderOutStatus = Literal["cancelled", "expired", "filled", "open", "partially_filled", "rejected"]

EXECUTION_ORDER_OUT_STATUS_VALUES: set[ExecutionOrderOutStatus] = {
    "cancelled",
    "expired",
    "filled",
    "open",
    "partially_filled",
    "rejected",
}


def check_execution_order_out_status(value: str) -> ExecutionOrderOutStatus:
    if value in EXECUTION_ORDER_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ORDER_OUT_STATUS_VALUES!r}")
