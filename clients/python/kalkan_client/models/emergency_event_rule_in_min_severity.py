from typing import Literal

EmergencyEventRuleInMinSeverity = Literal["critical", "warning"]

EMERGENCY_EVENT_RULE_IN_MIN_SEVERITY_VALUES: set[EmergencyEventRuleInMinSeverity] = {
    "critical",
    "warning",
}


def check_emergency_event_rule_in_min_severity(value: str) -> EmergencyEventRuleInMinSeverity:
    if value in EMERGENCY_EVENT_RULE_IN_MIN_SEVERITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_EVENT_RULE_IN_MIN_SEVERITY_VALUES!r}")
