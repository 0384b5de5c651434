from typing import Literal

RiskCheckOrderRequestSide = Literal["BUY", "SELL"]

RISK_CHECK_ORDER_REQUEST_SIDE_VALUES: set[RiskCheckOrderRequestSide] = {
    "BUY",
    "SELL",
}


def check_risk_check_order_request_side(value: str) -> RiskCheckOrderRequestSide:
    if value in RISK_CHECK_ORDER_REQUEST_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_CHECK_ORDER_REQUEST_SIDE_VALUES!r}")
