from typing import Literal

OnchainExchangeFlowSource = Literal["cryptoquant", "glassnode", "node"]

ONCHAIN_EXCHANGE_FLOW_SOURCE_VALUES: set[OnchainExchangeFlowSource] = {
    "cryptoquant",
    "glassnode",
    "node",
}


def check_onchain_exchange_flow_source(value: str) -> OnchainExchangeFlowSource:
    if value in ONCHAIN_EXCHANGE_FLOW_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_EXCHANGE_FLOW_SOURCE_VALUES!r}")
