from typing import Literal

AutoMLBestParamsOutTarget = Literal["signal_model", "strategy"]

AUTO_ML_BEST_PARAMS_OUT_TARGET_VALUES: set[AutoMLBestParamsOutTarget] = {
    "signal_model",
    "strategy",
}


def check_auto_ml_best_params_out_target(value: str) -> AutoMLBestParamsOutTarget:
    if value in AUTO_ML_BEST_PARAMS_OUT_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_BEST_PARAMS_OUT_TARGET_VALUES!r}")
