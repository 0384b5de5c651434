from typing import Literal

PriceOutSource = Literal["db", "live", "replay", "synthetic"]

PRICE_OUT_SOURCE_VALUES: set[PriceOutSource] = {
    "db",
    "live",
    "replay",
    "synthetic",
}


def check_price_out_source(value: str) -> PriceOutSource:
    if value in PRICE_OUT_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICE_OUT_SOURCE_VALUES!r}")
