from typing import Literal

OnchainWhaleAddressCountsInterval = Literal["1d", "1h", "1w", "total"]

ONCHAIN_WHALE_ADDRESS_COUNTS_INTERVAL_VALUES: set[OnchainWhaleAddressCountsInterval] = {
    "1d",
    "1h",
    "1w",
    "total",
}


def check_onchain_whale_address_counts_interval(value: str) -> OnchainWhaleAddressCountsInterval:
    if value in ONCHAIN_WHALE_ADDRESS_COUNTS_INTERVAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_WHALE_ADDRESS_COUNTS_INTERVAL_VALUES!r}")
