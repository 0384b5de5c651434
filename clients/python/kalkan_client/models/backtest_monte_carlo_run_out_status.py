from typing import Literal

BacktestMonteCarloRunOutStatus = Literal["cancelled", "failed", "queued", "running", "succeeded"]

BACKTEST_MONTE_CARLO_RUN_OUT_STATUS_VALUES: set[BacktestMonteCarloRunOutStatus] = {
    "cancelled",
    "failed",
    "queued",
    "running",
    "succeeded",
}


def check_backtest_monte_carlo_run_out_status(value: str) -> BacktestMonteCarloRunOutStatus:
    if value in BACKTEST_MONTE_CARLO_RUN_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_MONTE_CARLO_RUN_OUT_STATUS_VALUES!r}")
