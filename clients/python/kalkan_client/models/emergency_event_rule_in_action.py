from typing import Literal

EmergencyEventRuleInAction = Literal["alert", "halt", "halt_close", "halt_hedge"]

EMERGENCY_EVENT_RULE_IN_ACTION_VALUES: set[EmergencyEventRuleInAction] = {
    "alert",
    "halt",
    "halt_close",
    "halt_hedge",
}


def check_emergency_event_rule_in_action(value: str) -> EmergencyEventRuleInAction:
    if value in EMERGENCY_EVENT_RULE_IN_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_EVENT_RULE_IN_ACTION_VALUES!r}")
