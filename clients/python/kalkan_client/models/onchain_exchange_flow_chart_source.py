from typing import Literal

OnchainExchangeFlowChartSource = Literal["cryptoquant", "glassnode", "node"]

ONCHAIN_EXCHANGE_FLOW_CHART_SOURCE_VALUES: set[OnchainExchangeFlowChartSource] = {
    "cryptoquant",
    "glassnode",
    "node",
}


def check_onchain_exchange_flow_chart_source(value: str) -> OnchainExchangeFlowChartSource:
    if value in ONCHAIN_EXCHANGE_FLOW_CHART_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_EXCHANGE_FLOW_CHART_SOURCE_VALUES!r}")
