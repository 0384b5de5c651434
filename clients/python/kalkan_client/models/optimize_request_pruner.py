from typing import Literal

OptimizeRequestPruner = Literal["hyperband", "median", "none", "successive_halving"]

OPTIMIZE_REQUEST_PRUNER_VALUES: set[OptimizeRequestPruner] = {
    "hyperband",
    "median",
    "none",
    "successive_halving",
}


def check_optimize_request_pruner(value: str) -> OptimizeRequestPruner:
    if value in OPTIMIZE_REQUEST_PRUNER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTIMIZE_REQUEST_PRUNER_VALUES!r}")
