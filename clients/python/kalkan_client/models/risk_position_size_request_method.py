from typing import Literal

RiskPositionSizeRequestMethod = Literal["fixed_fractional", "kelly", "volatility_target"]

RISK_POSITION_SIZE_REQUEST_METHOD_VALUES: set[RiskPositionSizeRequestMethod] = {
    "fixed_fractional",
    "kelly",
    "volatility_target",
}


def check_risk_position_size_request_method(value: str) -> RiskPositionSizeRequestMethod:
    if value in RISK_POSITION_SIZE_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_POSITION_SIZE_REQUEST_METHOD_VALUES!r}")
