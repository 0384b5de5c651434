from typing import Literal

RiskPositionSizeRequestSide = Literal["long", "short"]

RISK_POSITION_SIZE_REQUEST_SIDE_VALUES: set[RiskPositionSizeRequestSide] = {
    "long",
    "short",
}


def check_risk_position_size_request_side(value: str) -> RiskPositionSizeRequestSide:
    if value in RISK_POSITION_SIZE_REQUEST_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_POSITION_SIZE_REQUEST_SIDE_VALUES!r}")
