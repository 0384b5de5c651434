from typing import Literal

TradeInSide = Literal["BUY", "SELL"]

TRADE_IN_SIDE_VALUES: set[TradeInSide] = {
    "BUY",
    "SELL",
}


def check_trade_in_side(value: str) -> TradeInSide:
    if value in TRADE_IN_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_IN_SIDE_VALUES!r}")
