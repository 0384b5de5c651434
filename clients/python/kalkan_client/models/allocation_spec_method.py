from typing import Literal

AllocationSpecMethod = Literal["herc", "hrp", "mean_variance", "min_cvar", "risk_parity"]

ALLOCATION_SPEC_METHOD_VALUES: set[AllocationSpecMethod] = {
    "herc",
    "hrp",
    "mean_variance",
    "min_cvar",
    "risk_parity",
}


def check_allocation_spec_method(value: str) -> AllocationSpecMethod:
    if value in ALLOCATION_SPEC_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALLOCATION_SPEC_METHOD_VALUES!r}")
