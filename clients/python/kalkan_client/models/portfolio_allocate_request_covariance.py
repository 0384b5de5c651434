from typing import Literal

PortfolioAllocateRequestCovariance = Literal["ewma", "ledoit_wolf", "sample"]

PORTFOLIO_ALLOCATE_REQUEST_COVARIANCE_VALUES: set[PortfolioAllocateRequestCovariance] = {
    "ewma",
    "ledoit_wolf",
    "sample",
}


def check_portfolio_allocate_request_covariance(value: str) -> PortfolioAllocateRequestCovariance:
    if value in PORTFOLIO_ALLOCATE_REQUEST_COVARIANCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_ALLOCATE_REQUEST_COVARIANCE_VALUES!r}")
