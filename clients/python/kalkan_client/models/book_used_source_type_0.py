from typing import Literal

BookUsedSourceType0 = Literal["db", "live", "replay", "synthetic"]

BOOK_USED_SOURCE_TYPE_0_VALUES: set[BookUsedSourceType0] = {
    "db",
    "live",
    "replay",
    "synthetic",
}


def check_book_used_source_type_0(value: str) -> BookUsedSourceType0:
    if value in BOOK_USED_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOK_USED_SOURCE_TYPE_0_VALUES!r}")
