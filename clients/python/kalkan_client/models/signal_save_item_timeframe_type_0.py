from typing import Literal

SignalSaveItemTimeframeType0 = Literal[
    "12h", "15m", "1d", "1h", "1m", "1w", "2h", "30m", "3d", "3m", "4h", "5m", "6h", "8h"
]

SIGNAL_SAVE_ITEM_TIMEFRAME_TYPE_0_VALUES: set[SignalSaveItemTimeframeType0] = {
    "12h",
    "15m",
    "1d",
    "1h",
    "1m",
    "1w",
    "2h",
    "30m",
    "3d",
    "3m",
    "4h",
    "5m",
    "6h",
    "8h",
}


def check_signal_save_item_timeframe_type_0(value: str) -> SignalSaveItemTimeframeType0:
    if value in SIGNAL_SAVE_ITEM_TIMEFRAME_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIGNAL_SAVE_ITEM_TIMEFRAME_TYPE_0_VALUES!r}")
