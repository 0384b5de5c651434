from typing import Literal

SyntheticGenerateResultGenerator = Literal["bootstrap", "garch_t", "timegan"]

SYNTHETIC_GENERATE_RESULT_GENERATOR_VALUES: set[SyntheticGenerateResultGenerator] = {
    "bootstrap",
    "garch_t",
    "timegan",
}


def check_synthetic_generate_result_generator(value: str) -> SyntheticGenerateResultGenerator:
    if value in SYNTHETIC_GENERATE_RESULT_GENERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNTHETIC_GENERATE_RESULT_GENERATOR_VALUES!r}")
