from typing import Literal

OptimizeRequestSampler = Literal["cmaes", "nsga2", "tpe"]

OPTIMIZE_REQUEST_SAMPLER_VALUES: set[OptimizeRequestSampler] = {
    "cmaes",
    "nsga2",
    "tpe",
}


def check_optimize_request_sampler(value: str) -> OptimizeRequestSampler:
    if value in OPTIMIZE_REQUEST_SAMPLER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTIMIZE_REQUEST_SAMPLER_VALUES!r}")
