from typing import Literal

WalkForwardRequestMode = Literal["anchored", "rolling"]

WALK_FORWARD_REQUEST_MODE_VALUES: set[WalkForwardRequestMode] = {
    "anchored",
    "rolling",
}


def check_walk_forward_request_mode(value: str) -> WalkForwardRequestMode:
    if value in WALK_FORWARD_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALK_FORWARD_REQUEST_MODE_VALUES!r}")
