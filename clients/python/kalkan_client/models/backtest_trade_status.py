from typing import Literal

BacktestTradeStatus = Literal["closed", "liquidated", "open"]

BACKTEST_TRADE_STATUS_VALUES: set[BacktestTradeStatus] = {
    "closed",
    "liquidated",
    "open",
}


def check_backtest_trade_status(value: str) -> BacktestTradeStatus:
    if value in BACKTEST_TRADE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_TRADE_STATUS_VALUES!r}")
