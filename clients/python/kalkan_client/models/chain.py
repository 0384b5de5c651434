from typing import Literal

Chain = Literal["bsc", "btc", "eth"]

CHAIN_VALUES: set[Chain] = {
    "bsc",
    "btc",
    "eth",
}


def check_chain(value: str) -> Chain:
    if value in CHAIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAIN_VALUES!r}")
