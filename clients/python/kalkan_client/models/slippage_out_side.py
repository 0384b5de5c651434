from typing import Literal

SlippageOutSide = Literal["buy", "sell"]

SLIPPAGE_OUT_SIDE_VALUES: set[SlippageOutSide] = {
    "buy",
    "sell",
}


def check_slippage_out_side(value: str) -> SlippageOutSide:
    if value in SLIPPAGE_OUT_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SLIPPAGE_OUT_SIDE_VALUES!r}")
