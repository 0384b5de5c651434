from typing import Literal

OrderBookOutSource = Literal["db", "live", "replay", "synthetic"]

ORDER_BOOK_OUT_SOURCE_VALUES: set[OrderBookOutSource] = {
    "db",
    "live",
    "replay",
    "synthetic",
}


def check_order_book_out_source(value: str) -> OrderBookOutSource:
    if value in ORDER_BOOK_OUT_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_BOOK_OUT_SOURCE_VALUES!r}")
