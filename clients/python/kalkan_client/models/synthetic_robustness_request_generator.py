from typing import Literal

SyntheticRobustnessRequestGenerator = Literal["bootstrap", "garch_t", "timegan"]

SYNTHETIC_ROBUSTNESS_REQUEST_GENERATOR_VALUES: set[SyntheticRobustnessRequestGenerator] = {
    "bootstrap",
    "garch_t",
    "timegan",
}


def check_synthetic_robustness_request_generator(value: str) -> SyntheticRobustnessRequestGenerator:
    if value in SYNTHETIC_ROBUSTNESS_REQUEST_GENERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNTHETIC_ROBUSTNESS_REQUEST_GENERATOR_VALUES!r}")
