from typing import Literal

RiskVarRequestMethod = Literal["cornish_fisher", "ewma", "filtered_historical", "gaussian", "historical", "monte_carlo"]

RISK_VAR_REQUEST_METHOD_VALUES: set[RiskVarRequestMethod] = {
    "cornish_fisher",
    "ewma",
    "filtered_historical",
    "gaussian",
    "historical",
    "monte_carlo",
}


def check_risk_var_request_method(value: str) -> RiskVarRequestMethod:
    if value in RISK_VAR_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RISK_VAR_REQUEST_METHOD_VALUES!r}")
