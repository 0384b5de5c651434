from typing import Literal

SpoofingOutSource = Literal["db", "live", "replay", "request", "synthetic"]

SPOOFING_OUT_SOURCE_VALUES: set[SpoofingOutSource] = {
    "db",
    "live",
    "replay",
    "request",
    "synthetic",
}


def check_spoofing_out_source(value: str) -> SpoofingOutSource:
    if value in SPOOFING_OUT_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPOOFING_OUT_SOURCE_VALUES!r}")
