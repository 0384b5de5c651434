from typing import Literal

SignalInSide = Literal["BUY", "HOLD", "SELL"]

SIGNAL_IN_SIDE_VALUES: set[SignalInSide] = {
    "BUY",
    "HOLD",
    "SELL",
}


def check_signal_in_side(value: str) -> SignalInSide:
    if value in SIGNAL_IN_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIGNAL_IN_SIDE_VALUES!r}")
