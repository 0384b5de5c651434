from typing import Literal

WalkForwardRequestMethod = Literal["auto", "grid", "optuna"]

WALK_FORWARD_REQUEST_METHOD_VALUES: set[WalkForwardRequestMethod] = {
    "auto",
    "grid",
    "optuna",
}


def check_walk_forward_request_method(value: str) -> WalkForwardRequestMethod:
    if value in WALK_FORWARD_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALK_FORWARD_REQUEST_METHOD_VALUES!r}")
