from typing import Literal

BacktestMonteCarloRunOutView = Literal["full", "summary"]

BACKTEST_MONTE_CARLO_RUN_OUT_VIEW_VALUES: set[BacktestMonteCarloRunOutView] = {
    "full",
    "summary",
}


def check_backtest_monte_carlo_run_out_view(value: str) -> BacktestMonteCarloRunOutView:
    if value in BACKTEST_MONTE_CARLO_RUN_OUT_VIEW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_MONTE_CARLO_RUN_OUT_VIEW_VALUES!r}")
