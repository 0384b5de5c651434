from typing import Literal

SyntheticGenerateRequestFormat = Literal["csv", "json"]

SYNTHETIC_GENERATE_REQUEST_FORMAT_VALUES: set[SyntheticGenerateRequestFormat] = {
    "csv",
    "json",
}


def check_synthetic_generate_request_format(value: str) -> SyntheticGenerateRequestFormat:
    if value in SYNTHETIC_GENERATE_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNTHETIC_GENERATE_REQUEST_FORMAT_VALUES!r}")
