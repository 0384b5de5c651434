from typing import Literal

MonteCarloRequestMethod = Literal["bars", "trades"]

MONTE_CARLO_REQUEST_METHOD_VALUES: set[MonteCarloRequestMethod] = {
    "bars",
    "trades",
}


def check_monte_carlo_request_method(value: str) -> MonteCarloRequestMethod:
    if value in MONTE_CARLO_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MONTE_CARLO_REQUEST_METHOD_VALUES!r}")
