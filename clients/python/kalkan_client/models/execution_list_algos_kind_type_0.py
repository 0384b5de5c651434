from typing import Literal

ExecutionListAlgosKindType0 = Literal["iceberg", "twap", "vwap"]

EXECUTION_LIST_ALGOS_KIND_TYPE_0_VALUES: set[ExecutionListAlgosKindType0] = {
    "iceberg",
    "twap",
    "vwap",
}


def check_execution_list_algos_kind_type_0(value: str) -> ExecutionListAlgosKindType0:
    if value in EXECUTION_LIST_ALGOS_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_LIST_ALGOS_KIND_TYPE_0_VALUES!r}")
