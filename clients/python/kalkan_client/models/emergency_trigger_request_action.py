from typing import Literal

EmergencyTriggerRequestAction = Literal["halt", "halt_close", "halt_hedge"]

EMERGENCY_TRIGGER_REQUEST_ACTION_VALUES: set[EmergencyTriggerRequestAction] = {
    "halt",
    "halt_close",
    "halt_hedge",
}


def check_emergency_trigger_request_action(value: str) -> EmergencyTriggerRequestAction:
    if value in EMERGENCY_TRIGGER_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_TRIGGER_REQUEST_ACTION_VALUES!r}")
