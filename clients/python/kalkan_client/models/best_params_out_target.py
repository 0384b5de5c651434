from typing import Literal

BestParamsOutTarget = Literal["signal_model", "strategy"]

BEST_PARAMS_OUT_TARGET_VALUES: set[BestParamsOutTarget] = {
    "signal_model",
    "strategy",
}


def check_best_params_out_target(value: str) -> BestParamsOutTarget:
    if value in BEST_PARAMS_OUT_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BEST_PARAMS_OUT_TARGET_VALUES!r}")
