from typing import Literal

HaltAction = Literal["close", "halt", "hedge"]

HALT_ACTION_VALUES: set[HaltAction] = {
    "close",
    "halt",
    "hedge",
}


def check_halt_action(value: str) -> HaltAction:
    if value in HALT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HALT_ACTION_VALUES!r}")
