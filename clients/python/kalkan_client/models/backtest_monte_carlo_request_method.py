from typing import Literal

BacktestMonteCarloRequestMethod = Literal["bars", "trades"]

BACKTEST_MONTE_CARLO_REQUEST_METHOD_VALUES: set[BacktestMonteCarloRequestMethod] = {
    "bars",
    "trades",
}


def check_backtest_monte_carlo_request_method(value: str) -> BacktestMonteCarloRequestMethod:
    if value in BACKTEST_MONTE_CARLO_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_MONTE_CARLO_REQUEST_METHOD_VALUES!r}")
