from typing import Literal

TriangularLegSide = Literal["buy", "sell"]

TRIANGULAR_LEG_SIDE_VALUES: set[TriangularLegSide] = {
    "buy",
    "sell",
}


def check_triangular_leg_side(value: str) -> TriangularLegSide:
    if value in TRIANGULAR_LEG_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRIANGULAR_LEG_SIDE_VALUES!r}")
