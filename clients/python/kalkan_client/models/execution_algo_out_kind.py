from typing import Literal

ExecutionAlgoOutKind = Literal["iceberg", "twap", "vwap"]

EXECUTION_ALGO_OUT_KIND_VALUES: set[ExecutionAlgoOutKind] = {
    "iceberg",
    "twap",
    "vwap",
}


def check_execution_algo_out_kind(value: str) -> ExecutionAlgoOutKind:
    if value in EXECUTION_ALGO_OUT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ALGO_OUT_KIND_VALUES!r}")
