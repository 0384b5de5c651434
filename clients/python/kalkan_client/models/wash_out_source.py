from typing import Literal

WashOutSource = Literal["db", "live", "replay", "request", "synthetic"]

WASH_OUT_SOURCE_VALUES: set[WashOutSource] = {
    "db",
    "live",
    "replay",
    "request",
    "synthetic",
}


def check_wash_out_source(value: str) -> WashOutSource:
    if value in WASH_OUT_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WASH_OUT_SOURCE_VALUES!r}")
