from typing import Literal

AllocationSpecCodependence = Literal["distance", "kendall", "pearson", "spearman"]

ALLOCATION_SPEC_CODEPENDENCE_VALUES: set[AllocationSpecCodependence] = {
    "distance",
    "kendall",
    "pearson",
    "spearman",
}


def check_allocation_spec_codependence(value: str) -> AllocationSpecCodependence:
    if value in ALLOCATION_SPEC_CODEPENDENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALLOCATION_SPEC_CODEPENDENCE_VALUES!r}")
