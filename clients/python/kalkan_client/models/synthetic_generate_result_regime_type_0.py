from typing import Literal

SyntheticGenerateResultRegimeType0 = Literal["bear_high_vol", "bear_low_vol", "bull_high_vol", "bull_low_vol"]

SYNTHETIC_GENERATE_RESULT_REGIME_TYPE_0_VALUES: set[SyntheticGenerateResultRegimeType0] = {
    "bear_high_vol",
    "bear_low_vol",
    "bull_high_vol",
    "bull_low_vol",
}


def check_synthetic_generate_result_regime_type_0(value: str) -> SyntheticGenerateResultRegimeType0:
    if value in SYNTHETIC_GENERATE_RESULT_REGIME_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNTHETIC_GENERATE_RESULT_REGIME_TYPE_0_VALUES!r}")
