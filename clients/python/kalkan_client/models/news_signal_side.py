from typing import Literal

NewsSignalSide = Literal["BUY", "HOLD", "SELL"]

NEWS_SIGNAL_SIDE_VALUES: set[NewsSignalSide] = {
    "BUY",
    "HOLD",
    "SELL",
}


def check_news_signal_side(value: str) -> NewsSignalSide:
    if value in NEWS_SIGNAL_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_SIGNAL_SIDE_VALUES!r}")
