from typing import Literal

BacktestHistoryKindType0 = Literal["montecarlo", "optimize", "run", "walkforward"]

BACKTEST_HISTORY_KIND_TYPE_0_VALUES: set[BacktestHistoryKindType0] = {
    "montecarlo",
    "optimize",
    "run",
    "walkforward",
}


def check_backtest_history_kind_type_0(value: str) -> BacktestHistoryKindType0:
    if value in BACKTEST_HISTORY_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_HISTORY_KIND_TYPE_0_VALUES!r}")
