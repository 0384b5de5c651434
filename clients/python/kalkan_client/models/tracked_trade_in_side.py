from typing import Literal

TrackedTradeInSide = Literal["BUY", "SELL"]

TRACKED_TRADE_IN_SIDE_VALUES: set[TrackedTradeInSide] = {
    "BUY",
    "SELL",
}


def check_tracked_trade_in_side(value: str) -> TrackedTradeInSide:
    if value in TRACKED_TRADE_IN_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRACKED_TRADE_IN_SIDE_VALUES!r}")
