from typing import Literal

TriangularLegOutSide = Literal["buy", "sell"]

TRIANGULAR_LEG_OUT_SIDE_VALUES: set[TriangularLegOutSide] = {
    "buy",
    "sell",
}


def check_triangular_leg_out_side(value: str) -> TriangularLegOutSide:
    if value in TRIANGULAR_LEG_OUT_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRIANGULAR_LEG_OUT_SIDE_VALUES!r}")
