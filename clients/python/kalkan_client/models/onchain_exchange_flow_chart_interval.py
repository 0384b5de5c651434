from typing import Literal

OnchainExchangeFlowChartInterval = Literal["1d", "1h", "1w", "total"]

ONCHAIN_EXCHANGE_FLOW_CHART_INTERVAL_VALUES: set[OnchainExchangeFlowChartInterval] = {
    "1d",
    "1h",
    "1w",
    "total",
}


def check_onchain_exchange_flow_chart_interval(value: str) -> OnchainExchangeFlowChartInterval:
    if value in ONCHAIN_EXCHANGE_FLOW_CHART_INTERVAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_EXCHANGE_FLOW_CHART_INTERVAL_VALUES!r}")
