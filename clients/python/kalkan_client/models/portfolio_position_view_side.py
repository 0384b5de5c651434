from typing import Literal

PortfolioPositionViewSide = Literal["long", "short"]

PORTFOLIO_POSITION_VIEW_SIDE_VALUES: set[PortfolioPositionViewSide] = {
    "long",
    "short",
}


def check_portfolio_position_view_side(value: str) -> PortfolioPositionViewSide:
    if value in PORTFOLIO_POSITION_VIEW_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_POSITION_VIEW_SIDE_VALUES!r}")
