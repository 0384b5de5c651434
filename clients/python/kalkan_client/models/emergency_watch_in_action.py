from typing import Literal

EmergencyWatchInAction = Literal["alert", "halt", "halt_close", "halt_hedge"]

EMERGENCY_WATCH_IN_ACTION_VALUES: set[EmergencyWatchInAction] = {
    "alert",
    "halt",
    "halt_close",
    "halt_hedge",
}


def check_emergency_watch_in_action(value: str) -> EmergencyWatchInAction:
    if value in EMERGENCY_WATCH_IN_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_WATCH_IN_ACTION_VALUES!r}")
