from typing import Literal

RiskPositionSizeBound = Literal["fixed_fractional", "free_margin", "kelly", "leverage_cap", "volatility_target"]

RISK_POSITION_SIZE_BOUND_VALUES: set[RiskPositionSizeBound] = {
    "fixed_fractional",
    "free_margin",
    "kelly",
    "leverage_cap",
    "volatility_target",
}


def check_risk_position_size_bound(value: str) -> RiskPositionSizeBound:
    if value in RISK_POSITION_SIZE_BOUND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_POSITION_SIZE_BOUND_VALUES!r}")
