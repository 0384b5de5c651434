from typing import Literal

Interval = Literal["1d", "1h", "1w", "total"]

INTERVAL_VALUES: set[Interval] = {
    "1d",
    "1h",
    "1w",
    "total",
}


def check_interval(value: str) -> Interval:
    if value in INTERVAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTERVAL_VALUES!r}")
