from typing import Literal

RLPredictOutAction = Literal["flat", "hold", "long", "short"]

RL_PREDICT_OUT_ACTION_VALUES: set[RLPredictOutAction] = {
    "flat",
    "hold",
    "long",
    "short",
}


def check_rl_predict_out_action(value: str) -> RLPredictOutAction:
    if value in RL_PREDICT_OUT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RL_PREDICT_OUT_ACTION_VALUES!r}")
