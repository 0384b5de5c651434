from typing import Literal

ExecutionListOrdersStatusType0 = Literal["cancelled", "expired", "filled", "open", "partially_filled", "rejected"]

EXECUTION_LIST_ORDERS_STATUS_TYPE_0_VALUES: set[ExecutionListOrdersStatusType0] = {
    "cancelled",
    "expired",
    "filled",
    "open",
    "partially_filled",
    "rejected",
}


def check_execution_list_orders_status_type_0(value: str) -> ExecutionListOrdersStatusType0:
    if value in EXECUTION_LIST_ORDERS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_LIST_ORDERS_STATUS_TYPE_0_VALUES!r}")
