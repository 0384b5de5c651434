from typing import Literal

EmergencyEventRuleOutAction = Literal["alert", "halt", "halt_close", "halt_hedge"]

EMERGENCY_EVENT_RULE_OUT_ACTION_VALUES: set[EmergencyEventRuleOutAction] = {
    "alert",
    "halt",
    "halt_close",
    "halt_hedge",
}


def check_emergency_event_rule_out_action(value: str) -> EmergencyEventRuleOutAction:
    if value in EMERGENCY_EVENT_RULE_OUT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_EVENT_RULE_OUT_ACTION_VALUES!r}")
