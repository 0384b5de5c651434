from typing import Literal

ExecutionAlgoOutSide = Literal["BUY", "SELL"]

EXECUTION_ALGO_OUT_SIDE_VALUES: set[ExecutionAlgoOutSide] = {
    "BUY",
    "SELL",
}


def check_execution_algo_out_side(value: str) -> ExecutionAlgoOutSide:
    if value in EXECUTION_ALGO_OUT_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ALGO_OUT_SIDE_VALUES!r}")
