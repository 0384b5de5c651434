from typing import Literal

TradeStatus = Literal["closed", "liquidated", "open"]

TRADE_STATUS_VALUES: set[TradeStatus] = {
    "closed",
    "liquidated",
    "open",
}


def check_trade_status(value: str) -> TradeStatus:
    if value in TRADE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_STATUS_VALUES!r}")
