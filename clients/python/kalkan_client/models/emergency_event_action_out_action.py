from typing import Literal

EmergencyEventActionOutAction = Literal["alert", "halt", "halt_close", "halt_hedge"]

EMERGENCY_EVENT_ACTION_OUT_ACTION_VALUES: set[EmergencyEventActionOutAction] = {
    "alert",
    "halt",
    "halt_close",
    "halt_hedge",
}


def check_emergency_event_action_out_action(value: str) -> EmergencyEventActionOutAction:
    if value in EMERGENCY_EVENT_ACTION_OUT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_EVENT_ACTION_OUT_ACTION_VALUES!r}")
