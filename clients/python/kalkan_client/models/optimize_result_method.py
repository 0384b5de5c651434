from typing import Literal

OptimizeResultMethod = Literal["grid", "optuna"]

OPTIMIZE_RESULT_METHOD_VALUES: set[OptimizeResultMethod] = {
    "grid",
    "optuna",
}


def check_optimize_result_method(value: str) -> OptimizeResultMethod:
    if value in OPTIMIZE_RESULT_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTIMIZE_RESULT_METHOD_VALUES!r}")
