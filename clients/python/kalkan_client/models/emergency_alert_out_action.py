from typing import Literal

EmergencyAlertOutAction = Literal["alert", "halt", "halt_close", "halt_hedge"]

EMERGENCY_ALERT_OUT_ACTION_VALUES: set[EmergencyAlertOutAction] = {
    "alert",
    "halt",
    "halt_close",
    "halt_hedge",
}


def check_emergency_alert_out_action(value: str) -> EmergencyAlertOutAction:
    if value in EMERGENCY_ALERT_OUT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_ALERT_OUT_ACTION_VALUES!r}")
