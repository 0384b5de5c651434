from typing import Literal

PortfolioMarkedPositionSide = Literal["long", "short"]

PORTFOLIO_MARKED_POSITION_SIDE_VALUES: set[PortfolioMarkedPositionSide] = {
    "long",
    "short",
}


def check_portfolio_marked_position_side(value: str) -> PortfolioMarkedPositionSide:
    if value in PORTFOLIO_MARKED_POSITION_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_MARKED_POSITION_SIDE_VALUES!r}")
