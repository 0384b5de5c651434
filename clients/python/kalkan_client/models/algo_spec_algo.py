from typing import Literal

AlgoSpecAlgo = Literal["a2c", "dqn", "ppo"]

ALGO_SPEC_ALGO_VALUES: set[AlgoSpecAlgo] = {
    "a2c",
    "dqn",
    "ppo",
}


def check_algo_spec_algo(value: str) -> AlgoSpecAlgo:
    if value in ALGO_SPEC_ALGO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALGO_SPEC_ALGO_VALUES!r}")
