from typing import Literal

BacktestGetChartFormat = Literal["html", "json"]

BACKTEST_GET_CHART_FORMAT_VALUES: set[BacktestGetChartFormat] = {
    "html",
    "json",
}


def check_backtest_get_chart_format(value: str) -> BacktestGetChartFormat:
    if value in BACKTEST_GET_CHART_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_GET_CHART_FORMAT_VALUES!r}")
