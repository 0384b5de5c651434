from typing import Literal

HaltScope = Literal["system", "user"]

HALT_SCOPE_VALUES: set[HaltScope] = {
    "system",
    "user",
}


def check_halt_scope(value: str) -> HaltScope:
    if value in HALT_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HALT_SCOPE_VALUES!r}")
