from typing import Literal

BacktestRunOutView = Literal["full", "summary"]

BACKTEST_RUN_OUT_VIEW_VALUES: set[BacktestRunOutView] = {
    "full",
    "summary",
}


def check_backtest_run_out_view(value: str) -> BacktestRunOutView:
    if value in BACKTEST_RUN_OUT_VIEW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_RUN_OUT_VIEW_VALUES!r}")
