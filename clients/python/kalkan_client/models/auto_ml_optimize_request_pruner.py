from typing import Literal

AutoMLOptimizeRequestPruner = Literal["hyperband", "median", "none", "successive_halving"]

AUTO_ML_OPTIMIZE_REQUEST_PRUNER_VALUES: set[AutoMLOptimizeRequestPruner] = {
    "hyperband",
    "median",
    "none",
    "successive_halving",
}


def check_auto_ml_optimize_request_pruner(value: str) -> AutoMLOptimizeRequestPruner:
    if value in AUTO_ML_OPTIMIZE_REQUEST_PRUNER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_OPTIMIZE_REQUEST_PRUNER_VALUES!r}")
