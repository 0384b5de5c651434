from typing import Literal

ExchangeStatusSource = Literal["db", "live", "replay", "synthetic"]

EXCHANGE_STATUS_SOURCE_VALUES: set[ExchangeStatusSource] = {
    "db",
    "live",
    "replay",
    "synthetic",
}


def check_exchange_status_source(value: str) -> ExchangeStatusSource:
    if value in EXCHANGE_STATUS_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_STATUS_SOURCE_VALUES!r}")
