from typing import Literal

TradeInSideType0 = Literal["buy", "sell"]

TRADE_IN_SIDE_TYPE_0_VALUES: set[TradeInSideType0] = {
    "buy",
    "sell",
}


def check_trade_in_side_type_0(value: str) -> TradeInSideType0:
    if value in TRADE_IN_SIDE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_IN_SIDE_TYPE_0_VALUES!r}")
