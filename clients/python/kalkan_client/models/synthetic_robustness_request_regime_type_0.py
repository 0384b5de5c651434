from typing import Literal

SyntheticRobustnessRequestRegimeType0 = Literal["bear_high_vol", "bear_low_vol", "bull_high_vol", "bull_low_vol"]

SYNTHETIC_ROBUSTNESS_REQUEST_REGIME_TYPE_0_VALUES: set[SyntheticRobustnessRequestRegimeType0] = {
    "bear_high_vol",
    "bear_low_vol",
    "bull_high_vol",
    "bull_low_vol",
}


def check_synthetic_robustness_request_regime_type_0(value: str) -> SyntheticRobustnessRequestRegimeType0:
    if value in SYNTHETIC_ROBUSTNESS_REQUEST_REGIME_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNTHETIC_ROBUSTNESS_REQUEST_REGIME_TYPE_0_VALUES!r}"
    )
