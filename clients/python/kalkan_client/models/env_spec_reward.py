from typing import Literal

EnvSpecReward = Literal["differential_sharpe", "drawdown_penalty", "log_return", "turnover_penalty"]

ENV_SPEC_REWARD_VALUES: set[EnvSpecReward] = {
    "differential_sharpe",
    "drawdown_penalty",
    "log_return",
    "turnover_penalty",
}


def check_env_spec_reward(value: str) -> EnvSpecReward:
    if value in ENV_SPEC_REWARD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENV_SPEC_REWARD_VALUES!r}")
