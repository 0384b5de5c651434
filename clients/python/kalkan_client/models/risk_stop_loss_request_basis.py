from typing import Literal

RiskStopLossRequestBasis = Literal["atr", "swing", "wider"]

RISK_STOP_LOSS_REQUEST_BASIS_VALUES: set[RiskStopLossRequestBasis] = {
    "atr",
    "swing",
    "wider",
}


def check_risk_stop_loss_request_basis(value: str) -> RiskStopLossRequestBasis:
    if value in RISK_STOP_LOSS_REQUEST_BASIS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_STOP_LOSS_REQUEST_BASIS_VALUES!r}")
