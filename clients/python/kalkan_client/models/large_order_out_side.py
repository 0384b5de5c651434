from typing import Literal

LargeOrderOutSide = Literal["ask", "bid"]

LARGE_ORDER_OUT_SIDE_VALUES: set[LargeOrderOutSide] = {
    "ask",
    "bid",
}


def check_large_order_out_side(value: str) -> LargeOrderOutSide:
    if value in LARGE_ORDER_OUT_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LARGE_ORDER_OUT_SIDE_VALUES!r}")
