from typing import Literal

EmergencyWatchOutAction = Literal["alert", "halt", "halt_close", "halt_hedge"]

EMERGENCY_WATCH_OUT_ACTION_VALUES: set[EmergencyWatchOutAction] = {
    "alert",
    "halt",
    "halt_close",
    "halt_hedge",
}


def check_emergency_watch_out_action(value: str) -> EmergencyWatchOutAction:
    if value in EMERGENCY_WATCH_OUT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_WATCH_OUT_ACTION_VALUES!r}")
