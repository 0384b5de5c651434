from typing import Literal

BacktestRunSummaryKind = Literal["montecarlo", "optimize", "run", "walkforward"]

BACKTEST_RUN_SUMMARY_KIND_VALUES: set[BacktestRunSummaryKind] = {
    "montecarlo",
    "optimize",
    "run",
    "walkforward",
}


def check_backtest_run_summary_kind(value: str) -> BacktestRunSummaryKind:
    if value in BACKTEST_RUN_SUMMARY_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_RUN_SUMMARY_KIND_VALUES!r}")
