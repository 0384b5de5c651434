from typing import Literal

SyntheticScenarioKind = Literal["generated", "historical"]

SYNTHETIC_SCENARIO_KIND_VALUES: set[SyntheticScenarioKind] = {
    "generated",
    "historical",
}


def check_synthetic_scenario_kind(value: str) -> SyntheticScenarioKind:
    if value in SYNTHETIC_SCENARIO_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNTHETIC_SCENARIO_KIND_VALUES!r}")
