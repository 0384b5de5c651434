from typing import Literal

PortfolioMarkedPositionOrigin = Literal["fills", "recorded"]

PORTFOLIO_MARKED_POSITION_ORIGIN_VALUES: set[PortfolioMarkedPositionOrigin] = {
    "fills",
    "recorded",
}


def check_portfolio_marked_position_origin(value: str) -> PortfolioMarkedPositionOrigin:
    if value in PORTFOLIO_MARKED_POSITION_ORIGIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_MARKED_POSITION_ORIGIN_VALUES!r}")
