from typing import Literal

PricesOutSource = Literal["db", "live", "replay", "synthetic"]

PRICES_OUT_SOURCE_VALUES: set[PricesOutSource] = {
    "db",
    "live",
    "replay",
    "synthetic",
}


def check_prices_out_source(value: str) -> PricesOutSource:
    if value in PRICES_OUT_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICES_OUT_SOURCE_VALUES!r}")
