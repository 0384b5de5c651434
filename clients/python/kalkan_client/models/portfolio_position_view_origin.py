from typing import Literal

PortfolioPositionViewOrigin = Literal["fills", "recorded"]

PORTFOLIO_POSITION_VIEW_ORIGIN_VALUES: set[PortfolioPositionViewOrigin] = {
    "fills",
    "recorded",
}


def check_portfolio_position_view_origin(value: str) -> PortfolioPositionViewOrigin:
    if value in PORTFOLIO_POSITION_VIEW_ORIGIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_POSITION_VIEW_ORIGIN_VALUES!r}")
