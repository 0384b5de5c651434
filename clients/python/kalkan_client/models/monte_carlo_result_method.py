from typing import Literal

MonteCarloResultMethod = Literal["bars", "trades"]

MONTE_CARLO_RESULT_METHOD_VALUES: set[MonteCarloResultMethod] = {
    "bars",
    "trades",
}


def check_monte_carlo_result_method(value: str) -> MonteCarloResultMethod:
    if value in MONTE_CARLO_RESULT_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MONTE_CARLO_RESULT_METHOD_VALUES!r}")
