from typing import Literal

MarketMakerActivityOutSource = Literal["db", "live", "replay", "request", "synthetic"]

MARKET_MAKER_ACTIVITY_OUT_SOURCE_VALUES: set[MarketMakerActivityOutSource] = {
    "db",
    "live",
    "replay",
    "request",
    "synthetic",
}


def check_market_maker_activity_out_source(value: str) -> MarketMakerActivityOutSource:
    if value in MARKET_MAKER_ACTIVITY_OUT_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MARKET_MAKER_ACTIVITY_OUT_SOURCE_VALUES!r}")
