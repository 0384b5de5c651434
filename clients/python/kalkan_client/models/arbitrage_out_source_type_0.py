from typing import Literal

ArbitrageOutSourceType0 = Literal["db", "live", "replay", "synthetic"]

ARBITRAGE_OUT_SOURCE_TYPE_0_VALUES: set[ArbitrageOutSourceType0] = {
    "db",
    "live",
    "replay",
    "synthetic",
}


def check_arbitrage_out_source_type_0(value: str) -> ArbitrageOutSourceType0:
    if value in ARBITRAGE_OUT_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARBITRAGE_OUT_SOURCE_TYPE_0_VALUES!r}")
