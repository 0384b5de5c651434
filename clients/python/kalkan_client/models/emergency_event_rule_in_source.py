from typing import Literal

EmergencyEventRuleInSource = Literal["news", "onchain"]

EMERGENCY_EVENT_RULE_IN_SOURCE_VALUES: set[EmergencyEventRuleInSource] = {
    "news",
    "onchain",
}


def check_emergency_event_rule_in_source(value: str) -> EmergencyEventRuleInSource:
    if value in EMERGENCY_EVENT_RULE_IN_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_EVENT_RULE_IN_SOURCE_VALUES!r}")
