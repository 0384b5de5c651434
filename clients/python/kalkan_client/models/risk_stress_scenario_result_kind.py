from typing import Literal

RiskStressScenarioResultKind = Literal["historical", "monte_carlo", "shock"]

RISK_STRESS_SCENARIO_RESULT_KIND_VALUES: set[RiskStressScenarioResultKind] = {
    "historical",
    "monte_carlo",
    "shock",
}


def check_risk_stress_scenario_result_kind(value: str) -> RiskStressScenarioResultKind:
    if value in RISK_STRESS_SCENARIO_RESULT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_STRESS_SCENARIO_RESULT_KIND_VALUES!r}")
