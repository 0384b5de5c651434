from typing import Literal

BacktestWalkForwardRunOutView = Literal["full", "summary"]

BACKTEST_WALK_FORWARD_RUN_OUT_VIEW_VALUES: set[BacktestWalkForwardRunOutView] = {
    "full",
    "summary",
}


def check_backtest_walk_forward_run_out_view(value: str) -> BacktestWalkForwardRunOutView:
    if value in BACKTEST_WALK_FORWARD_RUN_OUT_VIEW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_WALK_FORWARD_RUN_OUT_VIEW_VALUES!r}")
