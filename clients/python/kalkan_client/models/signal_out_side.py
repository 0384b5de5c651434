from typing import Literal

SignalOutSide = Literal["BUY", "HOLD", "SELL"]

SIGNAL_OUT_SIDE_VALUES: set[SignalOutSide] = {
    "BUY",
    "HOLD",
    "SELL",
}


def check_signal_out_side(value: str) -> SignalOutSide:
    if value in SIGNAL_OUT_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIGNAL_OUT_SIDE_VALUES!r}")
