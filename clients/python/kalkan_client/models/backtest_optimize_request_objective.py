from typing import Literal

BacktestOptimizeRequestObjective = Literal["calmar", "sharpe", "sortino", "total_return"]

BACKTEST_OPTIMIZE_REQUEST_OBJECTIVE_VALUES: set[BacktestOptimizeRequestObjective] = {
    "calmar",
    "sharpe",
    "sortino",
    "total_return",
}


def check_backtest_optimize_request_objective(value: str) -> BacktestOptimizeRequestObjective:
    if value in BACKTEST_OPTIMIZE_REQUEST_OBJECTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_OPTIMIZE_REQUEST_OBJECTIVE_VALUES!r}")
