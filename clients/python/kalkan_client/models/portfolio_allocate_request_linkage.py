from typing import Literal

PortfolioAllocateRequestLinkage = Literal["average", "complete", "single", "ward"]

PORTFOLIO_ALLOCATE_REQUEST_LINKAGE_VALUES: set[PortfolioAllocateRequestLinkage] = {
    "average",
    "complete",
    "single",
    "ward",
}


def check_portfolio_allocate_request_linkage(value: str) -> PortfolioAllocateRequestLinkage:
    if value in PORTFOLIO_ALLOCATE_REQUEST_LINKAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_ALLOCATE_REQUEST_LINKAGE_VALUES!r}")
