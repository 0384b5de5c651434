from typing import Literal

OnchainExchangeFlowInterval = Literal["1d", "1h", "1w", "total"]

ONCHAIN_EXCHANGE_FLOW_INTERVAL_VALUES: set[OnchainExchangeFlowInterval] = {
    "1d",
    "1h",
    "1w",
    "total",
}


def check_onchain_exchange_flow_interval(value: str) -> OnchainExchangeFlowInterval:
    if value in ONCHAIN_EXCHANGE_FLOW_INTERVAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_EXCHANGE_FLOW_INTERVAL_VALUES!r}")
