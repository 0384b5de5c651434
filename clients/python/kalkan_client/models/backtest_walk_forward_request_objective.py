from typing import Literal

BacktestWalkForwardRequestObjective = Literal["calmar", "sharpe", "sortino", "total_return"]

BACKTEST_WALK_FORWARD_REQUEST_OBJECTIVE_VALUES: set[BacktestWalkForwardRequestObjective] = {
    "calmar",
    "sharpe",
    "sortino",
    "total_return",
}


def check_backtest_walk_forward_request_objective(value: str) -> BacktestWalkForwardRequestObjective:
    if value in BACKTEST_WALK_FORWARD_REQUEST_OBJECTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_WALK_FORWARD_REQUEST_OBJECTIVE_VALUES!r}")
