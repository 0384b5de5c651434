from typing import Literal

PortfolioAllocateRequestMethod = Literal["herc", "hrp", "mean_variance", "min_cvar", "risk_parity"]

PORTFOLIO_ALLOCATE_REQUEST_METHOD_VALUES: set[PortfolioAllocateRequestMethod] = {
    "herc",
    "hrp",
    "mean_variance",
    "min_cvar",
    "risk_parity",
}


def check_portfolio_allocate_request_method(value: str) -> PortfolioAllocateRequestMethod:
    if value in PORTFOLIO_ALLOCATE_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_ALLOCATE_REQUEST_METHOD_VALUES!r}")
