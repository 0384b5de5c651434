from typing import Literal

OnchainMinerFlowsInterval = Literal["1d", "1h", "1w", "total"]

ONCHAIN_MINER_FLOWS_INTERVAL_VALUES: set[OnchainMinerFlowsInterval] = {
    "1d",
    "1h",
    "1w",
    "total",
}


def check_onchain_miner_flows_interval(value: str) -> OnchainMinerFlowsInterval:
    if value in ONCHAIN_MINER_FLOWS_INTERVAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_MINER_FLOWS_INTERVAL_VALUES!r}")
