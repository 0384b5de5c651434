from typing import Literal

AutoMLOptimizeRequestSampler = Literal["cmaes", "nsga2", "tpe"]

AUTO_ML_OPTIMIZE_REQUEST_SAMPLER_VALUES: set[AutoMLOptimizeRequestSampler] = {
    "cmaes",
    "nsga2",
    "tpe",
}


def check_auto_ml_optimize_request_sampler(value: str) -> AutoMLOptimizeRequestSampler:
    if value in AUTO_ML_OPTIMIZE_REQUEST_SAMPLER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_OPTIMIZE_REQUEST_SAMPLER_VALUES!r}")
