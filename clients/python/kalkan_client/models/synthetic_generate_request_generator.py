from typing import Literal

SyntheticGenerateRequestGenerator = Literal["bootstrap", "garch_t", "timegan"]

SYNTHETIC_GENERATE_REQUEST_GENERATOR_VALUES: set[SyntheticGenerateRequestGenerator] = {
    "bootstrap",
    "garch_t",
    "timegan",
}


def check_synthetic_generate_request_generator(value: str) -> SyntheticGenerateRequestGenerator:
    if value in SYNTHETIC_GENERATE_REQUEST_GENERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNTHETIC_GENERATE_REQUEST_GENERATOR_VALUES!r}")
