from typing import Literal

ActivityOutSource = Literal["db", "live", "replay", "request", "synthetic"]

ACTIVITY_OUT_SOURCE_VALUES: set[ActivityOutSource] = {
    "db",
    "live",
    "replay",
    "request",
    "synthetic",
}


def check_activity_out_source(value: str) -> ActivityOutSource:
    if value in ACTIVITY_OUT_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTIVITY_OUT_SOURCE_VALUES!r}")
