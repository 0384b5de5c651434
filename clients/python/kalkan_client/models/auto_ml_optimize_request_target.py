from typing import Literal

AutoMLOptimizeRequestTarget = Literal["signal_model", "strategy"]

AUTO_ML_OPTIMIZE_REQUEST_TARGET_VALUES: set[AutoMLOptimizeRequestTarget] = {
    "signal_model",
    "strategy",
}


def check_auto_ml_optimize_request_target(value: str) -> AutoMLOptimizeRequestTarget:
    if value in AUTO_ML_OPTIMIZE_REQUEST_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_OPTIMIZE_REQUEST_TARGET_VALUES!r}")
