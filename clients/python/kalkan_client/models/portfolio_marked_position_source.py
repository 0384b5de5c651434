from typing import Literal

PortfolioMarkedPositionSource = Literal["db", "live", "replay", "synthetic", "unavailable"]

PORTFOLIO_MARKED_POSITION_SOURCE_VALUES: set[PortfolioMarkedPositionSource] = {
    "db",
    "live",
    "replay",
    "synthetic",
    "unavailable",
}


def check_portfolio_marked_position_source(value: str) -> PortfolioMarkedPositionSource:
    if value in PORTFOLIO_MARKED_POSITION_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_MARKED_POSITION_SOURCE_VALUES!r}")
