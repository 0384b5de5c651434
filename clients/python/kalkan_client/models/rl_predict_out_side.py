from typing import Literal

RLPredictOutSide = Literal["BUY", "HOLD", "SELL"]

RL_PREDICT_OUT_SIDE_VALUES: set[RLPredictOutSide] = {
    "BUY",
    "HOLD",
    "SELL",
}


def check_rl_predict_out_side(value: str) -> RLPredictOutSide:
    if value in RL_PREDICT_OUT_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RL_PREDICT_OUT_SIDE_VALUES!r}")
