from typing import Literal

SlippagePointSide = Literal["buy", "sell"]

SLIPPAGE_POINT_SIDE_VALUES: set[SlippagePointSide] = {
    "buy",
    "sell",
}


def check_slippage_point_side(value: str) -> SlippagePointSide:
    if value in SLIPPAGE_POINT_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SLIPPAGE_POINT_SIDE_VALUES!r}")
