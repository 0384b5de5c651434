from typing import Literal

RiskStopLossRequestSide = Literal["long", "short"]

RISK_STOP_LOSS_REQUEST_SIDE_VALUES: set[RiskStopLossRequestSide] = {
    "long",
    "short",
}


def check_risk_stop_loss_request_side(value: str) -> RiskStopLossRequestSide:
    if value in RISK_STOP_LOSS_REQUEST_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_STOP_LOSS_REQUEST_SIDE_VALUES!r}")
