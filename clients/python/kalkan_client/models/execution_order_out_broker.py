from typing import Literal

ExecutionOrderOutBroker = Literal["live", "paper"]

EXECUTION_ORDER_OUT_BROKER_VALUES: set[ExecutionOrderOutBroker] = {
    "live",
    "paper",
}


def check_execution_order_out_broker(value: str) -> ExecutionOrderOutBroker:
    if value in EXECUTION_ORDER_OUT_BROKER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ORDER_OUT_BROKER_VALUES!r}")
