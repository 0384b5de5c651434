from typing import Literal

PortfolioAllocateRequestObjective = Literal["max_sharpe", "min_risk", "target_return", "target_risk"]

PORTFOLIO_ALLOCATE_REQUEST_OBJECTIVE_VALUES: set[PortfolioAllocateRequestObjective] = {
    "max_sharpe",
    "min_risk",
    "target_return",
    "target_risk",
}


def check_portfolio_allocate_request_objective(value: str) -> PortfolioAllocateRequestObjective:
    if value in PORTFOLIO_ALLOCATE_REQUEST_OBJECTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_ALLOCATE_REQUEST_OBJECTIVE_VALUES!r}")
