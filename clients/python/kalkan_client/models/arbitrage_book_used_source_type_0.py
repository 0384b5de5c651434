from typing import Literal

ArbitrageBookUsedSourceType0 = Literal["db", "live", "replay", "synthetic"]

ARBITRAGE_BOOK_USED_SOURCE_TYPE_0_VALUES: set[ArbitrageBookUsedSourceType0] = {
    "db",
    "live",
    "replay",
    "synthetic",
}


def check_arbitrage_book_used_source_type_0(value: str) -> ArbitrageBookUsedSourceType0:
    if value in ARBITRAGE_BOOK_USED_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARBITRAGE_BOOK_USED_SOURCE_TYPE_0_VALUES!r}")
