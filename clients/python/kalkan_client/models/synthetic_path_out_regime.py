from typing import Literal

SyntheticPathOutRegime = Literal["bear_high_vol", "bear_low_vol", "bull_high_vol", "bull_low_vol"]

SYNTHETIC_PATH_OUT_REGIME_VALUES: set[SyntheticPathOutRegime] = {
    "bear_high_vol",
    "bear_low_vol",
    "bull_high_vol",
    "bull_low_vol",
}


def check_synthetic_path_out_regime(value: str) -> SyntheticPathOutRegime:
    if value in SYNTHETIC_PATH_OUT_REGIME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNTHETIC_PATH_OUT_REGIME_VALUES!r}")
