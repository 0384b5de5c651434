from typing import Literal

WashTradeInSideType0 = Literal["buy", "sell"]

WASH_TRADE_IN_SIDE_TYPE_0_VALUES: set[WashTradeInSideType0] = {
    "buy",
    "sell",
}


def check_wash_trade_in_side_type_0(value: str) -> WashTradeInSideType0:
    if value in WASH_TRADE_IN_SIDE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WASH_TRADE_IN_SIDE_TYPE_0_VALUES!r}")
