from typing import Literal

AllocationSpecObjective = Literal["max_sharpe", "min_risk", "target_return", "target_risk"]

ALLOCATION_SPEC_OBJECTIVE_VALUES: set[AllocationSpecObjective] = {
    "max_sharpe",
    "min_risk",
    "target_return",
    "target_risk",
}


def check_allocation_spec_objective(value: str) -> AllocationSpecObjective:
    if value in ALLOCATION_SPEC_OBJECTIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALLOCATION_SPEC_OBJECTIVE_VALUES!r}")
