from typing import Literal

OnchainChain = Literal["bsc", "btc", "eth"]

ONCHAIN_CHAIN_VALUES: set[OnchainChain] = {
    "bsc",
    "btc",
    "eth",
}


def check_onchain_chain(value: str) -> OnchainChain:
    if value in ONCHAIN_CHAIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_CHAIN_VALUES!r}")
