from typing import Literal

PortfolioPerformanceChartFormat = Literal["html", "json"]

PORTFOLIO_PERFORMANCE_CHART_FORMAT_VALUES: set[PortfolioPerformanceChartFormat] = {
    "html",
    "json",
}


def check_portfolio_performance_chart_format(value: str) -> PortfolioPerformanceChartFormat:
    if value in PORTFOLIO_PERFORMANCE_CHART_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_PERFORMANCE_CHART_FORMAT_VALUES!r}")
