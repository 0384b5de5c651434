from typing import Literal

BacktestGetResultView = Literal["full", "summary"]

BACKTEST_GET_RESULT_VIEW_VALUES: set[BacktestGetResultView] = {
    "full",
    "summary",
}


def check_backtest_get_result_view(value: str) -> BacktestGetResultView:
    if value in BACKTEST_GET_RESULT_VIEW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_GET_RESULT_VIEW_VALUES!r}")
