from typing import Literal

ExecutionFillOutLiquidity = Literal["maker", "taker"]

EXECUTION_FILL_OUT_LIQUIDITY_VALUES: set[ExecutionFillOutLiquidity] = {
    "maker",
    "taker",
}


def check_execution_fill_out_liquidity(value: str) -> ExecutionFillOutLiquidity:
    if value in EXECUTION_FILL_OUT_LIQUIDITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_FILL_OUT_LIQUIDITY_VALUES!r}")
