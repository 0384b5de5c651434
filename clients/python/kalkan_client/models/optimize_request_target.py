from typing import Literal

OptimizeRequestTarget = Literal["signal_model", "strategy"]

OPTIMIZE_REQUEST_TARGET_VALUES: set[OptimizeRequestTarget] = {
    "signal_model",
    "strategy",
}


def check_optimize_request_target(value: str) -> OptimizeRequestTarget:
    if value in OPTIMIZE_REQUEST_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTIMIZE_REQUEST_TARGET_VALUES!r}")
