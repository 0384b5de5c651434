from typing import Literal

ImbalanceOutSource = Literal["db", "live", "replay", "request", "synthetic"]

IMBALANCE_OUT_SOURCE_VALUES: set[ImbalanceOutSource] = {
    "db",
    "live",
    "replay",
    "request",
    "synthetic",
}


def check_imbalance_out_source(value: str) -> ImbalanceOutSource:
    if value in IMBALANCE_OUT_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMBALANCE_OUT_SOURCE_VALUES!r}")
