from typing import Literal

OptimizeResultObjective = Literal["calmar", "sharpe", "sortino", "total_return"]

OPTIMIZE_RESULT_OBJECTIVE_VALUES: set[OptimizeResultObjective] = {
    "calmar",
    "sharpe",
    "sortino",
    "total_return",
}


def check_optimize_result_objective(value: str) -> OptimizeResultObjective:
    if value in OPTIMIZE_RESULT_OBJECTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTIMIZE_RESULT_OBJECTIVE_VALUES!r}")
