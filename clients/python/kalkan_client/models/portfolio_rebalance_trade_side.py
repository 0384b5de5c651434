from typing import Literal

PortfolioRebalanceTradeSide = Literal["BUY", "SELL"]

PORTFOLIO_REBALANCE_TRADE_SIDE_VALUES: set[PortfolioRebalanceTradeSide] = {
    "BUY",
    "SELL",
}


def check_portfolio_rebalance_trade_side(value: str) -> PortfolioRebalanceTradeSide:
    if value in PORTFOLIO_REBALANCE_TRADE_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_REBALANCE_TRADE_SIDE_VALUES!r}")
