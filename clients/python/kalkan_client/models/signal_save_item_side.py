from typing import Literal

SignalSaveItemSide = Literal["BUY", "HOLD", "SELL"]

SIGNAL_SAVE_ITEM_SIDE_VALUES: set[SignalSaveItemSide] = {
    "BUY",
    "HOLD",
    "SELL",
}


def check_signal_save_item_side(value: str) -> SignalSaveItemSide:
    if value in SIGNAL_SAVE_ITEM_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIGNAL_SAVE_ITEM_SIDE_VALUES!r}")
