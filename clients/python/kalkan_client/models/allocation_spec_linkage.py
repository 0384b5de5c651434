from typing import Literal

AllocationSpecLinkage = Literal["average", "complete", "single", "ward"]

ALLOCATION_SPEC_LINKAGE_VALUES: set[AllocationSpecLinkage] = {
    "average",
    "complete",
    "single",
    "ward",
}


def check_allocation_spec_linkage(value: str) -> AllocationSpecLinkage:
    if value in ALLOCATION_SPEC_LINKAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALLOCATION_SPEC_LINKAGE_VALUES!r}")
