from typing import Literal

AllocationSpecCovariance = Literal["ewma", "ledoit_wolf", "sample"]

ALLOCATION_SPEC_COVARIANCE_VALUES: set[AllocationSpecCovariance] = {
    "ewma",
    "ledoit_wolf",
    "sample",
}


def check_allocation_spec_covariance(value: str) -> AllocationSpecCovariance:
    if value in ALLOCATION_SPEC_COVARIANCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALLOCATION_SPEC_COVARIANCE_VALUES!r}")
