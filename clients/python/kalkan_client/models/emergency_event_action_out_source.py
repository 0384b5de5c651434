from typing import Literal

EmergencyEventActionOutSource = Literal["news", "onchain"]

EMERGENCY_EVENT_ACTION_OUT_SOURCE_VALUES: set[EmergencyEventActionOutSource] = {
    "news",
    "onchain",
}


def check_emergency_event_action_out_source(value: str) -> EmergencyEventActionOutSource:
    if value in EMERGENCY_EVENT_ACTION_OUT_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_EVENT_ACTION_OUT_SOURCE_VALUES!r}")
