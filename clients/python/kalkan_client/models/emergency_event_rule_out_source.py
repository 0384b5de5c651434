from typing import Literal

EmergencyEventRuleOutSource = Literal["news", "onchain"]

EMERGENCY_EVENT_RULE_OUT_SOURCE_VALUES: set[EmergencyEventRuleOutSource] = {
    "news",
    "onchain",
}


def check_emergency_event_rule_out_source(value: str) -> EmergencyEventRuleOutSource:
    if value in EMERGENCY_EVENT_RULE_OUT_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_EVENT_RULE_OUT_SOURCE_VALUES!r}")
