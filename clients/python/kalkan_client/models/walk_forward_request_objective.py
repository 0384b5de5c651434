from typing import Literal

WalkForwardRequestObjective = Literal["calmar", "sharpe", "sortino", "total_return"]

WALK_FORWARD_REQUEST_OBJECTIVE_VALUES: set[WalkForwardRequestObjective] = {
    "calmar",
    "sharpe",
    "sortino",
    "total_return",
}


def check_walk_forward_request_objective(value: str) -> WalkForwardRequestObjective:
    if value in WALK_FORWARD_REQUEST_OBJECTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALK_FORWARD_REQUEST_OBJECTIVE_VALUES!r}")
