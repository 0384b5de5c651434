from typing import Literal

ExecutionListOrdersOriginType0 = Literal["algo", "hedge", "liquidation", "manual", "signal"]

EXECUTION_LIST_ORDERS_ORIGIN_TYPE_0_VALUES: set[ExecutionListOrdersOriginType0] = {
    "algo",
    "hedge",
    "liquidation",
    "manual",
    "signal",
}


def check_execution_list_orders_origin_type_0(value: str) -> ExecutionListOrdersOriginType0:
    if value in EXECUTION_LIST_ORDERS_ORIGIN_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_LIST_ORDERS_ORIGIN_TYPE_0_VALUES!r}")
