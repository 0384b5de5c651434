from typing import Literal

OnchainMinerFlowsSource = Literal["cryptoquant", "glassnode", "node"]

ONCHAIN_MINER_FLOWS_SOURCE_VALUES: set[OnchainMinerFlowsSource] = {
    "cryptoquant",
    "glassnode",
    "node",
}


def check_onchain_miner_flows_source(value: str) -> OnchainMinerFlowsSource:
    if value in ONCHAIN_MINER_FLOWS_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_MINER_FLOWS_SOURCE_VALUES!r}")
