from typing import Literal

RLPredictOutPolicyAction = Literal["flat", "long", "short"]

RL_PREDICT_OUT_POLICY_ACTION_VALUES: set[RLPredictOutPolicyAction] = {
    "flat",
    "long",
    "short",
}


def check_rl_predict_out_policy_action(value: str) -> RLPredictOutPolicyAction:
    if value in RL_PREDICT_OUT_POLICY_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RL_PREDICT_OUT_POLICY_ACTION_VALUES!r}")
