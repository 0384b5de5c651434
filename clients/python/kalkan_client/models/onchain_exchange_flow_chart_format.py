from typing import Literal

OnchainExchangeFlowChartFormat = Literal["html", "json"]

ONCHAIN_EXCHANGE_FLOW_CHART_FORMAT_VALUES: set[OnchainExchangeFlowChartFormat] = {
    "html",
    "json",
}


def check_onchain_exchange_flow_chart_format(value: str) -> OnchainExchangeFlowChartFormat:
    if value in ONCHAIN_EXCHANGE_FLOW_CHART_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_EXCHANGE_FLOW_CHART_FORMAT_VALUES!r}")
