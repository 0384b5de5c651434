from typing import Literal

WalkForwardResultMode = Literal["anchored", "rolling"]

WALK_FORWARD_RESULT_MODE_VALUES: set[WalkForwardResultMode] = {
    "anchored",
    "rolling",
}


def check_walk_forward_result_mode(value: str) -> WalkForwardResultMode:
    if value in WALK_FORWARD_RESULT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALK_FORWARD_RESULT_MODE_VALUES!r}")
