from typing import Literal

EmergencyEventRuleOutMinSeverity = Literal["critical", "warning"]

EMERGENCY_EVENT_RULE_OUT_MIN_SEVERITY_VALUES: set[EmergencyEventRuleOutMinSeverity] = {
    "critical",
    "warning",
}


def check_emergency_event_rule_out_min_severity(value: str) -> EmergencyEventRuleOutMinSeverity:
    if value in EMERGENCY_EVENT_RULE_OUT_MIN_SEVERITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_EVENT_RULE_OUT_MIN_SEVERITY_VALUES!r}")
