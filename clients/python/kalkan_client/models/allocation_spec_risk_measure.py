from typing import Literal

AllocationSpecRiskMeasure = Literal["cdar", "cvar", "variance"]

ALLOCATION_SPEC_RISK_MEASURE_VALUES: set[AllocationSpecRiskMeasure] = {
    "cdar",
    "cvar",
    "variance",
}


def check_allocation_spec_risk_measure(value: str) -> AllocationSpecRiskMeasure:
    if value in ALLOCATION_SPEC_RISK_MEASURE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALLOCATION_SPEC_RISK_MEASURE_VALUES!r}")
