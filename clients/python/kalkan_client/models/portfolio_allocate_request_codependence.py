from typing import Literal

PortfolioAllocateRequestCodependence = Literal["distance", "kendall", "pearson", "spearman"]

PORTFOLIO_ALLOCATE_REQUEST_CODEPENDENCE_VALUES: set[PortfolioAllocateRequestCodependence] = {
    "distance",
    "kendall",
    "pearson",
    "spearman",
}


def check_portfolio_allocate_request_codependence(value: str) -> PortfolioAllocateRequestCodependence:
    if value in PORTFOLIO_ALLOCATE_REQUEST_CODEPENDENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_ALLOCATE_REQUEST_CODEPENDENCE_VALUES!r}")
