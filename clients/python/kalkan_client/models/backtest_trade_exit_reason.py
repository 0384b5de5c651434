from typing import Literal

BacktestTradeExitReason = Literal["end_of_data", "liquidation", "signal", "stop_loss", "take_profit", "trailing_stop"]

BACKTEST_TRADE_EXIT_REASON_VALUES: set[BacktestTradeExitReason] = {
    "end_of_data",
    "liquidation",
    "signal",
    "stop_loss",
    "take_profit",
    "trailing_stop",
}


def check_backtest_trade_exit_reason(value: str) -> BacktestTradeExitReason:
    if value in BACKTEST_TRADE_EXIT_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_TRADE_EXIT_REASON_VALUES!r}")
