from typing import Literal

PortfolioAllocateChartFormat = Literal["html", "json"]

PORTFOLIO_ALLOCATE_CHART_FORMAT_VALUES: set[PortfolioAllocateChartFormat] = {
    "html",
    "json",
}


def check_portfolio_allocate_chart_format(value: str) -> PortfolioAllocateChartFormat:
    if value in PORTFOLIO_ALLOCATE_CHART_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_ALLOCATE_CHART_FORMAT_VALUES!r}")
