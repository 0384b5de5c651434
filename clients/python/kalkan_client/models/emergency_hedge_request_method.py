from typing import Literal

EmergencyHedgeRequestMethod = Literal["beta", "per_asset"]

EMERGENCY_HEDGE_REQUEST_METHOD_VALUES: set[EmergencyHedgeRequestMethod] = {
    "beta",
    "per_asset",
}


def check_emergency_hedge_request_method(value: str) -> EmergencyHedgeRequestMethod:
    if value in EMERGENCY_HEDGE_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMERGENCY_HEDGE_REQUEST_METHOD_VALUES!r}")
