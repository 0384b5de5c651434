from typing import Literal

PortfolioAllocateRequestRiskMeasure = Literal["cdar", "cvar", "variance"]

PORTFOLIO_ALLOCATE_REQUEST_RISK_MEASURE_VALUES: set[PortfolioAllocateRequestRiskMeasure] = {
    "cdar",
    "cvar",
    "variance",
}


def check_portfolio_allocate_request_risk_measure(value: str) -> PortfolioAllocateRequestRiskMeasure:
    if value in PORTFOLIO_ALLOCATE_REQUEST_RISK_MEASURE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_ALLOCATE_REQUEST_RISK_MEASURE_VALUES!r}")
