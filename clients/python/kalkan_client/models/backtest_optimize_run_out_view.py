from typing import Literal

BacktestOptimizeRunOutView = Literal["full", "summary"]

BACKTEST_OPTIMIZE_RUN_OUT_VIEW_VALUES: set[BacktestOptimizeRunOutView] = {
    "full",
    "summary",
}


def check_backtest_optimize_run_out_view(value: str) -> BacktestOptimizeRunOutView:
    if value in BACKTEST_OPTIMIZE_RUN_OUT_VIEW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_OPTIMIZE_RUN_OUT_VIEW_VALUES!r}")
